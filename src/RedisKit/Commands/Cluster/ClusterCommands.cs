using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>
/// Definitions of the CLUSTER commands a node answers about itself and its view of the cluster,
/// and of ASKING, READONLY and READWRITE.
/// </summary>
internal static class ClusterCommands
{
    /// <summary>The number of hash slots of a Redis Cluster.</summary>
    public const int SlotCount = 16384;

    public static Command<ArgList, bool, BooleanParser> AddSlots(IEnumerable<int> slots) => new(Cmd.ClusterAddSlots, Slots(slots), default);

    public static Command<ArgList, bool, BooleanParser> AddSlotsRange(IEnumerable<ClusterSlotRange> ranges) => new(Cmd.ClusterAddSlotsRange, Ranges(ranges), default);

    public static Command<NoArgs, string, StatusParser> BumpEpoch() => new(Cmd.ClusterBumpEpoch, default, default);

    public static Command<Args1, long, Int64Parser> CountFailureReports(string nodeId) => new(Cmd.ClusterCountFailureReports, new Args1(NodeId(nodeId)), default);

    public static Command<Args1, long, Int64Parser> CountKeysInSlot(int slot) => new(Cmd.ClusterCountKeysInSlot, new Args1(Slot(slot)), default);

    public static Command<ArgList, bool, BooleanParser> DelSlots(IEnumerable<int> slots) => new(Cmd.ClusterDelSlots, Slots(slots), default);

    public static Command<ArgList, bool, BooleanParser> DelSlotsRange(IEnumerable<ClusterSlotRange> ranges) => new(Cmd.ClusterDelSlotsRange, Ranges(ranges), default);

    public static Command<ArgList, bool, BooleanParser> Failover(ClusterFailoverOption? option)
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

    public static Command<NoArgs, bool, BooleanParser> FlushSlots() => new(Cmd.ClusterFlushSlots, default, default);

    public static Command<Args1, bool, BooleanParser> Forget(string nodeId) => new(Cmd.ClusterForget, new Args1(NodeId(nodeId)), default);

    public static Command<Args2, string[], StringArrayParser> GetKeysInSlot(int slot, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new(Cmd.ClusterGetKeysInSlot, new Args2(Slot(slot), count), default);
    }

    public static Command<NoArgs, Dictionary<string, string>, ClusterInfoParser> Info() => new(Cmd.ClusterInfo, default, default);

    public static Command<Args1, long, Int64Parser> KeySlot(RedisKey key) => new(Cmd.ClusterKeySlot, new Args1(Check.Key(key)), default);

    public static Command<NoArgs, ClusterLink[], ClusterLinksParser> Links() => new(Cmd.ClusterLinks, default, default);

    public static Command<ArgList, bool, BooleanParser> Meet(string host, int port, int? busPort)
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

    public static Command<NoArgs, string, RequiredStringParser> MyId() => new(Cmd.ClusterMyId, default, default);

    public static Command<NoArgs, ClusterNode[], ClusterNodesParser> Nodes() => new(Cmd.ClusterNodes, default, default);

    public static Command<Args1, ClusterNode[], ClusterReplicasParser> Replicas(string nodeId) => new(Cmd.ClusterReplicas, new Args1(NodeId(nodeId)), default);

    public static Command<Args1, bool, BooleanParser> Replicate(string nodeId) => new(Cmd.ClusterReplicate, new Args1(NodeId(nodeId)), default);

    public static Command<Args1, bool, BooleanParser> Reset(bool soft) => new(Cmd.ClusterReset, new Args1(soft ? "SOFT" : "HARD"), default);

    public static Command<NoArgs, bool, BooleanParser> SaveConfig() => new(Cmd.ClusterSaveConfig, default, default);

    public static Command<Args1, bool, BooleanParser> SetConfigEpoch(long epoch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        return new(Cmd.ClusterSetConfigEpoch, new Args1(epoch), default);
    }

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

    public static Command<Args2, bool, BooleanParser> SetSlotStable(int slot) => new(Cmd.ClusterSetSlot, new Args2(Slot(slot), "STABLE"), default);

    public static Command<NoArgs, ClusterShard[], ClusterShardsParser> Shards() => new(Cmd.ClusterShards, default, default);

    public static Command<NoArgs, bool, BooleanParser> Asking() => new(Cmd.Asking, default, default);

    public static Command<NoArgs, bool, BooleanParser> ReadOnly() => new(Cmd.ReadOnly, default, default);

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
}
