using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>Definitions of the set commands.</summary>
internal static class SetCommands
{
    public static Command<ArgList, long, Int64Parser> SAdd(RedisKey key, IEnumerable<RedisValue> values) =>
        new(Cmd.SAdd, Check.KeyAndValues(key, values, nameof(values)), default);

    public static Command<ArgList, long, Int64Parser> SRem(RedisKey key, IEnumerable<RedisValue> values) =>
        new(Cmd.SRem, Check.KeyAndValues(key, values, nameof(values)), default);

    public static Command<Args1, string[], StringArrayParser> SMembers(RedisKey key) => new(Cmd.SMembers, new Args1(Check.Key(key)), default);

    public static Command<Args2, bool, BooleanParser> SIsMember(RedisKey key, RedisValue value) =>
        new(Cmd.SIsMember, new Args2(Check.Key(key), Check.Value(value)), default);

    public static Command<ArgList, bool[], BooleanArrayParser> SMIsMember(RedisKey key, IEnumerable<RedisValue> values) =>
        new(Cmd.SMIsMember, Check.KeyAndValues(key, values, nameof(values)), default);

    public static Command<Args1, long, Int64Parser> SCard(RedisKey key) => new(Cmd.SCard, new Args1(Check.Key(key)), default);

    public static Command<Args1, string?, StringParser> SPop(RedisKey key) => new(Cmd.SPop, new Args1(Check.Key(key)), default);

    public static Command<Args1, byte[]?, BytesParser> SPopBytes(RedisKey key) => new(Cmd.SPop, new Args1(Check.Key(key)), default);

    public static Command<Args2, string[], StringArrayParser> SPop(RedisKey key, long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new(Cmd.SPop, new Args2(Check.Key(key), count), default);
    }

    public static Command<Args1, string?, StringParser> SRandMember(RedisKey key) => new(Cmd.SRandMember, new Args1(Check.Key(key)), default);

    public static Command<Args1, byte[]?, BytesParser> SRandMemberBytes(RedisKey key) => new(Cmd.SRandMember, new Args1(Check.Key(key)), default);

    // A negative count is meaningful here: that many members, possibly repeated.
    public static Command<Args2, string[], StringArrayParser> SRandMember(RedisKey key, long count) =>
        new(Cmd.SRandMember, new Args2(Check.Key(key), count), default);

    public static Command<Args3, bool, BooleanParser> SMove(RedisKey source, RedisKey destination, RedisValue value) =>
        new(Cmd.SMove, new Args3(Check.Key(source, nameof(source)), Check.Key(destination, nameof(destination)), Check.Value(value)), default);

    public static Command<ArgList, string[], StringArrayParser> Combine(CommandInfo command, IEnumerable<RedisKey> keys) =>
        new(command, Check.Keys(keys, nameof(keys)), default);

    public static Command<ArgList, long, Int64Parser> CombineStore(CommandInfo command, RedisKey destination, IEnumerable<RedisKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var args = new ArgListBuilder(1 + ((keys as ICollection<RedisKey>)?.Count ?? 4));
        args.Add(Check.Key(destination, nameof(destination)));
        foreach (var key in keys)
        {
            args.Add(Check.Key(key, nameof(keys)));
        }

        if (args.Count == 1)
        {
            throw new ArgumentException("At least one source key is needed.", nameof(keys));
        }

        return new(command, args.Build(), default);
    }

    public static Command<ArgList, long, Int64Parser> SInterCard(IEnumerable<RedisKey> keys, long limit)
    {
        ArgumentNullException.ThrowIfNull(keys);

        // LIMIT 0 means "no limit", as in Redis, so it is left out.
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var args = new ArgListBuilder(((keys as ICollection<RedisKey>)?.Count ?? 4) + 3);
        args.Add(0);
        foreach (var key in keys)
        {
            args.Add(Check.Key(key, nameof(keys)));
        }

        if (args.Count == 1)
        {
            throw new ArgumentException("At least one key is needed.", nameof(keys));
        }

        args.Set(0, args.Count - 1);
        if (limit > 0)
        {
            args.Add("LIMIT");
            args.Add(limit);
        }

        return new(Cmd.SInterCard, args.Build(), default);
    }

    public static Command<ArgList, ScanResult<string>, ScanParser<string, KeyScanItems>> SScan(RedisKey key, ulong cursor, RedisValue match, long? count)
    {
        var args = new ArgListBuilder(6);
        args.Add(Check.Key(key));
        args.Add(ScanArgs.Cursor(cursor));
        ScanArgs.AddOptions(ref args, match, count);
        return new(Cmd.SScan, args.Build(), default);
    }
}
