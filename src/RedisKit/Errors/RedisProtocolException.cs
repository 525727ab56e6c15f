namespace RedisKit;

/// <summary>
/// The bytes received are not valid RESP, or a reply had a shape the command cannot accept.
/// A malformed stream retires its connection, since nothing after it can be trusted.
/// </summary>
public sealed class RedisProtocolException : RedisException
{
    /// <summary>Creates an exception with a message.</summary>
    public RedisProtocolException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and the failure that caused it.</summary>
    public RedisProtocolException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates an exception with a generic message.</summary>
    public RedisProtocolException() : base("The Redis server sent data that is not valid RESP.") { }
}
