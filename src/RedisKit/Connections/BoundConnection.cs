namespace RedisKit.Connections;

/// <summary>
/// The one connection of a client made by <c>Client()</c>: leased at first use, replaced if it
/// breaks, given back on disposal (or closed, when a command changed its state).
/// </summary>
internal sealed class BoundConnection(ConnectionPool pool) : IAsyncDisposable, IAbandonable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private RedisConnection? _connection;
    private bool _dirty;
    private bool _disposed;
    private LeakGuard? _leakGuard;

    public RedisConnection? TryGet()
    {
        var connection = Volatile.Read(ref _connection);
        return connection is { IsOpen: true } ? connection : null;
    }

    public async ValueTask<RedisConnection> GetAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var current = _connection;
            if (current is { IsOpen: true })
            {
                return current;
            }

            if (current is not null)
            {
                pool.Release(current, reusable: false);
                _connection = null;
                _dirty = false;
            }

            var leased = await pool.LeaseAsync(cancellationToken).ConfigureAwait(false);
            _leakGuard ??= new LeakGuard(this);
            Volatile.Write(ref _connection, leased);
            return leased;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The connection's state now differs from a fresh one's, so it must not return to the pool.</summary>
    public void MarkDirty() => _dirty = true;

    /// <summary>The connection's state is fresh again (a WATCH ended), so it may return to the pool.</summary>
    public void MarkClean() => _dirty = false;

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            _disposed = true;
            _leakGuard?.Disarm();
            if (_connection is { } connection)
            {
                _connection = null;
                pool.Release(connection, reusable: !_dirty);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    string IAbandonable.AbandonedKind => "bound client (Client())";

    string IAbandonable.AbandonedEndpoint => RedisConnection.DescribeEndpoint(pool.Settings);

    // The lease comes back closed, not reused: what the forgotten client left on it (a database,
    // a WATCH, replies owed) is unknown. No lock: nothing else can reach this object any more.
    void IAbandonable.ReleaseAbandoned()
    {
        _disposed = true;
        if (Interlocked.Exchange(ref _connection, null) is { } connection)
        {
            connection.Close();
            pool.Release(connection, reusable: false);
        }
    }
}
