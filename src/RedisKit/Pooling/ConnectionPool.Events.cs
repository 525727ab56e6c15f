using Microsoft.Extensions.Logging;

namespace RedisKit;

public sealed partial class ConnectionPool
{
    private EventHandler<RedisConnectionEventArgs>? _connectionFailed;
    private EventHandler<RedisConnectionEventArgs>? _connectionRestored;

    /// <summary>
    /// Raised when a connection of this pool fails: an open connection is lost (the server closed it,
    /// a read or write failed, the server stopped answering within the socket timeout, it sent data
    /// that could not be read) or an attempt to open one fails. Connections closed on purpose
    /// (disposal, <see cref="DisconnectAsync"/>) raise nothing. The sender is this pool.
    /// </summary>
    /// <remarks>
    /// Handlers run on a thread-pool thread, one event at a time in the order things happened, never
    /// on a connection's reader thread or under a lock of the library. A handler that throws is
    /// logged (event id 6002) and the others still run; the client is not affected.
    /// </remarks>
    public event EventHandler<RedisConnectionEventArgs>? ConnectionFailed
    {
        add => Subscribe(ref _connectionFailed, value);
        remove => Unsubscribe(ref _connectionFailed, value);
    }

    /// <summary>
    /// Raised when a connection opens after <see cref="ConnectionFailed"/>: the pool reaches the server
    /// again. The sender is this pool; handlers run as for <see cref="ConnectionFailed"/>.
    /// </summary>
    public event EventHandler<RedisConnectionEventArgs>? ConnectionRestored
    {
        add => Subscribe(ref _connectionRestored, value);
        remove => Unsubscribe(ref _connectionRestored, value);
    }

    internal EventHandler<RedisConnectionEventArgs>? FailedHandlers => Volatile.Read(ref _connectionFailed);

    internal EventHandler<RedisConnectionEventArgs>? RestoredHandlers => Volatile.Read(ref _connectionRestored);

    /// <summary>The logger of this pool and its clients: <see cref="RedisOptions.LoggerFactory"/>'s, or one that writes nothing.</summary>
    internal ILogger Logger => _monitor.Logger;

    /// <summary>The server as messages name it: <c>host:port</c> or the socket path.</summary>
    internal string Endpoint => _monitor.Endpoint;

    private static void Subscribe(ref EventHandler<RedisConnectionEventArgs>? field, EventHandler<RedisConnectionEventArgs>? value)
    {
        EventHandler<RedisConnectionEventArgs>? current, updated;
        do
        {
            current = Volatile.Read(ref field);
            updated = (EventHandler<RedisConnectionEventArgs>?)Delegate.Combine(current, value);
        }
        while (!ReferenceEquals(Interlocked.CompareExchange(ref field, updated, current), current));
    }

    private static void Unsubscribe(ref EventHandler<RedisConnectionEventArgs>? field, EventHandler<RedisConnectionEventArgs>? value)
    {
        EventHandler<RedisConnectionEventArgs>? current, updated;
        do
        {
            current = Volatile.Read(ref field);
            updated = (EventHandler<RedisConnectionEventArgs>?)Delegate.Remove(current, value);
        }
        while (!ReferenceEquals(Interlocked.CompareExchange(ref field, updated, current), current));
    }
}
