namespace RedisKit;

/// <summary>
/// The server answered with an error reply. <see cref="Prefix"/> is its first word
/// (<c>ERR</c>, <c>WRONGTYPE</c>, ...); the message is the server's text.
/// </summary>
public class RedisResponseException : RedisException
{
    /// <summary>Creates an exception from an error reply's prefix and text.</summary>
    public RedisResponseException(string prefix, string message) : base(message)
    {
        Prefix = prefix;
    }

    /// <summary>Creates an exception from an error reply's text; the prefix is its first word.</summary>
    public RedisResponseException(string message) : this(ErrorPrefix.Of(message), message) { }

    /// <summary>Creates an exception from an error reply's text and the failure that caused it.</summary>
    public RedisResponseException(string message, Exception? innerException) : base(message, innerException)
    {
        Prefix = ErrorPrefix.Of(message);
    }

    /// <summary>Creates an exception with a generic message.</summary>
    public RedisResponseException() : this("ERR", "The Redis server returned an error.") { }

    /// <summary>The error's first word, upper case as the server sent it, such as <c>ERR</c> or <c>WRONGTYPE</c>.</summary>
    public string Prefix { get; }

    /// <summary>
    /// True for the prefixes of server states that end by themselves: LOADING, BUSY, MASTERDOWN,
    /// NOREPLICAS, READONLY, TRYAGAIN and CLUSTERDOWN. Every other error reply is false.
    /// </summary>
    public override bool IsTransient => ErrorPrefix.IsTransient(Prefix);
}
