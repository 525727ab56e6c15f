namespace RedisKit;

/// <summary>EXEC was refused because a command failed while the transaction was being queued (EXECABORT).</summary>
public sealed class RedisExecAbortException : RedisResponseException
{
    /// <summary>Creates an exception from an error reply's prefix and text.</summary>
    public RedisExecAbortException(string prefix, string message) : base(prefix, message) { }

    /// <summary>Creates an exception from an error reply's text; the prefix is its first word.</summary>
    public RedisExecAbortException(string message) : base(message) { }

    /// <summary>Creates an exception from an error reply's text and the failure that caused it.</summary>
    public RedisExecAbortException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates an exception with a generic message.</summary>
    public RedisExecAbortException() : base("EXECABORT", "EXECABORT") { }
}
