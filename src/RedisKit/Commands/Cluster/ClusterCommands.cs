using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>
/// The CLUSTER commands a node answers about itself and its view of the cluster, and ASKING,
/// READONLY and READWRITE: each definition is the command's one hand-written place. They go to the
/// node the client is connected to: they manage that node and report its view of the cluster.
/// READONLY and READWRITE change their connection's state and are run by hand-written client
/// methods (RedisClient.ReplicaReads.cs) that record the change.
/// </summary>
internal static class ClusterCommands
{
    /// <summary>The number of hash slots of a Redis Cluster.</summary>
    public const int SlotCount = 16384;

    /// <summary>CLUSTER ADDSLOTS: assigns the given hash slots (0 to 16383) to this node; an error if one is already assigned.</summary>
    [RedisCommand(Name = "ClusterAddSlots")]
    public static Command<ArgList, bool, BooleanParser> AddSlots(IEnumerable<int> slots) => new(Cmd.ClusterAddSlots, Slots(slots), default);

    /// <summary>CLUSTER ADDSLOTSRANGE (Redis 7.0): assigns the given ranges of hash slots to this node.</summary>
    [RedisCommand(Name = "ClusterAddSlotsRange")]
    public static Command<ArgList, bool, BooleanParser> AddSlotsRange(IEnumerable<ClusterSlotRange> ranges) => new(Cmd.ClusterAddSlotsRange, Ranges(ranges), default);

    /// <summary>
    /// CLUSTER BUMPEPOCH: raises this node's configuration epoch unless it is already the greatest;
    /// returns the server's status, <c>BUMPED epoch</c> or <c>STILL epoch</c>.
    /// </summary>
    [RedisCommand(Name = "ClusterBumpEpoch")]
    public static Command<NoArgs, string, StatusParser> BumpEpoch() => new(Cmd.ClusterBumpEpoch, default, default);

    /// <summary>CLUSTER COUNT-FAILURE-REPORTS: how many live failure reports this node holds about <paramref name="nodeId"/>.</summary>
    [RedisCommand(Name = "ClusterCountFailureReport")]
    public static Command<Args1, long, Int64Parser> CountFailureReports(string nodeId) => new(Cmd.ClusterCountFailureReports, new Args1(NodeId(nodeId)), default);

    /// <summary>CLUSTER COUNTKEYSINSLOT: how many keys this node holds in <paramref name="slot"/>.</summary>
    [RedisCommand(Name = "ClusterCountKeysInSlot")]
    public static Command<Args1, long, Int64Parser> CountKeysInSlot(int slot) => new(Cmd.ClusterCountKeysInSlot, new Args1(Slot(slot)), default);

    /// <summary>CLUSTER DELSLOTS: makes this node forget who serves the given slots.</summary>
    [RedisCommand(Name = "ClusterDelSlots")]
    public static Command<ArgList, bool, BooleanParser> DelSlots(IEnumerable<int> slots) => new(Cmd.ClusterDelSlots, Slots(slots), default);

    /// <summary>CLUSTER DELSLOTSRANGE (Redis 7.0): makes this node forget who serves the given ranges of slots.</summary>
    [RedisCommand(Name = "ClusterDelSlotsRange")]
    public static Command<ArgList, bool, BooleanParser> DelSlotsRange(IEnumerable<ClusterSlotRange> ranges) => new(Cmd.ClusterDelSlotsRange, Ranges(ranges), default);

    /// <summary>
    /// CLUSTER FAILOVER: asks this replica to take over from its primary, with the primary's
    /// agreement, or without it (<see cref="ClusterFailoverOption.Force"/>) or even without the
    /// cluster's vote (<see cref="ClusterFailoverOption.Takeover"/>). True once the failover is
    /// scheduled, not done; a primary answers with an error.
    /// </summary>
    [RedisCommand(Name = "ClusterFailover")]
    public static Command<ArgList, bool, BooleanParser> Failover(ClusterFailoverOption? option = null)
    {
        var args = new ArgListBuilder(1);
        switch (option)
        {
            case null:
                break;
            case ClusterFailoverOption.Force:
                args.Add("FORCE");
                break;
            case ClusterFailoverOption.Takeover:
                args.Add("TAKEOVER");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(option), option, "Unknown CLUSTER FAILOVER option.");
        }

        return new(Cmd.ClusterFailover, args.Build(), default);
    }

    /// <summary>CLUSTER FLUSHSLOTS: removes every slot assignment of this node; it must hold no keys.</summary>
    [RedisCommand(Name = "ClusterFlushSlots")]
    public static Command<NoArgs, bool, BooleanParser> FlushSlots() => new(Cmd.ClusterFlushSlots, default, default);

    /// <summary>CLUSTER FORGET: removes <paramref name="nodeId"/> from this node's table and keeps it out for 60 seconds.</summary>
    [RedisCommand(Name = "ClusterForget")]
    public static Command<Args1, bool, BooleanParser> Forget(string nodeId) => new(Cmd.ClusterForget, new Args1(NodeId(nodeId)), default);

    /// <summary>CLUSTER GETKEYSINSLOT: up to <paramref name="count"/> of the keys this node holds in <paramref name="slot"/>.</summary>
    [RedisCommand(Name = "ClusterGetKeysInSlot")]
    public static Command<Args2, string[], StringArrayParser> GetKeysInSlot(int slot, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new(Cmd.ClusterGetKeysInSlot, new Args2(Slot(slot), count), default);
    }

    /// <summary>
    /// CLUSTER INFO: this node's view of the cluster, field by field (<c>cluster_state</c>,
    /// <c>cluster_slots_assigned</c>, <c>cluster_known_nodes</c>, <c>cluster_current_epoch</c>...).
    /// </summary>
    [RedisCommand(Name = "ClusterInfo")]
    public static Command<NoArgs, Dictionary<string, string>, ClusterInfoParser> Info() => new(Cmd.ClusterInfo, default, default);

    /// <summary>CLUSTER KEYSLOT: the hash slot of <paramref name="key"/> (its hash tag's, when it has one).</summary>
    [RedisCommand(Name = "ClusterKeySlot")]
    public static Command<Args1, long, Int64Parser> KeySlot(RedisKey key) => new(Cmd.ClusterKeySlot, new Args1(Check.Key(key)), default);

    /// <summary>CLUSTER LINKS (Redis 7.0): this node's cluster bus links, both directions.</summary>
    [RedisCommand(Name = "ClusterLinks")]
    public static Command<NoArgs, ClusterLink[], ClusterLinksParser> Links() => new(Cmd.ClusterLinks, default, default);

    /// <summary>
    /// CLUSTER MEET: introduces the node at <paramref name="host"/>:<paramref name="port"/> to this
    /// node (its bus port is the port plus 10000 unless <paramref name="busPort"/> is given). True
    /// once the handshake is started; the other node shows up in <see cref="RedisClient.ClusterNodesAsync"/> later.
    /// </summary>
    [RedisCommand(Name = "ClusterMeet")]
    public static Command<ArgList, bool, BooleanParser> Meet(string host, int port, int? busPort = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        Port(port, nameof(port));
        var args = new ArgListBuilder(3);
        args.Add(host);
        args.Add(port);
        if (busPort is { } bus)
        {
            Port(bus, nameof(busPort));
            args.Add(bus);
        }

        return new(Cmd.ClusterMeet, args.Build(), default);
    }

    /// <summary>CLUSTER MYID: this node's id.</summary>
    [RedisCommand(Name = "ClusterMyId")]
    public static Command<NoArgs, string, RequiredStringParser> MyId() => new(Cmd.ClusterMyId, default, default);

    /// <summary>CLUSTER NODES: every node this node knows, parsed from its text lines.</summary>
    [RedisCommand(Name = "ClusterNodes")]
    public static Command<NoArgs, ClusterNode[], ClusterNodesParser> Nodes() => new(Cmd.ClusterNodes, default, default);

    /// <summary>CLUSTER REPLICAS: the replicas of the primary <paramref name="nodeId"/>, as CLUSTER NODES describes them.</summary>
    [RedisCommand(Name = "ClusterReplicas")]
    public static Command<Args1, ClusterNode[], ClusterReplicasParser> Replicas(string nodeId) => new(Cmd.ClusterReplicas, new Args1(NodeId(nodeId)), default);

    /// <summary>CLUSTER REPLICATE: makes this node a replica of the primary <paramref name="nodeId"/>; it must hold no slots and no keys.</summary>
    [RedisCommand(Name = "ClusterReplicate")]
    public static Command<Args1, bool, BooleanParser> Replicate(string nodeId) => new(Cmd.ClusterReplicate, new Args1(NodeId(nodeId)), default);

    /// <summary>
    /// CLUSTER RESET: makes this node forget the cluster (its slots and the other nodes; a replica
    /// becomes an empty primary). A hard reset (<paramref name="soft"/> false) also gives it a new
    /// id and zeroes its epochs. The node must hold no keys if it is a primary.
    /// </summary>
    [RedisCommand(Name = "ClusterReset")]
    public static Command<Args1, bool, BooleanParser> Reset(bool soft = true) => new(Cmd.ClusterReset, new Args1(soft ? "SOFT" : "HARD"), default);

    /// <summary>CLUSTER SAVECONFIG: writes this node's cluster configuration (nodes.conf) to disk now.</summary>
    [RedisCommand(Name = "ClusterSaveConfig")]
    public static Command<NoArgs, bool, BooleanParser> SaveConfig() => new(Cmd.ClusterSaveConfig, default, default);

    /// <summary>CLUSTER SET-CONFIG-EPOCH: sets a fresh node's configuration epoch; refused once it is non-zero or other nodes are known.</summary>
    [RedisCommand(Name = "ClusterSetConfigEpoch")]
    public static Command<Args1, bool, BooleanParser> SetConfigEpoch(long epoch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        return new(Cmd.ClusterSetConfigEpoch, new Args1(epoch), default);
    }

    /// <summary>
    /// CLUSTER SETSLOT slot IMPORTING|MIGRATING|NODE node-id: changes the state of a slot on this node,
    /// the steps of moving a slot between nodes.
    /// </summary>
    [RedisCommand(Name = "ClusterSetSlot")]
    public static Command<Args3, bool, BooleanParser> SetSlot(int slot, ClusterSlotState state, string nodeId)
    {
        var word = state switch
        {
            ClusterSlotState.Importing => "IMPORTING",
            ClusterSlotState.Migrating => "MIGRATING",
            ClusterSlotState.Node => "NODE",
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown CLUSTER SETSLOT state."),
        };
        return new(Cmd.ClusterSetSlot, new Args3(Slot(slot), word, NodeId(nodeId)), default);
    }

    /// <summary>CLUSTER SETSLOT slot STABLE: clears a slot's importing or migrating state on this node.</summary>
    [RedisCommand(Name = "ClusterSetSlotStable")]
    public static Command<Args2, bool, BooleanParser> SetSlotStable(int slot) => new(Cmd.ClusterSetSlot, new Args2(Slot(slot), "STABLE"), default);

    /// <summary>CLUSTER SHARDS (Redis 7.0): the cluster's shards, each with its slot ranges and its nodes.</summary>
    [RedisCommand(Name = "ClusterShards")]
    public static Command<NoArgs, ClusterShard[], ClusterShardsParser> Shards() => new(Cmd.ClusterShards, default, default);

    /// <summary>
    /// CLUSTER SLOTS (deprecated by CLUSTER SHARDS in Redis 7.0): the slot map of older servers, as
    /// shards. Not a public method: the cluster router falls back to it where CLUSTER SHARDS is unknown.
    /// </summary>
    public static Command<NoArgs, ClusterShard[], ClusterSlotsParser> Slots() => new(Cmd.ClusterSlots, default, default);

    /// <summary>
    /// ASKING: lets the next command on this connection reach a slot this node is importing, after
    /// an ASK redirection. Only on a client made by <see cref="RedisClient.Client"/>, like SELECT: a pooled
    /// client throws <see cref="InvalidOperationException"/>.
    /// </summary>
    [RedisCommand(NoPipeline = "it changes what the connection's next command may reach, and a batch may share its connection with other callers")]
    public static Command<NoArgs, bool, BooleanParser> Asking() => new(Cmd.Asking, default, default);

    /// <summary>READONLY (run by RedisClient.ReadOnlyAsync and when a bound connection is replaced).</summary>
    public static Command<NoArgs, bool, BooleanParser> ReadOnly() => new(Cmd.ReadOnly, default, default);

    /// <summary>READWRITE (run by RedisClient.ReadWriteAsync).</summary>
    public static Command<NoArgs, bool, BooleanParser> ReadWrite() => new(Cmd.ReadWrite, default, default);

    private static int Slot(int slot, string parameterName = "slot")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(slot, parameterName);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(slot, SlotCount, parameterName);
        return slot;
    }

    private static void Port(int port, string parameterName)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1, parameterName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535, parameterName);
    }

    private static string NodeId(string nodeId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nodeId);
        return nodeId;
    }

    private static ArgList Slots(IEnumerable<int> slots)
    {
        ArgumentNullException.ThrowIfNull(slots);
        var args = new ArgListBuilder(4);
        foreach (var slot in slots)
        {
            args.Add(Slot(slot, nameof(slots)));
        }

        return args.Count > 0 ? args.Build() : throw new ArgumentException("At least one slot is needed.", nameof(slots));
    }

    private static ArgList Ranges(IEnumerable<ClusterSlotRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var args = new ArgListBuilder(4);
        foreach (var range in ranges)
        {
            Slot(range.Start, nameof(ranges));
            Slot(range.End, nameof(ranges));
            if (range.End < range.Start)
            {
                throw new ArgumentException($"The slot range {range.Start}-{range.End} ends before it starts.", nameof(ranges));
            }

            args.Add(range.Start);
            args.Add(range.End);
        }

        return args.Count > 0 ? args.Build() : throw new ArgumentException("At least one slot range is needed.", nameof(ranges));
    }

    /// <summary>
    /// READONLY: lets this connection read from a cluster replica for the slots of its primary.
    /// Only on a client made by <see cref="RedisClient.Client"/>; the connection is not reused by others after
    /// the bound client is disposed.
    /// </summary>
    [RedisCommand(Name = "ReadOnly", NoPipeline = "it changes one connection's state, recorded by a Client() for a replacement connection")]
    public static StatefulCommand<NoArgs, bool, BooleanParser> ReadOnlyOnBound() => new(ReadOnly(), SessionChange.ReadOnly(true));

    /// <summary>READWRITE: ends READONLY on this connection. Only on a client made by <see cref="RedisClient.Client"/>.</summary>
    [RedisCommand(Name = "ReadWrite", NoPipeline = "it changes one connection's state, recorded by a Client() for a replacement connection")]
    public static StatefulCommand<NoArgs, bool, BooleanParser> ReadWriteOnBound() => new(ReadWrite(), SessionChange.ReadOnly(false));
}
