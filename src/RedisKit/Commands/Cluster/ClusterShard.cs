namespace RedisKit;

/// <summary>One shard from CLUSTER SHARDS: the slots it serves and its nodes.</summary>
/// <param name="Slots">The slot ranges the shard serves (empty for a shard with no slots).</param>
/// <param name="Nodes">The shard's primary and replicas.</param>
public sealed record ClusterShard(IReadOnlyList<ClusterSlotRange> Slots, IReadOnlyList<ClusterShardNode> Nodes);
