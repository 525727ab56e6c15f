namespace RedisKit;

/// <summary>The authenticated ACL user may not run this command or touch this key (NOPERM).</summary>
public sealed class RedisPermissionException : RedisResponseException
{
    /// <summary>Creates an exception from an error reply's prefix and text.</summary>
    public RedisPermissionException(string prefix, string message) : base(prefix, message) { }

    /// <summary>Creates an exception from an error reply's text; the prefix is its first word.</summary>
    public RedisPermissionException(string message) : base(message) { }

    /// <summary>Creates an exception from an error reply's text and the failure that caused it.</summary>
    public RedisPermissionException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates an exception with a generic message.</summary>
    public RedisPermissionException() : base("NOPERM", "NOPERM") { }
}
