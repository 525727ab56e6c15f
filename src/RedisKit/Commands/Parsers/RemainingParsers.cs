using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>
/// LCS ... IDX: a map (RESP2: flat array) with <c>matches</c>, each an array of two ranges and,
/// with WITHMATCHLEN, a length, and <c>len</c>.
/// </summary>
internal readonly struct LcsIdxParser : IReplyParser<LcsResult>
{
    public LcsResult Parse(ref RespReader reader, in ReplyContext context)
    {
        LcsMatch[] matches = [];
        long length = 0;
        var fields = NamedFields.Open(ref reader);
        while (fields.MoveNext(ref reader))
        {
            switch (fields.Name)
            {
                case "matches":
                    matches = ReadMatches(ref reader, context);
                    break;
                case "len":
                    length = reader.ReadInt64();
                    break;
            }
        }

        return new LcsResult(matches, length);
    }

    private static LcsMatch[] ReadMatches(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<LcsMatch, MatchReader>(ref reader, context);

    private readonly struct MatchReader : IElementReader<LcsMatch>
    {
        public LcsMatch ReadElement(ref RespReader reader, in ReplyContext context)
        {
            var fields = reader.ReadAggregateHeader(out _);
            if (fields < 2)
            {
                throw new RedisProtocolException($"An LCS match needs two ranges, not {fields} elements.");
            }

            var (firstStart, firstEnd) = ReadRange(ref reader);
            var (secondStart, secondEnd) = ReadRange(ref reader);
            long? length = fields > 2 ? reader.ReadInt64() : null;
            for (var extra = 3; extra < fields; extra++)
            {
                reader.Skip();
            }

            return new LcsMatch(firstStart, firstEnd, secondStart, secondEnd, length);
        }
    }

    private static (long Start, long End) ReadRange(ref RespReader reader)
    {
        if (reader.ReadAggregateHeader(out _) != 2)
        {
            throw new RedisProtocolException("An LCS range must have two elements.");
        }

        return (reader.ReadInt64(), reader.ReadInt64());
    }
}

/// <summary>
/// Field-value pairs in order (HRANDFIELD ... WITHVALUES): a flat array under RESP2, an array of
/// two-element arrays under RESP3; duplicates are kept.
/// </summary>
internal readonly struct StringPairArrayParser : IReplyParser<KeyValuePair<string, string>[]>
{
    public KeyValuePair<string, string>[] Parse(ref RespReader reader, in ReplyContext context)
    {
        var count = reader.ReadAggregateHeader(out var kind);
        if (count <= 0)
        {
            return [];
        }

        var nested = kind != RespType.Map && reader.PeekType() is RespType.Array;
        var pairs = kind == RespType.Map || nested ? count : count / 2;
        if (!nested && kind != RespType.Map && count % 2 != 0)
        {
            throw new RedisProtocolException("A flat list of pairs must have an even number of elements.");
        }

        var result = new KeyValuePair<string, string>[pairs];
        for (var i = 0; i < pairs; i++)
        {
            if (nested && reader.ReadAggregateHeader(out _) != 2)
            {
                throw new RedisProtocolException("Each pair of the reply must have two elements.");
            }

            var field = ReplyShapes.Text(ref reader, context.Encoding);
            result[i] = new(field, ReplyShapes.Text(ref reader, context.Encoding));
        }

        return result;
    }
}

/// <summary>COMMAND GETKEYSANDFLAGS: per key an array of the key and its flags (RESP3: a set).</summary>
internal readonly struct CommandKeyFlagsParser : IReplyParser<CommandKeyFlags[]>, IElementReader<CommandKeyFlags>
{
    public CommandKeyFlags[] Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<CommandKeyFlags, CommandKeyFlagsParser>(ref reader, context);

    public CommandKeyFlags ReadElement(ref RespReader reader, in ReplyContext context)
    {
        var fields = reader.ReadAggregateHeader(out _);
        if (fields < 2)
        {
            throw new RedisProtocolException($"A COMMAND GETKEYSANDFLAGS entry needs a key and its flags, not {fields} elements.");
        }

        var key = ReplyShapes.Text(ref reader, context.Encoding);
        var flags = new CommandKeyFlags(key, ReplyShapes.Strings(ref reader, context.Encoding));
        for (var extra = 2; extra < fields; extra++)
        {
            reader.Skip();
        }

        return flags;
    }
}

/// <summary>
/// LATENCY HISTOGRAM: a map (RESP2: flat array) from command name to a map of <c>calls</c> and
/// <c>histogram_usec</c>, itself a map from bucket to cumulative count.
/// </summary>
internal readonly struct LatencyHistogramParser : IReplyParser<Dictionary<string, LatencyHistogram>>
{
    public Dictionary<string, LatencyHistogram> Parse(ref RespReader reader, in ReplyContext context)
    {
        var commands = StringDictionaryParser.ReadPairCount(ref reader);
        var result = new Dictionary<string, LatencyHistogram>(commands, StringComparer.Ordinal);
        for (var i = 0; i < commands; i++)
        {
            var name = ReplyShapes.Text(ref reader, context.Encoding);
            long calls = 0;
            var buckets = new Dictionary<long, long>();
            var fields = NamedFields.Open(ref reader);
            while (fields.MoveNext(ref reader))
            {
                switch (fields.Name)
                {
                    case "calls":
                        calls = reader.ReadInt64();
                        break;
                    case "histogram_usec":
                        var entries = StringDictionaryParser.ReadPairCount(ref reader);
                        for (var b = 0; b < entries; b++)
                        {
                            var bucket = reader.ReadInt64();
                            buckets[bucket] = reader.ReadInt64();
                        }

                        break;
                }
            }

            result[name] = new LatencyHistogram(calls, buckets);
        }

        return result;
    }
}

/// <summary>MODULE LIST: per module a map (RESP2: flat array) of name, ver, path and args.</summary>
internal readonly struct ModuleListParser : IReplyParser<RedisModuleInfo[]>, IElementReader<RedisModuleInfo>
{
    public RedisModuleInfo[] Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<RedisModuleInfo, ModuleListParser>(ref reader, context);

    public RedisModuleInfo ReadElement(ref RespReader reader, in ReplyContext context)
    {
        string name = string.Empty, path = string.Empty;
        long version = 0;
        string[] arguments = [];
        var fields = NamedFields.Open(ref reader);
        while (fields.MoveNext(ref reader))
        {
            switch (fields.Name)
            {
                case "name":
                    name = ReplyShapes.Text(ref reader, context.Encoding);
                    break;
                case "ver":
                    version = reader.ReadInt64();
                    break;
                case "path":
                    path = ReplyShapes.Text(ref reader, context.Encoding);
                    break;
                case "args":
                    arguments = ReplyShapes.Strings(ref reader, context.Encoding);
                    break;
            }
        }

        return new RedisModuleInfo(name, version, path, arguments);
    }
}

/// <summary>MIGRATE: OK when keys were moved, NOKEY when none of them existed.</summary>
internal readonly struct MigrateParser : IReplyParser<bool>
{
    public bool Parse(ref RespReader reader, in ReplyContext context) =>
        !string.Equals(ReplyShapes.Text(ref reader, context.Encoding), "NOKEY", StringComparison.Ordinal);
}
