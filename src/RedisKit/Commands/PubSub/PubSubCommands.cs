using RedisKit.Commands.Parsers;
using RedisKit.Protocol;

namespace RedisKit.Commands;

/// <summary>Definitions of the pub/sub commands.</summary>
internal static class PubSubCommands
{
    /// <summary>SUBSCRIBE and kin; their confirmations arrive as frames for the subscriber, not as replies.</summary>
    public static Command<ArgList, bool, PongParser> Subscription(CommandInfo command, IReadOnlyCollection<string> channels)
    {
        var args = new ArgListBuilder(channels.Count);
        foreach (var channel in channels)
        {
            args.Add(Check.Value(channel, nameof(channels)));
        }

        return new(command, args.Build(), default);
    }

    public static Command<Args2, long, Int64Parser> Publish(string channel, RedisValue message) =>
        new(Cmd.Publish, new Args2(Check.Value(channel, nameof(channel)), Check.Value(message, nameof(message))), default);

    public static Command<Args2, long, Int64Parser> SPublish(string shardChannel, RedisValue message) =>
        new(Cmd.SPublish, new Args2(Check.Value(shardChannel, nameof(shardChannel)), Check.Value(message, nameof(message))), default);

    public static Command<ArgList, string[], StringArrayParser> Channels(CommandInfo command, string? pattern)
    {
        var args = new ArgListBuilder(1);
        if (pattern is not null)
        {
            args.Add(pattern);
        }

        return new(command, args.Build(), default);
    }

    public static Command<ArgList, Dictionary<string, long>, CountsParser> NumSub(CommandInfo command, IEnumerable<string> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var args = new ArgListBuilder(4);
        foreach (var channel in channels)
        {
            args.Add(Check.Value(channel, nameof(channels)));
        }

        return new(command, args.Build(), default);
    }

    public static Command<NoArgs, long, Int64Parser> NumPat() => new(Cmd.PubSubNumPat, default, default);
}

/// <summary>Name-count pairs (PUBSUB NUMSUB): a flat array under RESP2, a map or flat array under RESP3.</summary>
internal readonly struct CountsParser : IReplyParser<Dictionary<string, long>>
{
    public Dictionary<string, long> Parse(ref RespReader reader, in ReplyContext context)
    {
        var pairs = StringDictionaryParser.ReadPairCount(ref reader);
        var result = new Dictionary<string, long>(pairs, StringComparer.Ordinal);
        for (var i = 0; i < pairs; i++)
        {
            var name = reader.ReadString(context.Encoding) ?? string.Empty;
            result[name] = reader.ReadInt64();
        }

        return result;
    }
}
