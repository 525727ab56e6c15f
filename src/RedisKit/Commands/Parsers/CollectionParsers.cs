using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>An array of strings in which nil elements stay null (MGET, HMGET).</summary>
internal readonly struct NullableStringArrayParser : IReplyParser<string?[]>, IElementReader<string?>
{
    public string?[] Parse(ref RespReader reader, in ReplyContext context) =>
        ReplyShapes.Array<string?, NullableStringArrayParser>(ref reader, context);

    public string? ReadElement(ref RespReader reader, in ReplyContext context) => reader.ReadString(context.Encoding);
}

/// <summary>An array or set of strings with no nil elements (KEYS, HKEYS, HVALS); nil gives an empty array.</summary>
internal readonly struct StringArrayParser : IReplyParser<string[]>
{
    public string[] Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.Strings(ref reader, context.Encoding);
}

/// <summary>
/// Field-value pairs as a dictionary: a RESP3 map, or a RESP2 flat array of alternating fields and
/// values, so HGETALL and CONFIG GET look the same under both protocols.
/// </summary>
internal readonly struct StringDictionaryParser : IReplyParser<Dictionary<string, string>>
{
    public Dictionary<string, string> Parse(ref RespReader reader, in ReplyContext context)
    {
        var pairs = ReadPairCount(ref reader);
        var result = new Dictionary<string, string>(pairs, StringComparer.Ordinal);
        for (var i = 0; i < pairs; i++)
        {
            var field = reader.ReadString(context.Encoding) ?? string.Empty;
            result[field] = reader.ReadString(context.Encoding) ?? string.Empty;
        }

        return result;
    }

    /// <summary>Reads a map or flat-array header and returns the number of pairs that follow.</summary>
    internal static int ReadPairCount(ref RespReader reader)
    {
        var count = reader.ReadAggregateHeader(out var kind);
        if (count <= 0)
        {
            return 0;
        }

        if (kind == RespType.Map)
        {
            return count;
        }

        if (count % 2 != 0)
        {
            throw new RedisProtocolException($"Expected field-value pairs but the reply has an odd number of elements ({count}).");
        }

        return count / 2;
    }
}

/// <summary>An array of integers read as booleans (SCRIPT EXISTS, SMISMEMBER).</summary>
internal readonly struct BooleanArrayParser : IReplyParser<bool[]>, IElementReader<bool>
{
    public bool[] Parse(ref RespReader reader, in ReplyContext context) =>
        ReplyShapes.Array<bool, BooleanArrayParser>(ref reader, context);

    public bool ReadElement(ref RespReader reader, in ReplyContext context) => reader.ReadBoolean();
}

/// <summary>
/// An array of strings, or null for a nil reply: LPOP and RPOP with a count answer nil, not an
/// empty array, when the list does not exist (a RESP2 nil array or a RESP3 null alike).
/// </summary>
internal readonly struct StringArrayOrNullParser : IReplyParser<string[]?>
{
    public string[]? Parse(ref RespReader reader, in ReplyContext context)
    {
        var count = reader.ReadAggregateHeader(out _);
        if (count < 0)
        {
            return null;
        }

        var result = count == 0 ? [] : new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = reader.ReadString(context.Encoding) ?? string.Empty;
        }

        return result;
    }
}

/// <summary>An array of integers (LPOS with COUNT); nil gives an empty array.</summary>
internal readonly struct Int64ArrayParser : IReplyParser<long[]>, IElementReader<long>
{
    public long[] Parse(ref RespReader reader, in ReplyContext context) =>
        ReplyShapes.Array<long, Int64ArrayParser>(ref reader, context);

    public long ReadElement(ref RespReader reader, in ReplyContext context) => reader.ReadInt64();
}
