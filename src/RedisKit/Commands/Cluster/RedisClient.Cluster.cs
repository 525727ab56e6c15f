using RedisKit.Commands;

namespace RedisKit;

// The CLUSTER commands go to the node this client is connected to: they manage that node and
// report its view of the cluster.
public sealed partial class RedisClient
{
    /// <summary>CLUSTER ADDSLOTS: assigns the given hash slots (0 to 16383) to this node; an error if one is already assigned.</summary>
    public ValueTask<bool> ClusterAddSlotsAsync(IEnumerable<int> slots, CancellationToken cancellationToken = default) =>
        RunAsync(ClusterCommands.AddSlots(slots), cancellationToken);

    /// <summary>CLUSTER ADDSLOTSRANGE (Redis 7.0): assigns the given ranges of hash slots to this node.</summary>
    public ValueTask<bool> ClusterAddSlotsRangeAsync(IEnumerable<ClusterSlotRange> ranges, CancellationToken cancellationToken = default) =>
        RunAsync(ClusterCommands.AddSlotsRange(ranges), cancellationToken);

    /// <summary>
    /// CLUSTER BUMPEPOCH: raises this node's configuration epoch unless it is already the greatest;
    /// returns the server's status, <c>BUMPED epoch</c> or <c>STILL epoch</c>.
    /// </summary>
    public ValueTask<string> ClusterBumpEpochAsync(CancellationToken cancellationToken = default) => RunAsync(ClusterCommands.BumpEpoch(), cancellationToken);

    /// <summary>CLUSTER COUNT-FAILURE-REPORTS: how many live failure reports this node holds about <paramref name="nodeId"/>.</summary>
    public ValueTask<long> ClusterCountFailureReportAsync(string nodeId, CancellationToken cancellationToken = default) =>
        RunAsync(ClusterCommands.CountFailureReports(nodeId), cancellationToken);

    /// <summary>CLUSTER COUNTKEYSINSLOT: how many keys this node holds in <paramref name="slot"/>.</summary>
    public ValueTask<long> ClusterCountKeysInSlotAsync(int slot, CancellationToken cancellationToken = default) =>
        RunAsync(ClusterCommands.CountKeysInSlot(slot), cancellationToken);

    /// <summary>CLUSTER DELSLOTS: makes this node forget who serves the given slots.</summary>
    public ValueTask<bool> ClusterDelSlotsAsync(IEnumerable<int> slots, CancellationToken cancellationToken = default) =>
        RunAsync(ClusterCommands.DelSlots(slots), cancellationToken);

    /// <summary>CLUSTER DELSLOTSRANGE (Redis 7.0): makes this node forget who serves the given ranges of slots.</summary>
    public ValueTask<bool> ClusterDelSlotsRangeAsync(IEnumerable<ClusterSlotRange> ranges, CancellationToken cancellationToken = default) =>
        RunAsync(ClusterCommands.DelSlotsRange(ranges), cancellationToken);

    /// <summary>
    /// CLUSTER FAILOVER: asks this replica to take over from its primary, with the primary's
    /// agreement, or without it (<see cref="ClusterFailoverOption.Force"/>) or even without the
    /// cluster's vote (<see cref="ClusterFailoverOption.Takeover"/>). True once the failover is
    /// scheduled, not done; a primary answers with an error.
    /// </summary>
    public ValueTask<bool> ClusterFailoverAsync(ClusterFailoverOption? option = null, CancellationToken cancellationToken = default) =>
        RunAsync(ClusterCommands.Failover(option), cancellationToken);

    /// <summary>CLUSTER FLUSHSLOTS: removes every slot assignment of this node; it must hold no keys.</summary>
    public ValueTask<bool> ClusterFlushSlotsAsync(CancellationToken cancellationToken = default) => RunAsync(ClusterCommands.FlushSlots(), cancellationToken);

    /// <summary>CLUSTER FORGET: removes <paramref name="nodeId"/> from this node's table and keeps it out for 60 seconds.</summary>
    public ValueTask<bool> ClusterForgetAsync(string nodeId, CancellationToken cancellationToken = default) =>
        RunAsync(ClusterCommands.Forget(nodeId), cancellationToken);

    /// <summary>CLUSTER GETKEYSINSLOT: up to <paramref name="count"/> of the keys this node holds in <paramref name="slot"/>.</summary>
    public ValueTask<string[]> ClusterGetKeysInSlotAsync(int slot, int count, CancellationToken cancellationToken = default) =>
        RunAsync(ClusterCommands.GetKeysInSlot(slot, count), cancellationToken);

    /// <summary>
    /// CLUSTER INFO: this node's view of the cluster, field by field (<c>cluster_state</c>,
    /// <c>cluster_slots_assigned</c>, <c>cluster_known_nodes</c>, <c>cluster_current_epoch</c>...).
    /// </summary>
    public ValueTask<Dictionary<string, string>> ClusterInfoAsync(CancellationToken cancellationToken = default) => RunAsync(ClusterCommands.Info(), cancellationToken);

    /// <summary>CLUSTER KEYSLOT: the hash slot of <paramref name="key"/> (its hash tag's, when it has one).</summary>
    public ValueTask<long> ClusterKeySlotAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        RunAsync(ClusterCommands.KeySlot(key), cancellationToken);

    /// <summary>CLUSTER LINKS (Redis 7.0): this node's cluster bus links, both directions.</summary>
    public ValueTask<ClusterLink[]> ClusterLinksAsync(CancellationToken cancellationToken = default) => RunAsync(ClusterCommands.Links(), cancellationToken);

    /// <summary>
    /// CLUSTER MEET: introduces the node at <paramref name="host"/>:<paramref name="port"/> to this
    /// node (its bus port is the port plus 10000 unless <paramref name="busPort"/> is given). True
    /// once the handshake is started; the other node shows up in <see cref="ClusterNodesAsync"/> later.
    /// </summary>
    public ValueTask<bool> ClusterMeetAsync(string host, int port, int? busPort = null, CancellationToken cancellationToken = default) =>
        RunAsync(ClusterCommands.Meet(host, port, busPort), cancellationToken);

    /// <summary>CLUSTER MYID: this node's id.</summary>
    public ValueTask<string> ClusterMyIdAsync(CancellationToken cancellationToken = default) => RunAsync(ClusterCommands.MyId(), cancellationToken);

    /// <summary>CLUSTER NODES: every node this node knows, parsed from its text lines.</summary>
    public ValueTask<ClusterNode[]> ClusterNodesAsync(CancellationToken cancellationToken = default) => RunAsync(ClusterCommands.Nodes(), cancellationToken);

    /// <summary>CLUSTER REPLICAS: the replicas of the primary <paramref name="nodeId"/>, as CLUSTER NODES describes them.</summary>
    public ValueTask<ClusterNode[]> ClusterReplicasAsync(string nodeId, CancellationToken cancellationToken = default) =>
        RunAsync(ClusterCommands.Replicas(nodeId), cancellationToken);

    /// <summary>CLUSTER REPLICATE: makes this node a replica of the primary <paramref name="nodeId"/>; it must hold no slots and no keys.</summary>
    public ValueTask<bool> ClusterReplicateAsync(string nodeId, CancellationToken cancellationToken = default) =>
        RunAsync(ClusterCommands.Replicate(nodeId), cancellationToken);

    /// <summary>
    /// CLUSTER RESET: makes this node forget the cluster (its slots and the other nodes; a replica
    /// becomes an empty primary). A hard reset (<paramref name="soft"/> false) also gives it a new
    /// id and zeroes its epochs. The node must hold no keys if it is a primary.
    /// </summary>
    public ValueTask<bool> ClusterResetAsync(bool soft = true, CancellationToken cancellationToken = default) =>
        RunAsync(ClusterCommands.Reset(soft), cancellationToken);

    /// <summary>CLUSTER SAVECONFIG: writes this node's cluster configuration (nodes.conf) to disk now.</summary>
    public ValueTask<bool> ClusterSaveConfigAsync(CancellationToken cancellationToken = default) => RunAsync(ClusterCommands.SaveConfig(), cancellationToken);

    /// <summary>CLUSTER SET-CONFIG-EPOCH: sets a fresh node's configuration epoch; refused once it is non-zero or other nodes are known.</summary>
    public ValueTask<bool> ClusterSetConfigEpochAsync(long epoch, CancellationToken cancellationToken = default) =>
        RunAsync(ClusterCommands.SetConfigEpoch(epoch), cancellationToken);

    /// <summary>
    /// CLUSTER SETSLOT slot IMPORTING|MIGRATING|NODE node-id: changes the state of a slot on this node,
    /// the steps of moving a slot between nodes.
    /// </summary>
    public ValueTask<bool> ClusterSetSlotAsync(int slot, ClusterSlotState state, string nodeId, CancellationToken cancellationToken = default) =>
        RunAsync(ClusterCommands.SetSlot(slot, state, nodeId), cancellationToken);

    /// <summary>CLUSTER SETSLOT slot STABLE: clears a slot's importing or migrating state on this node.</summary>
    public ValueTask<bool> ClusterSetSlotStableAsync(int slot, CancellationToken cancellationToken = default) =>
        RunAsync(ClusterCommands.SetSlotStable(slot), cancellationToken);

    /// <summary>CLUSTER SHARDS (Redis 7.0): the cluster's shards, each with its slot ranges and its nodes.</summary>
    public ValueTask<ClusterShard[]> ClusterShardsAsync(CancellationToken cancellationToken = default) => RunAsync(ClusterCommands.Shards(), cancellationToken);

    /// <summary>
    /// ASKING: lets the next command on this connection reach a slot this node is importing, after
    /// an ASK redirection. Only on a client made by <see cref="Client"/>, like SELECT: a pooled
    /// client throws <see cref="InvalidOperationException"/>.
    /// </summary>
    public ValueTask<bool> AskingAsync(CancellationToken cancellationToken = default) => RunAsync(ClusterCommands.Asking(), cancellationToken);

    /// <summary>
    /// READONLY: lets this connection read from a cluster replica for the slots of its primary.
    /// Only on a client made by <see cref="Client"/>; the connection is not reused by others after
    /// the bound client is disposed.
    /// </summary>
    public ValueTask<bool> ReadOnlyAsync(CancellationToken cancellationToken = default) =>
        RunStatefulAsync(ClusterCommands.ReadOnly(), Connections.SessionChange.ReadOnly(true), cancellationToken);

    /// <summary>READWRITE: ends READONLY on this connection. Only on a client made by <see cref="Client"/>.</summary>
    public ValueTask<bool> ReadWriteAsync(CancellationToken cancellationToken = default) =>
        RunStatefulAsync(ClusterCommands.ReadWrite(), Connections.SessionChange.ReadOnly(false), cancellationToken);
}
