using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>Definitions of the generic key commands.</summary>
internal static class KeyCommands
{
    public static Command<ArgList, long, Int64Parser> Delete(IEnumerable<RedisKey> keys) => new(Cmd.Del, Check.Keys(keys, nameof(keys)), default);

    public static Command<ArgList, long, Int64Parser> Unlink(IEnumerable<RedisKey> keys) => new(Cmd.Unlink, Check.Keys(keys, nameof(keys)), default);

    public static Command<ArgList, long, Int64Parser> Exists(IEnumerable<RedisKey> keys) => new(Cmd.Exists, Check.Keys(keys, nameof(keys)), default);

    public static Command<ArgList, bool, BooleanParser> Expire(CommandInfo command, RedisKey key, long amount, bool nx, bool xx, bool gt, bool lt)
    {
        var args = new ArgListBuilder(3);
        args.Add(Check.Key(key));
        args.Add(amount);
        UpdateConditions.Add(ref args, nx, xx, gt, lt);
        return new(command, args.Build(), default);
    }

    public static Command<Args1, TimeSpan?, TtlParser> Ttl(RedisKey key) => new(Cmd.Ttl, new Args1(Check.Key(key)), new TtlParser(TimeSpan.TicksPerSecond));

    public static Command<Args1, TimeSpan?, TtlParser> PTtl(RedisKey key) => new(Cmd.PTtl, new Args1(Check.Key(key)), new TtlParser(TimeSpan.TicksPerMillisecond));

    public static Command<Args1, bool, BooleanParser> Persist(RedisKey key) => new(Cmd.Persist, new Args1(Check.Key(key)), default);

    public static Command<Args1, string?, StringParser> Type(RedisKey key) => new(Cmd.Type, new Args1(Check.Key(key)), default);

    public static Command<Args2, bool, BooleanParser> Rename(RedisKey source, RedisKey destination) =>
        new(Cmd.Rename, new Args2(Check.Key(source, nameof(source)), Check.Key(destination, nameof(destination))), default);

    public static Command<Args2, bool, BooleanParser> RenameNx(RedisKey source, RedisKey destination) =>
        new(Cmd.RenameNx, new Args2(Check.Key(source, nameof(source)), Check.Key(destination, nameof(destination))), default);

    public static Command<Args1, string[], StringArrayParser> Keys(RedisValue pattern) => new(Cmd.Keys, new Args1(Check.Value(pattern, nameof(pattern))), default);

    public static Command<ArgList, ScanResult<string>, ScanParser<string, KeyScanItems>> Scan(ulong cursor, RedisValue match, long? count, string? type)
    {
        var args = new ArgListBuilder(7);
        args.Add(ScanArgs.Cursor(cursor));
        ScanArgs.AddOptions(ref args, match, count);
        if (type is not null)
        {
            args.Add("TYPE");
            args.Add(type);
        }

        return new(Cmd.Scan, args.Build(), default);
    }
}

/// <summary>The MATCH and COUNT options shared by SCAN, HSCAN and their kin.</summary>
internal static class ScanArgs
{
    public static RedisValue Cursor(ulong cursor) => cursor <= long.MaxValue ? (long)cursor : cursor.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static void AddOptions(ref ArgListBuilder args, RedisValue match, long? count)
    {
        if (!match.IsNull)
        {
            args.Add("MATCH");
            args.Add(match);
        }

        if (count is { } n)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n, nameof(count));
            args.Add("COUNT");
            args.Add(n);
        }
    }
}
