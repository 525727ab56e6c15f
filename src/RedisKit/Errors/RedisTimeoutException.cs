namespace RedisKit;

/// <summary>
/// No reply arrived within the socket timeout, or a connection could not be opened within the
/// connect timeout. The connection that timed out is retired, so the next command uses a fresh one.
/// </summary>
public sealed class RedisTimeoutException : RedisException
{
    /// <summary>Creates an exception with a message.</summary>
    public RedisTimeoutException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and the failure that caused it.</summary>
    public RedisTimeoutException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates an exception with a generic message.</summary>
    public RedisTimeoutException() : base("A Redis operation timed out.") { }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
