namespace RedisKit;

/// <summary>A lock was released or extended by a holder whose token no longer owns it.</summary>
public sealed class RedisLockNotOwnedException : RedisException
{
    /// <summary>Creates an exception with a message.</summary>
    public RedisLockNotOwnedException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and the failure that caused it.</summary>
    public RedisLockNotOwnedException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates an exception with a generic message.</summary>
    public RedisLockNotOwnedException() : base("The lock is no longer owned by this holder.") { }
}
