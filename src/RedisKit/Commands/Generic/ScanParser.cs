using System.Globalization;
using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>How the items of one SCAN-family page are read.</summary>
internal interface IScanItems<T>
{
    T[] Read(ref RespReader reader, in ReplyContext context);
}

/// <summary>SCAN's and SSCAN's items: one string each.</summary>
internal readonly struct KeyScanItems : IScanItems<string>
{
    public string[] Read(ref RespReader reader, in ReplyContext context) => default(StringArrayParser).Parse(ref reader, context);
}

/// <summary>HSCAN's items: field-value pairs laid out flat.</summary>
internal readonly struct PairScanItems : IScanItems<KeyValuePair<string, string>>
{
    public KeyValuePair<string, string>[] Read(ref RespReader reader, in ReplyContext context)
    {
        var pairs = StringDictionaryParser.ReadPairCount(ref reader);
        var items = new KeyValuePair<string, string>[pairs];
        for (var i = 0; i < pairs; i++)
        {
            var field = reader.ReadString(context.Encoding) ?? string.Empty;
            items[i] = new(field, reader.ReadString(context.Encoding) ?? string.Empty);
        }

        return items;
    }
}

/// <summary>A SCAN-family page: the next cursor and the items.</summary>
internal readonly struct ScanParser<T, TItems> : IReplyParser<ScanResult<T>>
    where TItems : struct, IScanItems<T>
{
    public ScanResult<T> Parse(ref RespReader reader, in ReplyContext context)
    {
        if (reader.ReadAggregateHeader(out _) != 2)
        {
            throw new RedisProtocolException("A SCAN reply must have two elements: the cursor and the items.");
        }

        var cursorText = reader.ReadString(context.Encoding);
        if (!ulong.TryParse(cursorText, NumberStyles.None, CultureInfo.InvariantCulture, out var cursor))
        {
            throw new RedisProtocolException($"The SCAN cursor '{cursorText}' is not a number.");
        }

        return new ScanResult<T>(cursor, default(TItems).Read(ref reader, context));
    }
}
