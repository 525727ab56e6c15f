namespace RedisKit;

/// <summary>
/// ROLE: what the server is and its replication state. A primary fills <see cref="ReplicationOffset"/>
/// and <see cref="Replicas"/>; a replica fills <see cref="MasterHost"/>, <see cref="MasterPort"/>,
/// <see cref="ReplicationState"/> and <see cref="ReplicationOffset"/>; a Sentinel fills
/// <see cref="MonitoredMasters"/>. Fields a role does not have are null or empty.
/// </summary>
public sealed class ServerRole
{
    internal ServerRole(ServerRoleKind kind)
    {
        Kind = kind;
    }

    /// <summary>Primary, replica or Sentinel.</summary>
    public ServerRoleKind Kind { get; }

    /// <summary>The role as the server names it: <c>master</c>, <c>slave</c> or <c>sentinel</c>.</summary>
    public string Name => Kind switch
    {
        ServerRoleKind.Master => "master",
        ServerRoleKind.Replica => "slave",
        _ => "sentinel",
    };

    /// <summary>A primary's replication offset, or the offset a replica has received; null for a Sentinel.</summary>
    public long? ReplicationOffset { get; internal init; }

    /// <summary>A primary's connected replicas.</summary>
    public IReadOnlyList<ReplicaRoleInfo> Replicas { get; internal init; } = [];

    /// <summary>A replica's primary address.</summary>
    public string? MasterHost { get; internal init; }

    /// <summary>A replica's primary port.</summary>
    public int? MasterPort { get; internal init; }

    /// <summary>A replica's link state: <c>connect</c>, <c>connecting</c>, <c>sync</c>, <c>connected</c> (or <c>handshake</c> and the like).</summary>
    public string? ReplicationState { get; internal init; }

    /// <summary>The primaries a Sentinel monitors, by name.</summary>
    public IReadOnlyList<string> MonitoredMasters { get; internal init; } = [];

    /// <summary>The role and its main facts.</summary>
    public override string ToString() => Kind switch
    {
        ServerRoleKind.Master => $"master offset={ReplicationOffset} replicas={Replicas.Count}",
        ServerRoleKind.Replica => $"replica of {MasterHost}:{MasterPort} state={ReplicationState} offset={ReplicationOffset}",
        _ => $"sentinel masters={MonitoredMasters.Count}",
    };
}
