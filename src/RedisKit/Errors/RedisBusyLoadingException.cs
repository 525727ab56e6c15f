namespace RedisKit;

/// <summary>The server is still loading its dataset into memory (LOADING).</summary>
public sealed class RedisBusyLoadingException : RedisResponseException
{
    /// <summary>Creates an exception from an error reply's prefix and text.</summary>
    public RedisBusyLoadingException(string prefix, string message) : base(prefix, message) { }

    /// <summary>Creates an exception from an error reply's text; the prefix is its first word.</summary>
    public RedisBusyLoadingException(string message) : base(message) { }

    /// <summary>Creates an exception from an error reply's text and the failure that caused it.</summary>
    public RedisBusyLoadingException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates an exception with a generic message.</summary>
    public RedisBusyLoadingException() : base("LOADING", "LOADING") { }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
