using RedisKit.Commands;

namespace RedisKit.Connections;

/// <summary>
/// The one connection of a client made by <c>Client()</c>: leased at first use, replaced if it
/// breaks, given back on disposal (or closed, when a command changed its state). A replacement is
/// given the state recorded in <see cref="ConnectionSession"/> before any command runs on it; state
/// it cannot be given (a WATCH, a MULTI, tracking...) fails the next command with
/// <see cref="RedisConnectionStateLostException"/> instead of letting it run without.
/// </summary>
internal sealed class BoundConnection(ConnectionPool pool) : IAsyncDisposable, IAbandonable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConnectionSession _session = new();
    private RedisConnection? _connection;

    // Lost state not yet reported: a command that ends a transaction anyway (UNWATCH) runs without
    // reporting it, so the next command that needs the state does.
    private string? _pendingLoss;
    private bool _dirty;
    private bool _disposed;
    private LeakGuard? _leakGuard;

    public RedisConnection? TryGet()
    {
        var connection = Volatile.Read(ref _connection);
        return connection is { IsOpen: true, ReauthenticationDue: false } && Volatile.Read(ref _pendingLoss) is null ? connection : null;
    }

    /// <summary>
    /// The open connection, or a new one with the recorded state restored. Throws
    /// <see cref="RedisConnectionStateLostException"/> once when the broken connection held state
    /// that cannot be restored; <paramref name="intent"/> that ends a transaction anyway (UNWATCH,
    /// DISCARD, RESET) is not failed for a lost WATCH or MULTI.
    /// </summary>
    public async ValueTask<RedisConnection> GetAsync(CancellationToken cancellationToken, SessionChange intent = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var current = _connection;
            if (current is not null && !current.IsOpen)
            {
                Volatile.Write(ref _connection, null);
                pool.Release(current, reusable: false);
                _dirty = false;
                if (_session.TakeLost(intent.EndsLostTransaction) is { } lost)
                {
                    Volatile.Write(ref _pendingLoss, $"The connection to {current.Endpoint} of a client made by Client() was lost ({current.Failure?.Message ?? "closed"}), and with it state a new connection cannot be given back: {lost}.");
                }

                current = null;
            }

            if (intent.Kind == SessionChangeKind.Reset)
            {
                // RESET ends every kind of state, so nothing lost matters to it or after it.
                Volatile.Write(ref _pendingLoss, null);
            }
            else if (_pendingLoss is { } pending && !intent.EndsLostTransaction)
            {
                Volatile.Write(ref _pendingLoss, null);
                throw new RedisConnectionStateLostException(pending + " This command did not run; later commands run on a new connection without that state.");
            }

            if (current is not null)
            {
                if (current.ReauthenticationDue && !_session.InTransaction)
                {
                    // Fresh credentials before this command, in the FIFO ahead of it; not inside a
                    // MULTI, where the server would queue the AUTH. A failure retires the connection,
                    // and the command's retry gets a replacement with the session's state restored.
                    await current.ReauthenticateAsync().ConfigureAwait(false);
                }

                return current;
            }

            var leased = await pool.LeaseAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await _session.RestoreAsync(leased, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                pool.Release(leased, reusable: false);
                throw;
            }

            _dirty = _session.HasRestorableState;
            _leakGuard ??= new LeakGuard(this, pool.Logger);
            Volatile.Write(ref _connection, leased);
            return leased;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Records a state change that succeeded on <paramref name="connection"/> (null: on whichever
    /// connection is current, for changes that only end state). When that connection
    /// was replaced meanwhile, its replacement lacks the change, so it is closed: the next command
    /// opens one more, restored with the change.
    /// </summary>
    public async ValueTask RecordAsync(RedisConnection? connection, SessionChange change)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            _session.Apply(change);
            var current = _connection;
            if (connection is not null && current is not null && !ReferenceEquals(current, connection))
            {
                current.CloseDeliberately(new RedisConnectionException($"The connection to {current.Endpoint} was closed to be opened again with a state change made on the connection it replaced."));
            }
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
