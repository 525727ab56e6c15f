using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>A number that may be nil (ZSCORE, ZADD INCR, GEODIST): a RESP3 double or a RESP2 bulk string.</summary>
internal readonly struct NullableDoubleParser : IReplyParser<double?>
{
    public double? Parse(ref RespReader reader, in ReplyContext context) => reader.TryReadNull() ? null : reader.ReadDouble();
}

/// <summary>An array of numbers in which nil elements stay null (ZMSCORE).</summary>
internal readonly struct NullableDoubleArrayParser : IReplyParser<double?[]>, IElementReader<double?>
{
    public double?[] Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<double?, NullableDoubleArrayParser>(ref reader, context);

    public double? ReadElement(ref RespReader reader, in ReplyContext context) => reader.TryReadNull() ? null : reader.ReadDouble();
}

/// <summary>
/// Members with scores (the WITHSCORES forms, ZPOPMIN/ZPOPMAX, ZRANDMEMBER WITHSCORES). RESP2 lays
/// them out flat with scores as text; RESP3 nests each pair with a double, except where Redis
/// still answers flat (ZPOPMIN without a count): the layout is read from the reply, not assumed
/// from the protocol, so both give the same array.
/// </summary>
internal readonly struct ScoredMemberArrayParser : IReplyParser<ScoredMember[]>
{
    public ScoredMember[] Parse(ref RespReader reader, in ReplyContext context) => Read(ref reader, context);

    internal static ScoredMember[] Read(ref RespReader reader, in ReplyContext context)
    {
        var count = reader.ReadAggregateHeader(out var kind);
        if (count <= 0)
        {
            return [];
        }

        if (kind == RespType.Map)
        {
            var fromMap = new ScoredMember[count];
            for (var i = 0; i < count; i++)
            {
                fromMap[i] = ReadPair(ref reader, context);
            }

            return fromMap;
        }

        if (reader.PeekType() is RespType.Array)
        {
            var nested = new ScoredMember[count];
            for (var i = 0; i < count; i++)
            {
                if (reader.ReadAggregateHeader(out _) != 2)
                {
                    throw new RedisProtocolException("Each member-score pair of the reply must have two elements.");
                }

                nested[i] = ReadPair(ref reader, context);
            }

            return nested;
        }

        if (count % 2 != 0)
        {
            throw new RedisProtocolException($"Expected member-score pairs but the reply has an odd number of elements ({count}).");
        }

        var flat = new ScoredMember[count / 2];
        for (var i = 0; i < flat.Length; i++)
        {
            flat[i] = ReadPair(ref reader, context);
        }

        return flat;
    }

    private static ScoredMember ReadPair(ref RespReader reader, in ReplyContext context)
    {
        var member = reader.ReadString(context.Encoding) ?? string.Empty;
        return new ScoredMember(member, reader.ReadDouble());
    }
}

/// <summary>ZSCAN's items: member-score pairs laid out flat, scores as text under both protocols.</summary>
internal readonly struct ScoredMemberScanItems : IScanItems<ScoredMember>
{
    public ScoredMember[] Read(ref RespReader reader, in ReplyContext context) => ScoredMemberArrayParser.Read(ref reader, context);
}

/// <summary>ZMPOP: nil when every set is empty, else the key and its popped members with scores.</summary>
internal readonly struct SortedSetPopParser : IReplyParser<SortedSetPopResult?>
{
    public SortedSetPopResult? Parse(ref RespReader reader, in ReplyContext context)
    {
        var count = reader.ReadAggregateHeader(out _);
        if (count < 0)
        {
            return null;
        }

        if (count != 2)
        {
            throw new RedisProtocolException($"A ZMPOP reply must have two elements, the key and the members, not {count}.");
        }

        var key = reader.ReadString(context.Encoding) ?? string.Empty;
        return new SortedSetPopResult(key, ScoredMemberArrayParser.Read(ref reader, context));
    }
}

/// <summary>
/// BZPOPMIN and BZPOPMAX: the key, the member and its score (text under RESP2, a double under
/// RESP3), or nil when the wait timed out (a RESP2 nil array or a RESP3 null alike).
/// </summary>
internal readonly struct KeyedScoredMemberParser : IReplyParser<KeyedScoredMember?>
{
    public KeyedScoredMember? Parse(ref RespReader reader, in ReplyContext context)
    {
        var count = reader.ReadAggregateHeader(out _);
        if (count < 0)
        {
            return null;
        }

        if (count != 3)
        {
            throw new RedisProtocolException($"A blocking sorted set pop reply must have three elements, the key, the member and the score, not {count}.");
        }

        var key = reader.ReadString(context.Encoding) ?? string.Empty;
        var member = reader.ReadString(context.Encoding) ?? string.Empty;
        return new KeyedScoredMember(key, member, reader.ReadDouble());
    }
}
