using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RedisKit.Configuration;
using RedisKit.Connections;
using RedisKit.Diagnostics;

namespace RedisKit;

/// <summary>
/// The connections of one server, opened lazily and capped at <see cref="RedisOptions.MaxConnections"/>.
/// Ordinary commands share one multiplexed connection and pipeline with each other's; blocking
/// commands, <see cref="RedisClient.Client"/>, transactions with WATCH and pub/sub lease a
/// connection for themselves and give it back. Creating a pool does no I/O.
/// </summary>
public sealed partial class ConnectionPool : IAsyncDisposable, IDisposable, IAbandonable
{
    private readonly LeakGuard _leakGuard;
    private readonly RedisOptions _options;
    private readonly Lock _lock = new();
    private readonly Stack<RedisConnection> _idle = new();
    private readonly Queue<TaskCompletionSource<RedisConnection?>> _waiters = new();
    private readonly HashSet<RedisConnection> _all = [];
    private readonly long _healthCheckMs;
    private readonly ConnectionMonitor _monitor;
    private RedisConnection? _shared;
    private Task<RedisConnection>? _sharedConnecting;
    private int _total;
    private bool _disposed;

    /// <summary>Creates a pool for the server <paramref name="options"/> describe; the options are copied and validated.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public ConnectionPool(RedisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Clone();
        RedisOptionsValidator.Validate(_options, nameof(RedisOptions));
        _healthCheckMs = (long)_options.HealthCheckInterval.TotalMilliseconds;
        Telemetry = new PoolTelemetry(_options);
        var logger = _options.LoggerFactory?.CreateLogger(RedisLog.Category) ?? NullLogger.Instance;
        _monitor = new ConnectionMonitor(this, logger, RedisConnection.DescribeEndpoint(_options), _options.Username);
        PoolRegistry.Add(this);
        _leakGuard = new LeakGuard(this, logger);
    }

    /// <summary>
    /// Creates a pool from a URL such as <c>redis://user:password@host:6379/0?socket_timeout=2</c>,
    /// <c>rediss://host</c> or <c>unix:///path/redis.sock?db=1</c>. What the URL says wins over
    /// <paramref name="options"/>. No I/O happens here.
    /// </summary>
    /// <exception cref="ArgumentException">The URL or one of its parts is invalid; the message names the part, never the password.</exception>
    public static ConnectionPool FromUrl(string url, RedisOptions? options = null) => new(RedisUrl.Parse(url, options));

    /// <summary>A copy of the options this pool uses.</summary>
    public RedisOptions Options => _options.Clone();

    /// <summary>Connections open or being opened, shared and leased.</summary>
    public int TotalConnections
    {
        get
        {
            lock (_lock)
            {
                return _total;
            }
        }
    }

    /// <summary>Connections waiting in the pool for a lease.</summary>
    public int IdleConnections
    {
        get
        {
            lock (_lock)
            {
                return _idle.Count;
            }
        }
    }

    internal RedisOptions Settings => _options;

    internal PoolTelemetry Telemetry { get; }

    /// <summary>Open connections, idle ones among them, and callers waiting for one: for the connection metrics.</summary>
    internal (int Total, int Idle, int Waiting) Occupancy
    {
        get
        {
            lock (_lock)
            {
                return (_total, _idle.Count, _waiters.Count);
            }
        }
    }

    /// <summary>The shared connection when it is open and needs no health check: the allocation-free path.</summary>
    internal RedisConnection? TryGetShared()
    {
        var shared = Volatile.Read(ref _shared);
        return shared is { IsOpen: true } && (_healthCheckMs <= 0 || shared.IdleMilliseconds < _healthCheckMs) ? shared : null;
    }

    /// <summary>The shared connection, opened or replaced as needed, and health-checked when idle too long.</summary>
    internal async ValueTask<RedisConnection> GetSharedAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task<RedisConnection> connecting;
            lock (_lock)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                var shared = _shared;
                if (shared is not null && !shared.IsOpen)
                {
                    ForgetLocked(shared);
                    _shared = shared = null;
                }

                if (shared is not null)
                {
                    connecting = Task.FromResult(shared);
                }
                else
                {
                    connecting = _sharedConnecting ??= OpenSharedAsync();
                }
            }

            RedisConnection connection;
            try
            {
                connection = await connecting.WaitAsync(cancellationToken).ResumeInline();
            }
            finally
            {
                // The attempt is over, failed or not: the next caller must start a fresh one. This is
                // done here, not inside the attempt, because an attempt that completes synchronously
                // would otherwise be stored after it had already cleared itself.
                if (connecting.IsCompleted)
                {
                    lock (_lock)
                    {
                        if (ReferenceEquals(_sharedConnecting, connecting))
                        {
                            _sharedConnecting = null;
                        }
                    }
                }
            }

            if (await PassesHealthCheckAsync(connection, cancellationToken).ResumeInline())
            {
                return connection;
            }
        }
    }

    private async Task<RedisConnection> OpenSharedAsync()
    {
        var connection = await AcquireAsync(RedisConnectionKind.Shared, CancellationToken.None).ResumeInline();
        connection.Kind = RedisConnectionKind.Shared;
        lock (_lock)
        {
            if (_disposed)
            {
                ForgetLocked(connection);
                connection.Close();
                throw new ObjectDisposedException(nameof(ConnectionPool));
            }

            _shared = connection;
        }

        return connection;
    }

    /// <summary>Takes a connection for exclusive use (<paramref name="kind"/>: leased or pub/sub); give it back with <see cref="Release"/>.</summary>
    internal async ValueTask<RedisConnection> LeaseAsync(CancellationToken cancellationToken, RedisConnectionKind kind = RedisConnectionKind.Leased)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var connection = await AcquireAsync(kind, cancellationToken).ResumeInline();
            if (await PassesHealthCheckAsync(connection, cancellationToken).ResumeInline())
            {
                connection.Kind = kind;
                if (RedisInstrumentation.ConnectionWaitTime.Enabled)
                {
                    RedisInstrumentation.ConnectionWaitTime.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, Telemetry.PoolTags());
                }

                connection.Leased = true;
                return connection;
            }
        }
    }

    /// <summary>
    /// An idle connection, or a new one while under the cap, or the next one given back within
    /// <see cref="RedisOptions.PoolTimeout"/>.
    /// </summary>
    private async Task<RedisConnection> AcquireAsync(RedisConnectionKind kind, CancellationToken cancellationToken)
    {
        TaskCompletionSource<RedisConnection?>? waiter = null;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            while (_idle.TryPop(out var idle))
            {
                if (idle.IsOpen)
                {
                    return idle;
                }

                ForgetLocked(idle);
            }

            if (_total < _options.MaxConnections)
            {
                _total++;
            }
            else
            {
                waiter = new TaskCompletionSource<RedisConnection?>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Enqueue(waiter);
            }
        }

        if (waiter is not null)
        {
            var handed = await WaitForTurnAsync(waiter, cancellationToken).ResumeInline();
            if (handed is not null)
            {
                if (handed.IsOpen)
                {
                    return handed;
                }

                lock (_lock)
                {
                    // The slot of the dead connection passes to this caller.
                    _all.Remove(handed);
                }
            }
        }

        return await ConnectInSlotAsync(kind, cancellationToken).ResumeInline();
    }

    private async Task<RedisConnection?> WaitForTurnAsync(TaskCompletionSource<RedisConnection?> waiter, CancellationToken cancellationToken)
    {
        try
        {
            return await waiter.Task.WaitAsync(_options.PoolTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            if (!waiter.TrySetCanceled(cancellationToken))
            {
                // Handed a connection or a slot just as the wait ended: pass it on rather than leak it.
                var late = waiter.Task.Result;
                if (late is not null)
                {
                    Release(late, reusable: true);
                }
                else
                {
                    ReleaseSlot();
                }
            }

            if (ex is OperationCanceledException)
            {
                throw;
            }

            RedisInstrumentation.ConnectionTimeouts.Add(1, Telemetry.PoolTags());
            RedisLog.PoolExhausted(Logger, _options.MaxConnections, Endpoint, (long)_options.PoolTimeout.TotalMilliseconds);
            throw new RedisPoolExhaustedException(
                $"All {_options.MaxConnections} connections to {RedisConnection.DescribeEndpoint(_options)} stayed in use for the pool timeout of {_options.PoolTimeout.TotalSeconds:0.###} s (max_connections={_options.MaxConnections}, timeout={_options.PoolTimeout.TotalSeconds:0.###}).");
        }
    }

    private async Task<RedisConnection> ConnectInSlotAsync(RedisConnectionKind kind, CancellationToken cancellationToken)
    {
        RedisConnection connection;
        var added = false;
        try
        {
            connection = await RedisConnection.ConnectAsync(_options, Telemetry, cancellationToken).ResumeInline();
        }
        catch (Exception ex)
        {
            ReleaseSlot();
            _monitor.ConnectFailed(kind, ex);
            throw;
        }

        connection.Kind = kind;
        connection.Observer = _monitor;
        lock (_lock)
        {
            if (!_disposed)
            {
                _all.Add(connection);
                added = true;
            }
        }

        if (!added)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            ReleaseSlot();
            throw new ObjectDisposedException(nameof(ConnectionPool));
        }

        _monitor.Connected(connection);
        return connection;
    }

    private async ValueTask<bool> PassesHealthCheckAsync(RedisConnection connection, CancellationToken cancellationToken)
    {
        if (_healthCheckMs <= 0 || connection.IdleMilliseconds < _healthCheckMs)
        {
            return true;
        }

        try
        {
            await connection.ExecuteAsync(Commands.ConnectionCommands.Ping(), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RedisResponseException)
        {
            // An error reply (NOPERM for a user without +ping) still proves the connection answers.
            return true;
        }
        catch (RedisException ex) when (ex is RedisConnectionException or RedisTimeoutException)
        {
            connection.Retire(ex);
            Release(connection, reusable: false);
            return false;
        }
    }

    /// <summary>
    /// Gives back a leased connection. A connection whose state is no longer clean (a failed or
    /// cancelled command left replies owed, a SELECT, a WATCH) is closed instead of reused.
    /// </summary>
    internal void Release(RedisConnection connection, bool reusable)
    {
        reusable &= connection.IsOpen && connection.PendingCount == 0;
        connection.Leased = false;
        if (reusable && connection.ReauthenticationDue)
        {
            // Its holder kept it while its credentials neared expiry (a blocking command, say): it
            // authenticates again now, ahead of the next holder's commands in its FIFO, unless too late.
            if (connection.CredentialsExpired)
            {
                reusable = false;
            }
            else
            {
                _ = connection.ReauthenticateAsync();
            }
        }

        while (true)
        {
            TaskCompletionSource<RedisConnection?>? waiter;
            lock (_lock)
            {
                if (reusable && !_disposed)
                {
                    if (!_waiters.TryDequeue(out waiter))
                    {
                        _idle.Push(connection);
                        return;
                    }
                }
                else
                {
                    if (ForgetLocked(connection))
                    {
                        break;
                    }

                    return;
                }
            }

            if (waiter.TrySetResult(connection))
            {
                return;
            }
        }

        connection.Close();
        HandSlotToWaiter();
    }

    /// <summary>Removes a connection from the books; true when it held a slot.</summary>
    private bool ForgetLocked(RedisConnection connection)
    {
        if (!_all.Remove(connection))
        {
            return false;
        }

        _total--;
        if (!connection.IsOpen)
        {
            return true;
        }

        connection.Close();
        return true;
    }

    private void ReleaseSlot()
    {
        lock (_lock)
        {
            _total--;
        }

        HandSlotToWaiter();
    }

    /// <summary>A freed slot goes to the longest waiter, who then opens a connection of its own.</summary>
    private void HandSlotToWaiter()
    {
        while (true)
        {
            TaskCompletionSource<RedisConnection?>? waiter;
            lock (_lock)
            {
                if (_total >= _options.MaxConnections || !_waiters.TryDequeue(out waiter))
                {
                    return;
                }

                _total++;
            }

            if (waiter.TrySetResult(null))
            {
                return;
            }

            lock (_lock)
            {
                _total--;
            }
        }
    }

    /// <summary>
    /// Closes every connection; commands still waiting for replies fail with
    /// <see cref="RedisConnectionException"/>. With <paramref name="inUseConnections"/> false, leased
    /// connections are left alone and closed when given back. The pool stays usable and reconnects lazily.
    /// </summary>
    public async Task DisconnectAsync(bool inUseConnections = true)
    {
        List<RedisConnection> closing;
        lock (_lock)
        {
            closing = [.. _idle];
            _idle.Clear();
            if (_shared is { } shared)
            {
                closing.Add(shared);
                _shared = null;
            }

            if (inUseConnections)
            {
                foreach (var connection in _all)
                {
                    if (!closing.Contains(connection))
                    {
                        closing.Add(connection);
                    }
                }
            }

            foreach (var connection in closing)
            {
                if (_all.Remove(connection))
                {
                    _total--;
                }
            }
        }

        foreach (var connection in closing)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        HandSlotToWaiter();
    }

    /// <summary>Closes every connection and refuses further use.</summary>
    public async ValueTask DisposeAsync()
    {
        List<TaskCompletionSource<RedisConnection?>> waiters;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _leakGuard.Disarm();
            PoolRegistry.Remove(this);
            waiters = [.. _waiters];
            _waiters.Clear();
        }

        foreach (var waiter in waiters)
        {
            waiter.TrySetException(new ObjectDisposedException(nameof(ConnectionPool)));
        }

        await DisconnectAsync(inUseConnections: true).ConfigureAwait(false);
    }

    /// <summary>Closes every connection and refuses further use.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    string IAbandonable.AbandonedKind => "connection pool (or the client that created it)";

    string IAbandonable.AbandonedEndpoint => RedisConnection.DescribeEndpoint(_options);

    // Disposal never waits on the server (closing a connection is a socket shutdown), so it runs
    // to completion synchronously on the finalizer thread.
    void IAbandonable.ReleaseAbandoned() => Dispose();

    /// <summary>Describes the pool's endpoint and size, never the password.</summary>
    public override string ToString() => $"ConnectionPool({RedisConnection.DescribeEndpoint(_options)}, {TotalConnections}/{_options.MaxConnections} connections)";
}
