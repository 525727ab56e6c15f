namespace RedisKit;

/// <summary>A watched key changed before EXEC, so the server discarded the transaction (EXEC returned nil).</summary>
public sealed class RedisWatchException : RedisException
{
    /// <summary>Creates an exception with a message.</summary>
    public RedisWatchException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and the failure that caused it.</summary>
    public RedisWatchException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates an exception with a generic message.</summary>
    public RedisWatchException() : base("Watched variable changed.") { }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
