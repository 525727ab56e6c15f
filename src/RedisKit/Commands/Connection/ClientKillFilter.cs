namespace RedisKit;

/// <summary>Which connections CLIENT KILL closes; every filter given must match.</summary>
public sealed class ClientKillFilter
{
    /// <summary>The connection with this id (<c>ID</c>).</summary>
    public long? Id { get; set; }

    /// <summary>Connections of this type (<c>TYPE</c>): normal, master, replica or pubsub.</summary>
    public string? Type { get; set; }

    /// <summary>Connections authenticated as this ACL user (<c>USER</c>).</summary>
    public string? User { get; set; }

    /// <summary>The connection from this <c>ip:port</c> (<c>ADDR</c>).</summary>
    public string? Address { get; set; }

    /// <summary>Connections to this server-side <c>ip:port</c> (<c>LADDR</c>).</summary>
    public string? LocalAddress { get; set; }

    /// <summary>Connections older than this (<c>MAXAGE</c>, whole seconds).</summary>
    public TimeSpan? MaxAge { get; set; }

    /// <summary>Whether the calling connection is spared (<c>SKIPME</c>); the server's default is yes.</summary>
    public bool? SkipMe { get; set; }
}
