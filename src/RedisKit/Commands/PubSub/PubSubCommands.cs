using RedisKit.Commands.Parsers;
using RedisKit.Protocol;

namespace RedisKit.Commands;

/// <summary>
/// The pub/sub commands. Each definition marked <see cref="RedisCommandAttribute"/> is the command's
/// one hand-written place; SUBSCRIBE and its kin are sent by <see cref="PubSub"/> on its own connection.
/// </summary>
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

    /// <summary>PUBLISH: sends <paramref name="message"/> to <paramref name="channel"/>; returns how many subscribers received it.</summary>
    [RedisCommand]
    public static Command<Args2, long, Int64Parser> Publish(string channel, RedisValue message) =>
        new(Cmd.Publish, new Args2(Check.Value(channel, nameof(channel)), Check.Value(message, nameof(message))), default);

    /// <summary>SPUBLISH: sends <paramref name="message"/> to a sharded channel; returns how many subscribers received it.</summary>
    [RedisCommand]
    public static Command<Args2, long, Int64Parser> SPublish(string shardChannel, RedisValue message) =>
        new(Cmd.SPublish, new Args2(Check.Value(shardChannel, nameof(shardChannel)), Check.Value(message, nameof(message))), default);

    /// <summary>PUBSUB CHANNELS: channels with at least one subscriber, optionally matching a glob pattern.</summary>
    [RedisCommand]
    public static Command<ArgList, string[], StringArrayParser> PubSubChannels(string? pattern = null) => Channels(Cmd.PubSubChannels, pattern);

    /// <summary>PUBSUB SHARDCHANNELS: sharded channels with at least one subscriber, optionally matching a glob pattern.</summary>
    [RedisCommand]
    public static Command<ArgList, string[], StringArrayParser> PubSubShardChannels(string? pattern = null) => Channels(Cmd.PubSubShardChannels, pattern);

    /// <summary>PUBSUB NUMSUB: the subscriber count of each channel.</summary>
    [RedisCommand]
    public static Command<ArgList, Dictionary<string, long>, CountsParser> PubSubNumSub(IEnumerable<string> channels) => NumSub(Cmd.PubSubNumSub, channels);

    /// <summary>PUBSUB SHARDNUMSUB: the subscriber count of each sharded channel.</summary>
    [RedisCommand]
    public static Command<ArgList, Dictionary<string, long>, CountsParser> PubSubShardNumSub(IEnumerable<string> shardChannels) =>
        NumSub(Cmd.PubSubShardNumSub, shardChannels);

    /// <summary>PUBSUB NUMPAT: the number of pattern subscriptions across all clients.</summary>
    [RedisCommand]
    public static Command<NoArgs, long, Int64Parser> PubSubNumPat() => new(Cmd.PubSubNumPat, default, default);

    /// <summary>PUBSUB CHANNELS or SHARDCHANNELS, with an optional glob pattern.</summary>
    internal static Command<ArgList, string[], StringArrayParser> Channels(CommandInfo command, string? pattern)
    {
        var args = new ArgListBuilder(1);
        if (pattern is not null)
        {
            args.Add(pattern);
        }

        return new(command, args.Build(), default);
    }

    /// <summary>PUBSUB NUMSUB or SHARDNUMSUB: the names whose subscribers to count.</summary>
    internal static Command<ArgList, Dictionary<string, long>, CountsParser> NumSub(CommandInfo command, IEnumerable<string> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var args = new ArgListBuilder(4);
        foreach (var channel in channels)
        {
            args.Add(Check.Value(channel, nameof(channels)));
        }

        return new(command, args.Build(), default);
    }
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
