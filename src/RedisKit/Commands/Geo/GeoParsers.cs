using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>GEOPOS: one longitude-latitude pair per member, nil for a missing member; coordinates are text under RESP2 and may be doubles under RESP3.</summary>
internal readonly struct GeoPositionArrayParser : IReplyParser<GeoPosition?[]>, IElementReader<GeoPosition?>
{
    public GeoPosition?[] Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<GeoPosition?, GeoPositionArrayParser>(ref reader, context);

    public GeoPosition? ReadElement(ref RespReader reader, in ReplyContext context) => reader.TryReadNull() ? null : ReadPosition(ref reader);

    internal static GeoPosition ReadPosition(ref RespReader reader)
    {
        if (reader.ReadAggregateHeader(out _) != 2)
        {
            throw new RedisProtocolException("A position must have two elements: longitude and latitude.");
        }

        var longitude = reader.ReadDouble();
        return new GeoPosition(longitude, reader.ReadDouble());
    }
}

/// <summary>
/// GEOSEARCH: plain member names, or per member an array of the member followed by what was asked,
/// always in Redis' order: distance, hash, coordinates. The flags say which of them are present.
/// </summary>
internal readonly struct GeoSearchParser(bool withCoord, bool withDist, bool withHash) : IReplyParser<GeoSearchResult[]>, IElementReader<GeoSearchResult>
{
    public GeoSearchResult[] Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<GeoSearchResult, GeoSearchParser>(ref reader, context, this);

    public GeoSearchResult ReadElement(ref RespReader reader, in ReplyContext context)
    {
        if (reader.PeekType() is not RespType.Array)
        {
            return new GeoSearchResult(reader.ReadString(context.Encoding) ?? string.Empty);
        }

        var expected = 1 + (withDist ? 1 : 0) + (withHash ? 1 : 0) + (withCoord ? 1 : 0);
        var length = reader.ReadAggregateHeader(out _);
        if (length != expected)
        {
            throw new RedisProtocolException($"A GEOSEARCH match has {length} elements where {expected} were asked for.");
        }

        var member = reader.ReadString(context.Encoding) ?? string.Empty;
        double? distance = withDist ? reader.ReadDouble() : null;
        long? hash = withHash ? reader.ReadInt64() : null;
        GeoPosition? position = withCoord ? GeoPositionArrayParser.ReadPosition(ref reader) : null;
        return new GeoSearchResult(member, distance, hash, position);
    }
}
