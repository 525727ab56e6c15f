using System.Collections.ObjectModel;
using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>
/// Pieces shared by the stream replies. Entries are <c>[id, [field, value, ...]]</c> under both
/// protocols; the aggregates around them (XREAD, XINFO) are maps under RESP3 and flat arrays under
/// RESP2, so the layout is read from each header rather than assumed from the protocol.
/// </summary>
internal static class StreamReplies
{
    /// <summary>One entry. A pending entry deleted from the stream comes back with nil fields, which gives no fields.</summary>
    public static StreamEntry ReadEntry(ref RespReader reader, in ReplyContext context)
    {
        var count = reader.ReadAggregateHeader(out _);
        if (count != 2)
        {
            throw new RedisProtocolException($"A stream entry must have two elements, its id and its fields, not {count}.");
        }

        var id = reader.ReadString(context.Encoding) ?? string.Empty;
        var pairs = StringDictionaryParser.ReadPairCount(ref reader);
        if (pairs == 0)
        {
            return new StreamEntry(id, ReadOnlyDictionary<string, string>.Empty);
        }

        var fields = new Dictionary<string, string>(pairs, StringComparer.Ordinal);
        for (var i = 0; i < pairs; i++)
        {
            var field = reader.ReadString(context.Encoding) ?? string.Empty;
            fields[field] = reader.ReadString(context.Encoding) ?? string.Empty;
        }

        return new StreamEntry(id, fields);
    }

    /// <summary>An entry, or null for nil (XINFO STREAM's first and last entries of an empty stream).</summary>
    public static StreamEntry? ReadEntryOrNull(ref RespReader reader, in ReplyContext context) =>
        reader.TryReadNull() ? null : ReadEntry(ref reader, context);

    /// <summary>
    /// An array of entries; nil gives an empty array. Nil elements (which Redis before 7.0 sent
    /// for claimed entries that no longer existed) are left out rather than given as entries without an id.
    /// </summary>
    public static StreamEntry[] ReadEntries(ref RespReader reader, in ReplyContext context)
    {
        var count = reader.ReadAggregateHeader(out _);
        if (count <= 0)
        {
            return [];
        }

        var entries = new StreamEntry[count];
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            if (!reader.TryReadNull())
            {
                entries[kept++] = ReadEntry(ref reader, context);
            }
        }

        if (kept < count)
        {
            Array.Resize(ref entries, kept);
        }

        return entries;
    }

    /// <summary>
    /// Opens one key-value pair of a reply that is a RESP3 map (<paramref name="kind"/>) or a RESP2
    /// array of two-element arrays: under RESP2 reads and checks the pair's header; a map has none.
    /// </summary>
    public static void OpenPair(ref RespReader reader, RespType kind, string what, string parts)
    {
        if (kind == RespType.Map)
        {
            return;
        }

        var length = reader.ReadAggregateHeader(out _);
        if (length != 2)
        {
            throw new RedisProtocolException($"Each {what} must have two elements, {parts}, not {length}.");
        }
    }

    /// <summary>A time in milliseconds, as XPENDING and XINFO report idle times.</summary>
    public static TimeSpan ReadMilliseconds(ref RespReader reader) => TimeSpan.FromMilliseconds(reader.ReadInt64());

    /// <summary>An integer that may be nil (XINFO GROUPS' entries-read and lag).</summary>
    public static long? ReadNullableInt64(ref RespReader reader) => reader.TryReadNull() ? null : reader.ReadInt64();
}

/// <summary>How the claimed items of XAUTOCLAIM are read: whole entries, or ids with JUSTID.</summary>
internal interface IStreamItems<T>
{
    T[] Read(ref RespReader reader, in ReplyContext context);
}

/// <summary>Whole entries.</summary>
internal readonly struct StreamEntryItems : IStreamItems<StreamEntry>
{
    public StreamEntry[] Read(ref RespReader reader, in ReplyContext context) => StreamReplies.ReadEntries(ref reader, context);
}

/// <summary>Entry ids alone (JUSTID).</summary>
internal readonly struct StreamIdItems : IStreamItems<string>
{
    public string[] Read(ref RespReader reader, in ReplyContext context) => default(StringArrayParser).Parse(ref reader, context);
}

/// <summary>XRANGE, XREVRANGE and XCLAIM: an array of entries.</summary>
internal readonly struct StreamEntryArrayParser : IReplyParser<StreamEntry[]>
{
    public StreamEntry[] Parse(ref RespReader reader, in ReplyContext context) => StreamReplies.ReadEntries(ref reader, context);
}

/// <summary>
/// XREAD and XREADGROUP: per stream, its key and entries; a RESP3 map or a RESP2 array of pairs.
/// Nil (a BLOCK that timed out) gives an empty array.
/// </summary>
internal readonly struct StreamReadParser : IReplyParser<StreamReadResult[]>
{
    public StreamReadResult[] Parse(ref RespReader reader, in ReplyContext context)
    {
        var count = reader.ReadAggregateHeader(out var kind);
        if (count <= 0)
        {
            return [];
        }

        var result = new StreamReadResult[count];
        for (var i = 0; i < count; i++)
        {
            StreamReplies.OpenPair(ref reader, kind, "stream of an XREAD reply", "its key and its entries");

            var key = reader.ReadString(context.Encoding) ?? string.Empty;
            result[i] = new StreamReadResult(key, StreamReplies.ReadEntries(ref reader, context));
        }

        return result;
    }
}

/// <summary>
/// XAUTOCLAIM: the next start id, the claimed entries (or ids), and from Redis 7.0 on the ids of
/// pending entries that no longer exist.
/// </summary>
internal readonly struct StreamAutoClaimParser<T, TItems> : IReplyParser<StreamAutoClaimResult<T>>
    where TItems : struct, IStreamItems<T>
{
    public StreamAutoClaimResult<T> Parse(ref RespReader reader, in ReplyContext context)
    {
        var count = reader.ReadAggregateHeader(out _);
        if (count is not (2 or 3))
        {
            throw new RedisProtocolException($"An XAUTOCLAIM reply must have two or three elements, not {count}.");
        }

        var next = reader.ReadString(context.Encoding) ?? string.Empty;
        var claimed = default(TItems).Read(ref reader, context);
        var deleted = count == 3 ? default(StringArrayParser).Parse(ref reader, context) : [];
        return new StreamAutoClaimResult<T>(next, claimed, deleted);
    }
}

/// <summary>
/// XPENDING's summary: <c>[count, min, max, [[consumer, count], ...]]</c>, with nil ids and consumers
/// when nothing is pending; each consumer's count is text under both protocols.
/// </summary>
internal readonly struct StreamPendingSummaryParser : IReplyParser<StreamPendingSummary>
{
    public StreamPendingSummary Parse(ref RespReader reader, in ReplyContext context)
    {
        var count = reader.ReadAggregateHeader(out _);
        if (count != 4)
        {
            throw new RedisProtocolException($"An XPENDING summary must have four elements, not {count}.");
        }

        var pending = reader.ReadInt64();
        var min = reader.ReadString(context.Encoding);
        var max = reader.ReadString(context.Encoding);
        var consumerCount = reader.ReadAggregateHeader(out var kind);
        var consumers = consumerCount <= 0 ? [] : new StreamPendingConsumer[consumerCount];
        for (var i = 0; i < consumerCount; i++)
        {
            StreamReplies.OpenPair(ref reader, kind, "consumer of an XPENDING summary", "its name and its count");

            var name = reader.ReadString(context.Encoding) ?? string.Empty;
            consumers[i] = new StreamPendingConsumer(name, reader.ReadInt64());
        }

        return new StreamPendingSummary(pending, min, max, consumers);
    }
}

/// <summary>XPENDING's extended form: per entry <c>[id, consumer, idle milliseconds, delivery count]</c>.</summary>
internal readonly struct StreamPendingEntryArrayParser : IReplyParser<StreamPendingEntry[]>, IElementReader<StreamPendingEntry>
{
    public StreamPendingEntry[] Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<StreamPendingEntry, StreamPendingEntryArrayParser>(ref reader, context);

    public StreamPendingEntry ReadElement(ref RespReader reader, in ReplyContext context)
    {
        var length = reader.ReadAggregateHeader(out _);
        if (length != 4)
        {
            throw new RedisProtocolException($"Each XPENDING entry must have four elements, not {length}.");
        }

        var id = reader.ReadString(context.Encoding) ?? string.Empty;
        var consumer = reader.ReadString(context.Encoding) ?? string.Empty;
        var idle = StreamReplies.ReadMilliseconds(ref reader);
        return new StreamPendingEntry(id, consumer, idle, reader.ReadInt64());
    }
}

/// <summary>XINFO STREAM: named fields, read by name so that fields added by later servers are skipped.</summary>
internal readonly struct StreamInfoParser : IReplyParser<StreamInfo>
{
    public StreamInfo Parse(ref RespReader reader, in ReplyContext context)
    {
        long length = 0, radixTreeKeys = 0, radixTreeNodes = 0, groups = 0;
        long? entriesAdded = null;
        string lastGeneratedId = string.Empty;
        string? maxDeletedEntryId = null, recordedFirstEntryId = null;
        StreamEntry? firstEntry = null, lastEntry = null;
        var fields = NamedFields.Open(ref reader);
        while (fields.MoveNext(ref reader))
        {
            switch (fields.Name)
            {
                case "length":
                    length = reader.ReadInt64();
                    break;
                case "radix-tree-keys":
                    radixTreeKeys = reader.ReadInt64();
                    break;
                case "radix-tree-nodes":
                    radixTreeNodes = reader.ReadInt64();
                    break;
                case "groups":
                    groups = reader.ReadInt64();
                    break;
                case "last-generated-id":
                    lastGeneratedId = reader.ReadString(context.Encoding) ?? string.Empty;
                    break;
                case "max-deleted-entry-id":
                    maxDeletedEntryId = reader.ReadString(context.Encoding);
                    break;
                case "entries-added":
                    entriesAdded = StreamReplies.ReadNullableInt64(ref reader);
                    break;
                case "recorded-first-entry-id":
                    recordedFirstEntryId = reader.ReadString(context.Encoding);
                    break;
                case "first-entry":
                    firstEntry = StreamReplies.ReadEntryOrNull(ref reader, context);
                    break;
                case "last-entry":
                    lastEntry = StreamReplies.ReadEntryOrNull(ref reader, context);
                    break;
            }
        }

        return new StreamInfo(length, radixTreeKeys, radixTreeNodes, groups, lastGeneratedId, maxDeletedEntryId, entriesAdded, recordedFirstEntryId,
            firstEntry, lastEntry);
    }
}

/// <summary>XINFO GROUPS: one set of named fields per group.</summary>
internal readonly struct StreamGroupInfoArrayParser : IReplyParser<StreamGroupInfo[]>, IElementReader<StreamGroupInfo>
{
    public StreamGroupInfo[] Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<StreamGroupInfo, StreamGroupInfoArrayParser>(ref reader, context);

    public StreamGroupInfo ReadElement(ref RespReader reader, in ReplyContext context)
    {
        string name = string.Empty, lastDeliveredId = string.Empty;
        long consumers = 0, pending = 0;
        long? entriesRead = null, lag = null;
        var fields = NamedFields.Open(ref reader);
        while (fields.MoveNext(ref reader))
        {
            switch (fields.Name)
            {
                case "name":
                    name = reader.ReadString(context.Encoding) ?? string.Empty;
                    break;
                case "consumers":
                    consumers = reader.ReadInt64();
                    break;
                case "pending":
                    pending = reader.ReadInt64();
                    break;
                case "last-delivered-id":
                    lastDeliveredId = reader.ReadString(context.Encoding) ?? string.Empty;
                    break;
                case "entries-read":
                    entriesRead = StreamReplies.ReadNullableInt64(ref reader);
                    break;
                case "lag":
                    lag = StreamReplies.ReadNullableInt64(ref reader);
                    break;
            }
        }

        return new StreamGroupInfo(name, consumers, pending, lastDeliveredId, entriesRead, lag);
    }
}

/// <summary>XINFO CONSUMERS: one set of named fields per consumer; times are milliseconds, -1 for "never".</summary>
internal readonly struct StreamConsumerInfoArrayParser : IReplyParser<StreamConsumerInfo[]>, IElementReader<StreamConsumerInfo>
{
    public StreamConsumerInfo[] Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<StreamConsumerInfo, StreamConsumerInfoArrayParser>(ref reader, context);

    public StreamConsumerInfo ReadElement(ref RespReader reader, in ReplyContext context)
    {
        var name = string.Empty;
        long pending = 0;
        var idle = TimeSpan.Zero;
        TimeSpan? inactive = null;
        var fields = NamedFields.Open(ref reader);
        while (fields.MoveNext(ref reader))
        {
            switch (fields.Name)
            {
                case "name":
                    name = reader.ReadString(context.Encoding) ?? string.Empty;
                    break;
                case "pending":
                    pending = reader.ReadInt64();
                    break;
                case "idle":
                    idle = StreamReplies.ReadMilliseconds(ref reader);
                    break;
                case "inactive":
                    var milliseconds = reader.ReadInt64();
                    inactive = milliseconds < 0 ? null : TimeSpan.FromMilliseconds(milliseconds);
                    break;
            }
        }

        return new StreamConsumerInfo(name, pending, idle, inactive);
    }
}
