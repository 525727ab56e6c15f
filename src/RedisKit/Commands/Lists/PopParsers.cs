using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>How one element of a reply is read when the same reply shape is offered as text and as bytes.</summary>
internal interface IValueReader<T>
{
    T Read(ref RespReader reader, in ReplyContext context);
}

/// <summary>An element as text, decoded with the configured encoding.</summary>
internal readonly struct TextValue : IValueReader<string>
{
    public string Read(ref RespReader reader, in ReplyContext context) => reader.ReadString(context.Encoding) ?? string.Empty;
}

/// <summary>An element as bytes.</summary>
internal readonly struct BytesValue : IValueReader<byte[]>
{
    public byte[] Read(ref RespReader reader, in ReplyContext context) => reader.ReadBytes() ?? [];
}

/// <summary>
/// BLPOP and BRPOP: a two-element array of the list's name and the value, or nil when the wait
/// timed out. RESP2 sends a nil array and RESP3 a null; both give null.
/// </summary>
internal readonly struct ListPopParser<T, TValue> : IReplyParser<ListPopResult<T>?>
    where TValue : struct, IValueReader<T>
{
    public ListPopResult<T>? Parse(ref RespReader reader, in ReplyContext context)
    {
        var count = reader.ReadAggregateHeader(out _);
        if (count < 0)
        {
            return null;
        }

        if (count != 2)
        {
            throw new RedisProtocolException($"A list pop reply must have two elements, the key and the value, but has {count}.");
        }

        var key = reader.ReadString(context.Encoding) ?? string.Empty;
        return new ListPopResult<T>(key, default(TValue).Read(ref reader, context));
    }
}

/// <summary>
/// LMPOP and BLMPOP: a two-element array of the list's name and an array of the popped values,
/// or nil when every list was empty (or the wait timed out).
/// </summary>
internal readonly struct ListMultiPopParser<T, TValue> : IReplyParser<ListMultiPopResult<T>?>
    where TValue : struct, IValueReader<T>
{
    public ListMultiPopResult<T>? Parse(ref RespReader reader, in ReplyContext context)
    {
        var count = reader.ReadAggregateHeader(out _);
        if (count < 0)
        {
            return null;
        }

        if (count != 2)
        {
            throw new RedisProtocolException($"A multi-pop reply must have two elements, the key and the values, but has {count}.");
        }

        var key = reader.ReadString(context.Encoding) ?? string.Empty;
        var valueCount = reader.ReadAggregateHeader(out _);
        var values = valueCount <= 0 ? [] : new T[valueCount];
        for (var i = 0; i < valueCount; i++)
        {
            values[i] = default(TValue).Read(ref reader, context);
        }

        return new ListMultiPopResult<T>(key, values);
    }
}
