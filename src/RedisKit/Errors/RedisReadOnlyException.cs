namespace RedisKit;

/// <summary>A write reached a read-only replica (READONLY), as happens just after a failover.</summary>
public sealed class RedisReadOnlyException : RedisResponseException
{
    /// <summary>Creates an exception from an error reply's prefix and text.</summary>
    public RedisReadOnlyException(string prefix, string message) : base(prefix, message) { }

    /// <summary>Creates an exception from an error reply's text; the prefix is its first word.</summary>
    public RedisReadOnlyException(string message) : base(message) { }

    /// <summary>Creates an exception from an error reply's text and the failure that caused it.</summary>
    public RedisReadOnlyException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates an exception with a generic message.</summary>
    public RedisReadOnlyException() : base("READONLY", "READONLY") { }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
