using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>
/// CLUSTER SLOTS: an array of <c>[start, end, primary, replica...]</c> where each node is
/// <c>[host, port, id, metadata]</c> (the id since Redis 4, the metadata map or flat array since 7),
/// the same under RESP2 and RESP3. Read as one <see cref="ClusterShard"/> per range, so the router
/// builds its map from one shape whichever command answered.
/// </summary>
internal readonly struct ClusterSlotsParser : IReplyParser<ClusterShard[]>, IElementReader<ClusterShard>
{
    public ClusterShard[] Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<ClusterShard, ClusterSlotsParser>(ref reader, context);

    public ClusterShard ReadElement(ref RespReader reader, in ReplyContext context)
    {
        var count = reader.ReadAggregateHeader(out _);
        if (count < 3)
        {
            throw new RedisProtocolException($"A CLUSTER SLOTS entry has a range and at least a primary, not {count} elements.");
        }

        var start = (int)reader.ReadInt64();
        var end = (int)reader.ReadInt64();
        var nodes = new ClusterShardNode[count - 2];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = ReadNode(ref reader, context, i == 0 ? "master" : "replica");
        }

        return new ClusterShard([new ClusterSlotRange(start, end)], nodes);
    }

    private static ClusterShardNode ReadNode(ref RespReader reader, in ReplyContext context, string role)
    {
        var count = reader.ReadAggregateHeader(out _);
        if (count < 2)
        {
            throw new RedisProtocolException($"A CLUSTER SLOTS node has a host and a port, not {count} elements.");
        }

        var host = ReplyShapes.Text(ref reader, context.Encoding);
        var port = (int)reader.ReadInt64();
        var id = count > 2 ? ReplyShapes.Text(ref reader, context.Encoding) : string.Empty;
        string? hostname = null;
        for (var i = 3; i < count; i++)
        {
            if (i == 3 && reader.PeekType() is RespType.Map or RespType.Array)
            {
                var metadata = ReplyShapes.ScalarMap(ref reader, context.Encoding);
                hostname = metadata.GetValueOrDefault("hostname");
                continue;
            }

            reader.Skip();
        }

        return new ClusterShardNode(id, port, null, host, host, hostname, role, 0, "online");
    }
}
