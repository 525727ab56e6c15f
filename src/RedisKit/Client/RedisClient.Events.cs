using RedisKit.Connections;
using RedisKit.Diagnostics;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>
    /// Raised when a connection of this client's pool fails or cannot be opened: the same event as
    /// <see cref="ConnectionPool.ConnectionFailed"/> (a handler added here is added to the pool, so a
    /// <see cref="Client"/> of this client and other clients over the same pool share it). The sender
    /// is the pool. Handlers run on a thread-pool thread, never on a connection's reader thread; one
    /// that throws is logged and does not affect the client.
    /// </summary>
    public event EventHandler<RedisConnectionEventArgs>? ConnectionFailed
    {
        add => _pool.ConnectionFailed += value;
        remove => _pool.ConnectionFailed -= value;
    }

    /// <summary>
    /// Raised when the client's pool opens a connection after <see cref="ConnectionFailed"/>: the same
    /// event as <see cref="ConnectionPool.ConnectionRestored"/>, raised as <see cref="ConnectionFailed"/> is.
    /// </summary>
    public event EventHandler<RedisConnectionEventArgs>? ConnectionRestored
    {
        add => _pool.ConnectionRestored += value;
        remove => _pool.ConnectionRestored -= value;
    }

    /// <summary>The back-off before retry <paramref name="attempt"/> of <paramref name="command"/>, logged with why it is retried.</summary>
    private TimeSpan RetryDelay(string command, int attempt, Exception? reason)
    {
        var delay = RetryBackoff.Delay(attempt, _options);
        RedisLog.CommandRetry(_pool.Logger, command, _pool.Endpoint, (long)delay.TotalMilliseconds, attempt, _options.RetryAttempts, reason?.Message ?? "a connection error");
        return delay;
    }
}
