namespace RedisKit;

/// <summary>
/// Describes a connection that failed (<see cref="ConnectionPool.ConnectionFailed"/>) or the pool
/// connecting again after one did (<see cref="ConnectionPool.ConnectionRestored"/>). It names the
/// endpoint only: never a user's password or token.
/// </summary>
public sealed class RedisConnectionEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="endpoint">The server, as <c>host:port</c> or a Unix socket path.</param>
    /// <param name="connectionKind">What the connection was used for.</param>
    /// <param name="exception">Why the connection failed; null for a restored connection.</param>
    /// <param name="timestamp">When it happened.</param>
    public RedisConnectionEventArgs(string endpoint, RedisConnectionKind connectionKind, Exception? exception, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Endpoint = endpoint;
        ConnectionKind = connectionKind;
        Exception = exception;
        Timestamp = timestamp;
    }

    /// <summary>The server, as <c>host:port</c> (an IPv6 address in brackets) or a Unix socket path.</summary>
    public string Endpoint { get; }

    /// <summary>
    /// For a failure, what the failed connection was used for; for a restore, what the new
    /// connection was opened for.
    /// </summary>
    public RedisConnectionKind ConnectionKind { get; }

    /// <summary>
    /// Why the connection failed (<see cref="RedisConnectionException"/>, or <see cref="RedisTimeoutException"/>
    /// when the server stopped answering); null when the connection was restored.
    /// </summary>
    public Exception? Exception { get; }

    /// <summary>When the connection failed or the new one opened.</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>Describes the event: kind, endpoint and reason, never credentials.</summary>
    public override string ToString() =>
        Exception is null ? $"{ConnectionKind} connection to {Endpoint} restored at {Timestamp:O}" : $"{ConnectionKind} connection to {Endpoint} failed at {Timestamp:O}: {Exception.Message}";
}
