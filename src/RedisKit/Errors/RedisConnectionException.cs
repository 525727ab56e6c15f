namespace RedisKit;

/// <summary>
/// The connection to the server could not be made or was lost: refused or reset sockets, failed
/// TLS handshakes, a server that closed the stream. Transient, except for
/// <see cref="RedisConnectionStateLostException"/>.
/// </summary>
public class RedisConnectionException : RedisException
{
    /// <summary>Creates an exception with a message.</summary>
    public RedisConnectionException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and the failure that caused it.</summary>
    public RedisConnectionException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates an exception with a generic message.</summary>
    public RedisConnectionException() : base("The connection to the Redis server failed.") { }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
