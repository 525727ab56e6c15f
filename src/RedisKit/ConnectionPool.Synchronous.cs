using RedisKit.Connections;

namespace RedisKit;

public sealed partial class ConnectionPool
{
    private readonly Lock _synchronousConnect = new();
    private RedisConnection? _synchronous;

    /// <summary>
    /// The connection that synchronous calls share. A thread of its own reads it and wakes blocked
    /// callers directly, so a request thread blocked on Redis never waits for a thread-pool thread
    /// (the cause of thread-pool starvation in sync-over-async code). Opening it blocks the caller;
    /// it takes one of the <see cref="RedisOptions.MaxConnections"/> slots.
    /// </summary>
    internal RedisConnection GetSynchronous()
    {
        var current = Volatile.Read(ref _synchronous);
        if (current is { IsOpen: true })
        {
            return current;
        }

        lock (_synchronousConnect)
        {
            lock (_lock)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                current = _synchronous;
                if (current is { IsOpen: true })
                {
                    return current;
                }

                if (current is not null)
                {
                    ForgetLocked(current);
                    _synchronous = null;
                }

                if (_total >= _options.MaxConnections)
                {
                    throw new RedisPoolExhaustedException(
                        $"All {_options.MaxConnections} connections to {RedisConnection.DescribeEndpoint(_options)} are in use, and synchronous calls need a connection of their own (max_connections={_options.MaxConnections}).");
                }

                _total++;
            }

            RedisConnection connection;
            try
            {
                connection = RedisConnection.ConnectAsync(_options, Telemetry, CancellationToken.None).GetAwaiter().GetResult();
            }
            catch
            {
                ReleaseSlot();
                throw;
            }

            lock (_lock)
            {
                if (_disposed)
                {
                    _total--;
                    connection.Close();
                    throw new ObjectDisposedException(nameof(ConnectionPool));
                }

                _all.Add(connection);
                Volatile.Write(ref _synchronous, connection);
            }

            return connection;
        }
    }
}
