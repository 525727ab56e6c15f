using Microsoft.Extensions.Logging;

namespace RedisKit.Diagnostics;

/// <summary>
/// Every log message of the library, under the category <see cref="Category"/>, written by the
/// LoggerMessage source generator: each call checks <see cref="ILogger.IsEnabled"/> first, so with no
/// logger (the default) a message costs a virtual call and nothing is formatted. Event ids are stable
/// and grouped by range (README, "Logging"): 1xxx connecting, 2xxx connection lost and restored,
/// 3xxx retries and reconnects, 4xxx the pool, 5xxx pub/sub, 6xxx the library's own housekeeping.
/// Messages name endpoints (host:port or socket path) and user names, never a password or token.
/// </summary>
internal static partial class RedisLog
{
    /// <summary>The logger category of every message.</summary>
    public const string Category = "RedisKit";

    [LoggerMessage(EventId = 1001, EventName = "Connected", Level = LogLevel.Debug,
        Message = "Connected to {Endpoint} as {User} with RESP{Protocol} (server connection id {ServerConnectionId}).")]
    public static partial void Connected(ILogger logger, string endpoint, string user, int protocol, long serverConnectionId);

    [LoggerMessage(EventId = 1002, EventName = "ConnectFailed", Level = LogLevel.Warning,
        Message = "Connecting to {Endpoint} failed: {Reason}")]
    public static partial void ConnectFailed(ILogger logger, string endpoint, string reason, Exception exception);

    [LoggerMessage(EventId = 1003, EventName = "HandshakeFailed", Level = LogLevel.Error,
        Message = "The server at {Endpoint} refused the handshake as {User}: {Reason}")]
    public static partial void HandshakeFailed(ILogger logger, string endpoint, string user, string reason, Exception exception);

    [LoggerMessage(EventId = 2001, EventName = "ConnectionFailed", Level = LogLevel.Warning,
        Message = "The {Kind} connection to {Endpoint} failed with {PendingCount} replies owed: {Reason}")]
    public static partial void ConnectionFailed(ILogger logger, RedisConnectionKind kind, string endpoint, int pendingCount, string reason, Exception exception);

    [LoggerMessage(EventId = 2002, EventName = "ConnectionTimedOut", Level = LogLevel.Warning,
        Message = "The {Kind} connection to {Endpoint} timed out with {PendingCount} replies owed and was closed: {Reason}")]
    public static partial void ConnectionTimedOut(ILogger logger, RedisConnectionKind kind, string endpoint, int pendingCount, string reason, Exception exception);

    [LoggerMessage(EventId = 2003, EventName = "ProtocolError", Level = LogLevel.Error,
        Message = "The {Kind} connection to {Endpoint} received data it could not read and was closed with {PendingCount} replies owed: {Reason}")]
    public static partial void ProtocolError(ILogger logger, RedisConnectionKind kind, string endpoint, int pendingCount, string reason, Exception exception);

    [LoggerMessage(EventId = 2004, EventName = "ConnectionRestored", Level = LogLevel.Information,
        Message = "The connection to {Endpoint} is restored: a {Kind} connection opened after {DowntimeMs} ms.")]
    public static partial void ConnectionRestored(ILogger logger, string endpoint, RedisConnectionKind kind, long downtimeMs);

    [LoggerMessage(EventId = 3001, EventName = "CommandRetry", Level = LogLevel.Debug,
        Message = "Retrying {Command} against {Endpoint} after a back-off of up to {BackoffMs} ms (retry {Attempt} of {MaxAttempts}) after: {Reason}")]
    public static partial void CommandRetry(ILogger logger, string command, string endpoint, long backoffMs, int attempt, int maxAttempts, string reason);

    [LoggerMessage(EventId = 3002, EventName = "SubscriberReconnecting", Level = LogLevel.Information,
        Message = "Reconnecting the subscriber connection to {Endpoint} in {DelayMs} ms (attempt {Attempt}) after: {Reason}")]
    public static partial void SubscriberReconnecting(ILogger logger, string endpoint, long delayMs, int attempt, string reason);

    [LoggerMessage(EventId = 4001, EventName = "PoolExhausted", Level = LogLevel.Warning,
        Message = "All {MaxConnections} connections to {Endpoint} stayed in use for the pool timeout of {PoolTimeoutMs} ms; a caller got RedisPoolExhaustedException.")]
    public static partial void PoolExhausted(ILogger logger, int maxConnections, string endpoint, long poolTimeoutMs);

    [LoggerMessage(EventId = 5001, EventName = "Resubscribed", Level = LogLevel.Information,
        Message = "Subscribed again on a new connection to {Endpoint}: {Channels} channels, {Patterns} patterns, {ShardChannels} shard channels.")]
    public static partial void Resubscribed(ILogger logger, string endpoint, int channels, int patterns, int shardChannels);

    [LoggerMessage(EventId = 6001, EventName = "Undisposed", Level = LogLevel.Warning,
        Message = "An undisposed {Kind} for {Endpoint} was collected; its connections were closed. Dispose it (await using) to release connections deterministically.")]
    public static partial void Undisposed(ILogger logger, string kind, string endpoint);

    [LoggerMessage(EventId = 6002, EventName = "EventHandlerFailed", Level = LogLevel.Error,
        Message = "A {Event} event handler threw; the client carries on.")]
    public static partial void EventHandlerFailed(ILogger logger, string @event, Exception exception);
}
