using System.Buffers;
using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>Definitions of the string commands.</summary>
internal static class StringCommands
{
    public static Command<Args1, string?, StringParser> Get(RedisKey key) => new(Cmd.Get, new Args1(Check.Key(key)), default);

    public static Command<Args1, byte[]?, BytesParser> GetBytes(RedisKey key) => new(Cmd.Get, new Args1(Check.Key(key)), default);

    public static Command<Args1, bool, CopyToParser> GetInto(RedisKey key, IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return new(Cmd.Get, new Args1(Check.Key(key)), new CopyToParser(destination));
    }

    public static Command<SetArgs, bool, NotNullParser> Set(RedisKey key, RedisValue value, Expiration expiration, bool nx, bool xx) =>
        new(nx ? Cmd.SetIfAbsent : Cmd.Set, new SetArgs(Check.Key(key), Check.Value(value), expiration, Condition(nx, xx), get: false), default);

    public static Command<SetArgs, string?, StringParser> SetGet(RedisKey key, RedisValue value, Expiration expiration, bool nx, bool xx) =>
        new(Cmd.SetWithGet, new SetArgs(Check.Key(key), Check.Value(value), expiration, Condition(nx, xx), get: true), default);

    public static Command<ArgList, string?[], NullableStringArrayParser> MGet(IEnumerable<RedisKey> keys) =>
        new(Cmd.MGet, Check.Keys(keys, nameof(keys)), default);

    public static Command<ArgList, bool, BooleanParser> MSet(IEnumerable<KeyValuePair<RedisKey, RedisValue>> mapping) =>
        new(Cmd.MSet, Pairs(mapping), default);

    public static Command<ArgList, bool, BooleanParser> MSetNx(IEnumerable<KeyValuePair<RedisKey, RedisValue>> mapping) =>
        new(Cmd.MSetNx, Pairs(mapping), default);

    public static Command<Args1, long, Int64Parser> Incr(RedisKey key) => new(Cmd.Incr, new Args1(Check.Key(key)), default);

    public static Command<Args2, long, Int64Parser> IncrBy(RedisKey key, long amount) => new(Cmd.IncrBy, new Args2(Check.Key(key), amount), default);

    public static Command<Args2, double, DoubleParser> IncrByFloat(RedisKey key, double amount) =>
        new(Cmd.IncrByFloat, new Args2(Check.Key(key), Check.Finite(amount, nameof(amount))), default);

    public static Command<Args1, long, Int64Parser> Decr(RedisKey key) => new(Cmd.Decr, new Args1(Check.Key(key)), default);

    public static Command<Args2, long, Int64Parser> DecrBy(RedisKey key, long amount) => new(Cmd.DecrBy, new Args2(Check.Key(key), amount), default);

    public static Command<Args2, long, Int64Parser> Append(RedisKey key, RedisValue value) => new(Cmd.Append, new Args2(Check.Key(key), Check.Value(value)), default);

    public static Command<Args1, long, Int64Parser> StrLen(RedisKey key) => new(Cmd.StrLen, new Args1(Check.Key(key)), default);

    public static Command<Args1, string?, StringParser> GetDel(RedisKey key) => new(Cmd.GetDel, new Args1(Check.Key(key)), default);

    public static Command<GetExArgs, string?, StringParser> GetEx(RedisKey key, Expiration expiration) =>
        new(Cmd.GetEx, new GetExArgs(Check.Key(key), expiration), default);

    public static Command<Args3, string?, StringParser> GetRange(RedisKey key, long start, long end) =>
        new(Cmd.GetRange, new Args3(Check.Key(key), start, end), default);

    public static Command<Args3, long, Int64Parser> SetRange(RedisKey key, long offset, RedisValue value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return new(Cmd.SetRange, new Args3(Check.Key(key), offset, Check.Value(value)), default);
    }

    /// <summary>SETEX key seconds value: whole, positive seconds.</summary>
    public static Command<Args3, bool, BooleanParser> SetEx(RedisKey key, TimeSpan time, RedisValue value)
    {
        if (time <= TimeSpan.Zero || time.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, "time must be a positive whole number of seconds; use PSetExAsync for finer expirations.");
        }

        return new(Cmd.SetEx, new Args3(Check.Key(key), time.Ticks / TimeSpan.TicksPerSecond, Check.Value(value)), default);
    }

    /// <summary>PSETEX key milliseconds value: whole, positive milliseconds.</summary>
    public static Command<Args3, bool, BooleanParser> PSetEx(RedisKey key, TimeSpan time, RedisValue value)
    {
        if (time < TimeSpan.FromMilliseconds(1) || time.Ticks % TimeSpan.TicksPerMillisecond != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, "time must be a positive whole number of milliseconds.");
        }

        return new(Cmd.PSetEx, new Args3(Check.Key(key), time.Ticks / TimeSpan.TicksPerMillisecond, Check.Value(value)), default);
    }

    public static Command<Args2, bool, BooleanParser> SetNx(RedisKey key, RedisValue value) =>
        new(Cmd.SetNx, new Args2(Check.Key(key, nameof(key)), Check.Value(value)), default);

    public static Command<Args2, string, RequiredStringParser> Lcs(RedisKey key1, RedisKey key2) =>
        new(Cmd.Lcs, new Args2(Check.Key(key1, nameof(key1)), Check.Key(key2, nameof(key2))), default);

    public static Command<Args3, long, Int64Parser> LcsLen(RedisKey key1, RedisKey key2) =>
        new(Cmd.Lcs, new Args3(Check.Key(key1, nameof(key1)), Check.Key(key2, nameof(key2)), "LEN"), default);

    /// <summary>LCS key1 key2 IDX [MINMATCHLEN n] [WITHMATCHLEN].</summary>
    public static Command<ArgList, LcsResult, LcsIdxParser> LcsIdx(RedisKey key1, RedisKey key2, long minMatchLen, bool withMatchLen)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minMatchLen);
        var args = new ArgListBuilder(6);
        args.Add(Check.Key(key1, nameof(key1)));
        args.Add(Check.Key(key2, nameof(key2)));
        args.Add("IDX");
        if (minMatchLen > 0)
        {
            args.Add("MINMATCHLEN");
            args.Add(minMatchLen);
        }

        if (withMatchLen)
        {
            args.Add("WITHMATCHLEN");
        }

        return new(Cmd.Lcs, args.Build(), default);
    }

    internal static byte[]? Condition(bool nx, bool xx)
    {
        if (nx && xx)
        {
            throw new ArgumentException("nx and xx cannot both be set: a key cannot be both absent and present.", nameof(nx));
        }

        return nx ? SetArgs.Nx : xx ? SetArgs.Xx : null;
    }

    private static ArgList Pairs(IEnumerable<KeyValuePair<RedisKey, RedisValue>> mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var args = new ArgListBuilder(((mapping as ICollection<KeyValuePair<RedisKey, RedisValue>>)?.Count ?? 4) * 2);
        foreach (var pair in mapping)
        {
            args.Add(Check.Key(pair.Key, nameof(mapping)));
            args.Add(Check.Value(pair.Value, nameof(mapping)));
        }

        if (args.Count == 0)
        {
            throw new ArgumentException("The mapping is empty; give at least one key and value.", nameof(mapping));
        }

        return args.Build();
    }
}
