using RedisKit.Commands;

namespace RedisKit;

// ASKING, READONLY and READWRITE change one connection's state and have no pipeline form; the
// slot-management commands are queued like any other.
public sealed partial class Pipeline
{
    /// <summary>Queues CLUSTER INFO (result: Dictionary&lt;string, string&gt;).</summary>
    public Pipeline ClusterInfo() => Queue(ClusterCommands.Info());

    /// <summary>Queues CLUSTER MYID (result: string).</summary>
    public Pipeline ClusterMyId() => Queue(ClusterCommands.MyId());

    /// <summary>Queues CLUSTER NODES (result: ClusterNode[]).</summary>
    public Pipeline ClusterNodes() => Queue(ClusterCommands.Nodes());

    /// <summary>Queues CLUSTER SHARDS (result: ClusterShard[]).</summary>
    public Pipeline ClusterShards() => Queue(ClusterCommands.Shards());

    /// <summary>Queues CLUSTER KEYSLOT (result: long).</summary>
    public Pipeline ClusterKeySlot(RedisKey key) => Queue(ClusterCommands.KeySlot(key));

    /// <summary>Queues CLUSTER COUNTKEYSINSLOT (result: long).</summary>
    public Pipeline ClusterCountKeysInSlot(int slot) => Queue(ClusterCommands.CountKeysInSlot(slot));

    /// <summary>Queues CLUSTER GETKEYSINSLOT (result: string[]).</summary>
    public Pipeline ClusterGetKeysInSlot(int slot, int count) => Queue(ClusterCommands.GetKeysInSlot(slot, count));

    /// <summary>Queues CLUSTER ADDSLOTSRANGE (result: bool).</summary>
    public Pipeline ClusterAddSlotsRange(IEnumerable<ClusterSlotRange> ranges) => Queue(ClusterCommands.AddSlotsRange(ranges));

    /// <summary>Queues CLUSTER DELSLOTSRANGE (result: bool).</summary>
    public Pipeline ClusterDelSlotsRange(IEnumerable<ClusterSlotRange> ranges) => Queue(ClusterCommands.DelSlotsRange(ranges));
}
