using System.Globalization;
using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>CLIENT TRACKINGINFO: a map (RESP2: flat array) of flags (a set), redirect and prefixes.</summary>
internal readonly struct ClientTrackingInfoParser : IReplyParser<ClientTrackingInfo>
{
    public ClientTrackingInfo Parse(ref RespReader reader, in ReplyContext context)
    {
        string[] flags = [];
        string[] prefixes = [];
        long redirect = -1;
        var fields = NamedFields.Open(ref reader);
        while (fields.MoveNext(ref reader))
        {
            switch (fields.Name)
            {
                case "flags":
                    flags = ReplyShapes.Strings(ref reader, context.Encoding);
                    break;
                case "redirect":
                    redirect = reader.ReadInt64();
                    break;
                case "prefixes":
                    prefixes = ReplyShapes.Strings(ref reader, context.Encoding);
                    break;
            }
        }

        return new ClientTrackingInfo(flags, redirect, prefixes);
    }
}

/// <summary>SLOWLOG GET: per entry an array of id, start time, duration in microseconds, arguments, and (Redis 4+) client address and name.</summary>
internal readonly struct SlowLogParser : IReplyParser<SlowLogEntry[]>, IElementReader<SlowLogEntry>
{
    public SlowLogEntry[] Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<SlowLogEntry, SlowLogParser>(ref reader, context);

    public SlowLogEntry ReadElement(ref RespReader reader, in ReplyContext context)
    {
        var fields = reader.ReadAggregateHeader(out _);
        if (fields < 4)
        {
            throw new RedisProtocolException($"A SLOWLOG entry needs at least 4 elements, not {fields}.");
        }

        var id = reader.ReadInt64();
        var time = ReplyShapes.UnixSeconds(reader.ReadInt64());
        var duration = TimeSpan.FromMicroseconds(reader.ReadInt64());
        var arguments = ReplyShapes.Strings(ref reader, context.Encoding);
        var address = fields > 4 ? ReplyShapes.Text(ref reader, context.Encoding) : string.Empty;
        var name = fields > 5 ? ReplyShapes.Text(ref reader, context.Encoding) : string.Empty;
        for (var extra = 6; extra < fields; extra++)
        {
            reader.Skip();
        }

        return new SlowLogEntry(id, time, duration, arguments, address, name);
    }
}

/// <summary>
/// MEMORY STATS: a map (RESP2: flat array) of scalars, integers and doubles (RESP2: strings), and
/// <c>db.N</c> entries that are maps of their own.
/// </summary>
internal readonly struct MemoryStatsParser : IReplyParser<MemoryStats>
{
    public MemoryStats Parse(ref RespReader reader, in ReplyContext context)
    {
        var fields = NamedFields.Open(ref reader);
        var values = new Dictionary<string, string>(fields.Count, StringComparer.Ordinal);
        var databases = new Dictionary<int, MemoryStatsDatabase>();
        while (fields.MoveNext(ref reader))
        {
            if (!ReplyShapes.IsAggregate(ref reader))
            {
                values[fields.NameText(context.Encoding)] = ReplyShapes.Text(ref reader, context.Encoding);
                continue;
            }

            // Aggregates other than db.N are left unread, and so skipped.
            var name = fields.Name;
            if (name.StartsWith("db.", StringComparison.Ordinal)
                && int.TryParse(name[3..], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                var stats = ReplyShapes.ScalarMap(ref reader, context.Encoding);
                databases[index] = new MemoryStatsDatabase(
                    Int64(stats, "overhead.hashtable.main"),
                    Int64(stats, "overhead.hashtable.expires"));
            }
        }

        return new MemoryStats(values, databases);
    }

    private static long Int64(Dictionary<string, string> values, string field) =>
        values.TryGetValue(field, out var text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}

/// <summary>LATENCY LATEST: per event an array of name, Unix time, latest and maximum latency in milliseconds.</summary>
internal readonly struct LatencyLatestParser : IReplyParser<LatencyEvent[]>, IElementReader<LatencyEvent>
{
    public LatencyEvent[] Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<LatencyEvent, LatencyLatestParser>(ref reader, context);

    public LatencyEvent ReadElement(ref RespReader reader, in ReplyContext context)
    {
        var fields = reader.ReadAggregateHeader(out _);
        if (fields < 4)
        {
            throw new RedisProtocolException($"A LATENCY LATEST row needs 4 elements, not {fields}.");
        }

        var name = ReplyShapes.Text(ref reader, context.Encoding);
        var time = ReplyShapes.UnixSeconds(reader.ReadInt64());
        var latest = TimeSpan.FromMilliseconds(reader.ReadInt64());
        var max = TimeSpan.FromMilliseconds(reader.ReadInt64());
        for (var extra = 4; extra < fields; extra++)
        {
            reader.Skip();
        }

        return new LatencyEvent(name, time, latest, max);
    }
}

/// <summary>LATENCY HISTORY: per sample a pair of Unix time and latency in milliseconds.</summary>
internal readonly struct LatencyHistoryParser : IReplyParser<LatencySample[]>, IElementReader<LatencySample>
{
    public LatencySample[] Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<LatencySample, LatencyHistoryParser>(ref reader, context);

    public LatencySample ReadElement(ref RespReader reader, in ReplyContext context)
    {
        if (reader.ReadAggregateHeader(out _) != 2)
        {
            throw new RedisProtocolException("A LATENCY HISTORY sample must have two elements: time and latency.");
        }

        var time = ReplyShapes.UnixSeconds(reader.ReadInt64());
        return new LatencySample(time, TimeSpan.FromMilliseconds(reader.ReadInt64()));
    }
}

/// <summary>LASTSAVE: a Unix time in seconds.</summary>
internal readonly struct UnixSecondsParser : IReplyParser<DateTimeOffset>
{
    public DateTimeOffset Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.UnixSeconds(reader.ReadInt64());
}

/// <summary>
/// ROLE: <c>["master", offset, [[ip, port, offset]...]]</c> (port and offset as strings),
/// <c>["slave", host, port, state, offset]</c> or <c>["sentinel", [names]]</c>.
/// </summary>
internal readonly struct RoleParser : IReplyParser<ServerRole>
{
    public ServerRole Parse(ref RespReader reader, in ReplyContext context)
    {
        var count = reader.ReadAggregateHeader(out _);
        if (count < 1)
        {
            throw new RedisProtocolException("ROLE answered with an empty reply.");
        }

        var name = ReplyShapes.Text(ref reader, context.Encoding);
        ServerRole role;
        var read = 1;
        switch (name)
        {
            case "master" when count >= 3:
                var offset = reader.ReadInt64();
                var replicaCount = reader.ReadAggregateHeader(out _);
                var replicas = new ReplicaRoleInfo[Math.Max(replicaCount, 0)];
                for (var i = 0; i < replicas.Length; i++)
                {
                    var parts = reader.ReadAggregateHeader(out _);
                    var host = ReplyShapes.Text(ref reader, context.Encoding);
                    var port = (int)ReplyShapes.ParseInt64(ReplyShapes.Text(ref reader, context.Encoding), "A replica's port");
                    var acknowledged = ReplyShapes.ParseInt64(ReplyShapes.Text(ref reader, context.Encoding), "A replica's offset");
                    for (var extra = 3; extra < parts; extra++)
                    {
                        reader.Skip();
                    }

                    replicas[i] = new ReplicaRoleInfo(host, port, acknowledged);
                }

                role = new ServerRole(ServerRoleKind.Master) { ReplicationOffset = offset, Replicas = replicas };
                read = 3;
                break;
            case "slave" when count >= 5:
                var masterHost = ReplyShapes.Text(ref reader, context.Encoding);
                var masterPort = (int)reader.ReadInt64();
                var state = ReplyShapes.Text(ref reader, context.Encoding);
                role = new ServerRole(ServerRoleKind.Replica)
                {
                    MasterHost = masterHost,
                    MasterPort = masterPort,
                    ReplicationState = state,
                    ReplicationOffset = reader.ReadInt64(),
                };
                read = 5;
                break;
            case "sentinel" when count >= 2:
                role = new ServerRole(ServerRoleKind.Sentinel) { MonitoredMasters = ReplyShapes.Strings(ref reader, context.Encoding) };
                read = 2;
                break;
            default:
                throw new RedisProtocolException($"ROLE answered with an unknown role '{name}' of {count} elements.");
        }

        for (; read < count; read++)
        {
            reader.Skip();
        }

        return role;
    }
}

/// <summary>DEBUG OBJECT: one status line of <c>name:value</c> pairs.</summary>
internal readonly struct DebugObjectParser : IReplyParser<DebugObjectInfo>
{
    public DebugObjectInfo Parse(ref RespReader reader, in ReplyContext context) =>
        DebugObjectInfo.Parse(ReplyShapes.Text(ref reader, context.Encoding).AsSpan().Trim());
}

/// <summary>A status or string reply the caller wants as text (BGSAVE's "Background saving started"); nil reads as empty.</summary>
internal readonly struct StatusParser : IReplyParser<string>
{
    public string Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.Text(ref reader, context.Encoding);
}
