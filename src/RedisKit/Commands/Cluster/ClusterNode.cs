namespace RedisKit;

/// <summary>One line of CLUSTER NODES (or CLUSTER REPLICAS): a node as the queried node sees it.</summary>
/// <param name="Id">The node's 40-character id.</param>
/// <param name="Address">The address as given, <c>ip:port@cport[,hostname]</c>.</param>
/// <param name="Host">The node's IP (empty while the node does not know its own address).</param>
/// <param name="Port">The client port.</param>
/// <param name="BusPort">The cluster bus port.</param>
/// <param name="Hostname">The announced hostname, or null when none is announced.</param>
/// <param name="Flags">The flags: <c>myself</c>, <c>master</c>, <c>slave</c>, <c>fail?</c>, <c>fail</c>, <c>handshake</c>, <c>noaddr</c>, <c>nofailover</c>, <c>noflags</c>.</param>
/// <param name="MasterId">The id of the node's primary when it is a replica, otherwise null (<c>-</c>).</param>
/// <param name="PingSent">When the pending PING was sent, or null when none is pending.</param>
/// <param name="PongReceived">When the last PONG was received, or null when none was.</param>
/// <param name="ConfigEpoch">The node's configuration epoch (its primary's, for a replica).</param>
/// <param name="LinkState">The state of the cluster bus link: <c>connected</c> or <c>disconnected</c>.</param>
/// <param name="Slots">The slot ranges the node serves.</param>
/// <param name="OpenSlots">Slots being moved, as written: <c>[slot-&gt;-node]</c> (migrating) or <c>[slot-&lt;-node]</c> (importing).</param>
public sealed record ClusterNode(
    string Id,
    string Address,
    string Host,
    int Port,
    int BusPort,
    string? Hostname,
    IReadOnlyList<string> Flags,
    string? MasterId,
    DateTimeOffset? PingSent,
    DateTimeOffset? PongReceived,
    long ConfigEpoch,
    string LinkState,
    IReadOnlyList<ClusterSlotRange> Slots,
    IReadOnlyList<string> OpenSlots)
{
    /// <summary>True for the node that answered the command (flag <c>myself</c>).</summary>
    public bool IsMyself => Flags.Contains("myself");

    /// <summary>True for a primary (flag <c>master</c>).</summary>
    public bool IsMaster => Flags.Contains("master");

    /// <summary>True for a replica (flag <c>slave</c>).</summary>
    public bool IsReplica => Flags.Contains("slave");
}
