namespace RedisKit;

/// <summary>A range of hash slots, both ends included, as CLUSTER NODES and CLUSTER SHARDS list them.</summary>
/// <param name="Start">The first slot of the range.</param>
/// <param name="End">The last slot of the range (equal to <paramref name="Start"/> for a single slot).</param>
public readonly record struct ClusterSlotRange(int Start, int End)
{
    /// <summary>How many slots the range holds.</summary>
    public int Count => End - Start + 1;
}
