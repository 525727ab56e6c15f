namespace RedisKit;

/// <summary>What ROLE says a server is.</summary>
public enum ServerRoleKind
{
    /// <summary>A primary (<c>master</c>).</summary>
    Master,

    /// <summary>A replica (<c>slave</c>).</summary>
    Replica,

    /// <summary>A Sentinel (<c>sentinel</c>).</summary>
    Sentinel,
}
