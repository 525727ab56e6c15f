using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>An array of integers in which nil elements stay null (BITFIELD, whose INCRBY gives nil on OVERFLOW FAIL).</summary>
internal readonly struct NullableInt64ArrayParser : IReplyParser<long?[]>
{
    public long?[] Parse(ref RespReader reader, in ReplyContext context)
    {
        var count = reader.ReadAggregateHeader(out _);
        if (count <= 0)
        {
            return [];
        }

        var result = new long?[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = reader.TryReadNull() ? null : reader.ReadInt64();
        }

        return result;
    }
}
