namespace RedisKit;

/// <summary>A cluster redirection or cluster state error: MOVED, ASK, CLUSTERDOWN, CROSSSLOT or TRYAGAIN.</summary>
public sealed class RedisClusterException : RedisResponseException
{
    /// <summary>Creates an exception from an error reply's prefix and text.</summary>
    public RedisClusterException(string prefix, string message) : base(prefix, message) { }

    /// <summary>Creates an exception from an error reply's text; the prefix is its first word.</summary>
    public RedisClusterException(string message) : base(message) { }

    /// <summary>Creates an exception from an error reply's text and the failure that caused it.</summary>
    public RedisClusterException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates an exception with a generic message.</summary>
    public RedisClusterException() : base("CLUSTERDOWN", "CLUSTERDOWN") { }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
