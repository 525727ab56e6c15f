using System.Buffers;
using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>A string reply decoded with the configured encoding; nil gives null.</summary>
internal readonly struct StringParser : IReplyParser<string?>
{
    public string? Parse(ref RespReader reader, in ReplyContext context) => reader.ReadString(context.Encoding);
}

/// <summary>A string reply that Redis never sends as nil (SCRIPT LOAD's SHA, FUNCTION LOAD's library name).</summary>
internal readonly struct RequiredStringParser : IReplyParser<string>
{
    public string Parse(ref RespReader reader, in ReplyContext context) =>
        reader.ReadString(context.Encoding) ?? throw new RedisProtocolException("Expected a string but the reply is nil.");
}

/// <summary>A string reply where nil means empty (GETRANGE).</summary>
internal readonly struct StringOrEmptyParser : IReplyParser<string>
{
    public string Parse(ref RespReader reader, in ReplyContext context) => reader.ReadString(context.Encoding) ?? string.Empty;
}

/// <summary>A binary reply that Redis never sends as nil (FUNCTION DUMP's payload).</summary>
internal readonly struct RequiredBytesParser : IReplyParser<byte[]>
{
    public byte[] Parse(ref RespReader reader, in ReplyContext context) =>
        reader.ReadBytes() ?? throw new RedisProtocolException("Expected a string but the reply is nil.");
}

/// <summary>A string reply as bytes; nil gives null.</summary>
internal readonly struct BytesParser : IReplyParser<byte[]?>
{
    public byte[]? Parse(ref RespReader reader, in ReplyContext context) => reader.ReadBytes();
}

/// <summary>A string reply copied straight from the receive buffer into a caller's buffer; false for nil.</summary>
internal readonly struct CopyToParser(IBufferWriter<byte> destination) : IReplyParser<bool>
{
    public bool Parse(ref RespReader reader, in ReplyContext context) => reader.TryCopyTo(destination);
}

/// <summary>An integer reply.</summary>
internal readonly struct Int64Parser : IReplyParser<long>
{
    public long Parse(ref RespReader reader, in ReplyContext context) => reader.ReadInt64();
}

/// <summary>An integer reply that may be nil.</summary>
internal readonly struct NullableInt64Parser : IReplyParser<long?>
{
    public long? Parse(ref RespReader reader, in ReplyContext context) => reader.TryReadNull() ? null : reader.ReadInt64();
}

/// <summary>A floating-point reply (a RESP3 double or a RESP2 string).</summary>
internal readonly struct DoubleParser : IReplyParser<double>
{
    public double Parse(ref RespReader reader, in ReplyContext context) => reader.ReadDouble();
}

/// <summary>A boolean: RESP3 booleans, integers 1/0 and OK.</summary>
internal readonly struct BooleanParser : IReplyParser<bool>
{
    public bool Parse(ref RespReader reader, in ReplyContext context) => reader.ReadBoolean();
}

/// <summary>True for any non-nil reply (OK), false for nil, as SET NX/XX answers.</summary>
internal readonly struct NotNullParser : IReplyParser<bool>
{
    public bool Parse(ref RespReader reader, in ReplyContext context)
    {
        if (reader.TryReadNull())
        {
            return false;
        }

        reader.Skip();
        return true;
    }
}

/// <summary>Any reply, untyped: text or bytes per DecodeResponses, numbers, arrays, dictionaries.</summary>
internal readonly struct ObjectParser : IReplyParser<object?>
{
    public object? Parse(ref RespReader reader, in ReplyContext context) => reader.ReadObject(context.DecodeResponses, context.Encoding);
}
