using RedisKit.Commands;

namespace RedisKit;

public sealed partial class Pipeline
{
    /// <summary>Queues PFADD (result: bool, whether the estimate changed).</summary>
    public Pipeline PfAdd(RedisKey key, params RedisValue[] values) => Queue(HyperLogLogCommands.PfAdd(key, values));

    /// <summary>Queues PFCOUNT (result: long).</summary>
    public Pipeline PfCount(params RedisKey[] keys) => Queue(HyperLogLogCommands.PfCount(keys));

    /// <summary>Queues PFMERGE (result: bool).</summary>
    public Pipeline PfMerge(RedisKey destination, params RedisKey[] sources) => Queue(HyperLogLogCommands.PfMerge(destination, sources));
}
