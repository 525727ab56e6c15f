namespace RedisKit;

/// <summary>
/// A cluster redirection or cluster state error: MOVED, ASK, CLUSTERDOWN, CROSSSLOT or TRYAGAIN.
/// Only TRYAGAIN and CLUSTERDOWN are transient: MOVED and ASK succeed only when the command goes to
/// the node they name, and CROSSSLOT never succeeds with the same keys.
/// </summary>
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

    /// <summary>True for TRYAGAIN and CLUSTERDOWN, which the cluster leaves by itself; false for MOVED, ASK and CROSSSLOT.</summary>
    public override bool IsTransient => ErrorPrefix.IsTransient(Prefix);
}
