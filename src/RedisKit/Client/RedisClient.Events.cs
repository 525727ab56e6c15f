using Microsoft.Extensions.Logging;
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

    /// <summary>
    /// Logs that <paramref name="command"/> is retried (retry <paramref name="attempt"/>) because of
    /// <paramref name="reason"/>. Called where the failure is caught, so the retry loops keep no extra
    /// state for it; the log gives the back-off's ceiling, the delay being a random part of it.
    /// </summary>
    private void LogRetry(string command, int attempt, Exception? reason)
    {
        var logger = _pool.Logger;
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var backoffMs = (long)RetryBackoff.CeilingMilliseconds(attempt, _options);
            var why = reason?.Message ?? "the connection was closed";
            RedisLog.CommandRetry(logger, command, _pool.Endpoint, backoffMs, attempt, _options.RetryAttempts, why);
        }
    }
}
