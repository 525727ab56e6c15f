namespace RedisKit;

/// <summary>Authentication failed: a wrong username or password (WRONGPASS), or a command sent before authenticating (NOAUTH).</summary>
public sealed class RedisAuthenticationException : RedisResponseException
{
    /// <summary>Creates an exception from an error reply's prefix and text.</summary>
    public RedisAuthenticationException(string prefix, string message) : base(prefix, message) { }

    /// <summary>Creates an exception from an error reply's text; the prefix is its first word.</summary>
    public RedisAuthenticationException(string message) : base(message) { }

    /// <summary>Creates an exception from an error reply's text and the failure that caused it.</summary>
    public RedisAuthenticationException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates an exception with a generic message.</summary>
    public RedisAuthenticationException() : base("WRONGPASS", "WRONGPASS") { }
}
