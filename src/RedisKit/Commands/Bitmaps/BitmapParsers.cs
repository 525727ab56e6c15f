using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>An array of integers in which nil elements stay null (BITFIELD, whose INCRBY gives nil on OVERFLOW FAIL).</summary>
internal readonly struct NullableInt64ArrayParser : IReplyParser<long?[]>, IElementReader<long?>
{
    public long?[] Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<long?, NullableInt64ArrayParser>(ref reader, context);

    public long? ReadElement(ref RespReader reader, in ReplyContext context) => reader.TryReadNull() ? null : reader.ReadInt64();
}
