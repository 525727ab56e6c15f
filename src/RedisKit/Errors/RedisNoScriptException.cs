namespace RedisKit;

/// <summary>EVALSHA named a script the server does not have cached (NOSCRIPT).</summary>
public sealed class RedisNoScriptException : RedisResponseException
{
    /// <summary>Creates an exception from an error reply's prefix and text.</summary>
    public RedisNoScriptException(string prefix, string message) : base(prefix, message) { }

    /// <summary>Creates an exception from an error reply's text; the prefix is its first word.</summary>
    public RedisNoScriptException(string message) : base(message) { }

    /// <summary>Creates an exception from an error reply's text and the failure that caused it.</summary>
    public RedisNoScriptException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates an exception with a generic message.</summary>
    public RedisNoScriptException() : base("NOSCRIPT", "NOSCRIPT") { }
}
