namespace RedisKit;

/// <summary>
/// The base of every error RedisKit raises. <see cref="IsTransient"/> says whether trying again
/// later may succeed (a dropped connection, a server still loading, a timeout).
/// </summary>
public class RedisException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public RedisException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and the failure that caused it.</summary>
    public RedisException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates an exception with a generic message.</summary>
    public RedisException() : base("A Redis operation failed.") { }

    /// <summary>True when the same operation may succeed if tried again later.</summary>
    public virtual bool IsTransient => false;
}
