using System.Globalization;
using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>CLUSTER INFO: <c>field:value</c> lines (a verbatim string under RESP3), as a dictionary.</summary>
internal readonly struct ClusterInfoParser : IReplyParser<Dictionary<string, string>>
{
    public Dictionary<string, string> Parse(ref RespReader reader, in ReplyContext context) =>
        ClusterText.ParseInfo(ReplyShapes.Text(ref reader, context.Encoding));
}

/// <summary>CLUSTER NODES: one text line per node.</summary>
internal readonly struct ClusterNodesParser : IReplyParser<ClusterNode[]>
{
    public ClusterNode[] Parse(ref RespReader reader, in ReplyContext context) =>
        ClusterText.ParseNodes(ReplyShapes.Text(ref reader, context.Encoding));
}

/// <summary>CLUSTER REPLICAS: an array of CLUSTER NODES lines.</summary>
internal readonly struct ClusterReplicasParser : IReplyParser<ClusterNode[]>
{
    public ClusterNode[] Parse(ref RespReader reader, in ReplyContext context)
    {
        var lines = ReplyShapes.Strings(ref reader, context.Encoding);
        var nodes = new List<ClusterNode>(lines.Length);
        foreach (var line in lines)
        {
            nodes.AddRange(ClusterText.ParseNodes(line));
        }

        return [.. nodes];
    }
}

/// <summary>CLUSTER LINKS: an array of maps (RESP2: flat arrays), one per bus link.</summary>
internal readonly struct ClusterLinksParser : IReplyParser<ClusterLink[]>, IElementReader<ClusterLink>
{
    public ClusterLink[] Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<ClusterLink, ClusterLinksParser>(ref reader, context);

    public ClusterLink ReadElement(ref RespReader reader, in ReplyContext context)
    {
        var fields = ReplyShapes.ScalarMap(ref reader, context.Encoding);
        return new ClusterLink(
            fields.GetValueOrDefault("direction", string.Empty),
            fields.GetValueOrDefault("node", string.Empty),
            DateTimeOffset.FromUnixTimeMilliseconds(ClusterText.Int64(fields, "create-time")),
            fields.GetValueOrDefault("events", string.Empty),
            ClusterText.Int64(fields, "send-buffer-allocated"),
            ClusterText.Int64(fields, "send-buffer-used"));
    }
}

/// <summary>
/// CLUSTER SHARDS: an array of maps (RESP2: flat arrays) with <c>slots</c>, a flat list of range
/// bounds, and <c>nodes</c>, a list of maps.
/// </summary>
internal readonly struct ClusterShardsParser : IReplyParser<ClusterShard[]>, IElementReader<ClusterShard>
{
    public ClusterShard[] Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<ClusterShard, ClusterShardsParser>(ref reader, context);

    public ClusterShard ReadElement(ref RespReader reader, in ReplyContext context)
    {
        ClusterSlotRange[] slots = [];
        ClusterShardNode[] nodes = [];
        var fields = NamedFields.Open(ref reader);
        while (fields.MoveNext(ref reader))
        {
            switch (fields.Name)
            {
                case "slots":
                    slots = ReadSlots(ref reader);
                    break;
                case "nodes":
                    nodes = ReadNodes(ref reader, context);
                    break;
            }
        }

        return new ClusterShard(slots, nodes);
    }

    private static ClusterSlotRange[] ReadSlots(ref RespReader reader)
    {
        var count = reader.ReadAggregateHeader(out _);
        if (count <= 0)
        {
            return [];
        }

        if (count % 2 != 0)
        {
            throw new RedisProtocolException($"CLUSTER SHARDS slots come in pairs, not {count} bounds.");
        }

        var ranges = new ClusterSlotRange[count / 2];
        for (var i = 0; i < ranges.Length; i++)
        {
            var start = (int)reader.ReadInt64();
            ranges[i] = new ClusterSlotRange(start, (int)reader.ReadInt64());
        }

        return ranges;
    }

    private static ClusterShardNode[] ReadNodes(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<ClusterShardNode, NodeReader>(ref reader, context);

    private readonly struct NodeReader : IElementReader<ClusterShardNode>
    {
        public ClusterShardNode ReadElement(ref RespReader reader, in ReplyContext context)
        {
            var fields = ReplyShapes.ScalarMap(ref reader, context.Encoding);
            return new ClusterShardNode(
                fields.GetValueOrDefault("id", string.Empty),
                fields.TryGetValue("port", out _) ? (int)ClusterText.Int64(fields, "port") : null,
                fields.TryGetValue("tls-port", out _) ? (int)ClusterText.Int64(fields, "tls-port") : null,
                fields.GetValueOrDefault("ip", string.Empty),
                fields.GetValueOrDefault("endpoint", string.Empty),
                fields.GetValueOrDefault("hostname"),
                fields.GetValueOrDefault("role", string.Empty),
                ClusterText.Int64(fields, "replication-offset"),
                fields.GetValueOrDefault("health", string.Empty));
        }
    }
}

/// <summary>The text formats of CLUSTER INFO and CLUSTER NODES.</summary>
internal static class ClusterText
{
    /// <summary>Splits <c>field:value</c> lines at the first colon; other lines are ignored.</summary>
    public static Dictionary<string, string> ParseInfo(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                result[line[..colon]] = line[(colon + 1)..];
            }
        }

        return result;
    }

    /// <summary>Parses every non-empty line of CLUSTER NODES.</summary>
    public static ClusterNode[] ParseNodes(string text)
    {
        var nodes = new List<ClusterNode>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0)
            {
                nodes.Add(ParseNode(line));
            }
        }

        return [.. nodes];
    }

    /// <summary>
    /// Parses one CLUSTER NODES line: <c>id ip:port@cport[,hostname] flags master ping-sent
    /// pong-recv config-epoch link-state slot...</c>.
    /// </summary>
    /// <exception cref="RedisProtocolException">The line has fewer than 8 fields or a malformed one.</exception>
    public static ClusterNode ParseNode(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 8)
        {
            throw new RedisProtocolException($"A CLUSTER NODES line needs at least 8 fields, not {parts.Length}: '{line}'.");
        }

        var address = parts[1];
        var (host, port, busPort, hostname) = ParseAddress(address);
        var slots = new List<ClusterSlotRange>();
        var open = new List<string>();
        for (var i = 8; i < parts.Length; i++)
        {
            var slot = parts[i];
            if (slot.StartsWith('['))
            {
                open.Add(slot);
                continue;
            }

            var dash = slot.IndexOf('-', StringComparison.Ordinal);
            slots.Add(dash < 0
                ? new ClusterSlotRange(Slot(slot, line), Slot(slot, line))
                : new ClusterSlotRange(Slot(slot[..dash], line), Slot(slot[(dash + 1)..], line)));
        }

        return new ClusterNode(
            parts[0],
            address,
            host,
            port,
            busPort,
            hostname,
            parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries),
            parts[3] == "-" ? null : parts[3],
            Time(parts[4], line),
            Time(parts[5], line),
            Number(parts[6], line),
            parts[7],
            [.. slots],
            [.. open]);
    }

    public static long Int64(Dictionary<string, string> fields, string field) =>
        fields.TryGetValue(field, out var text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static (string Host, int Port, int BusPort, string? Hostname) ParseAddress(string address)
    {
        string? hostname = null;
        var comma = address.IndexOf(',', StringComparison.Ordinal);
        var endpoint = address;
        if (comma >= 0)
        {
            hostname = address[(comma + 1)..];
            endpoint = address[..comma];
            if (hostname.Length == 0)
            {
                hostname = null;
            }
        }

        var busPort = 0;
        var at = endpoint.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            busPort = (int)Number(endpoint[(at + 1)..], address);
            endpoint = endpoint[..at];
        }

        var colon = endpoint.LastIndexOf(':');
        if (colon < 0)
        {
            throw new RedisProtocolException($"A CLUSTER NODES address has no port: '{address}'.");
        }

        return (endpoint[..colon], (int)Number(endpoint[(colon + 1)..], address), busPort, hostname);
    }

    private static DateTimeOffset? Time(string milliseconds, string line)
    {
        var value = Number(milliseconds, line);
        return value == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(value);
    }

    private static int Slot(string text, string line)
    {
        var value = Number(text, line);
        return value is >= 0 and <= 16383 ? (int)value : throw new RedisProtocolException($"'{text}' is not a hash slot in '{line}'.");
    }

    private static long Number(string text, string line) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new RedisProtocolException($"'{text}' is not an integer in CLUSTER NODES line '{line}'.");
}
