using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>The string commands: each definition is the command's one hand-written place.</summary>
internal static class StringCommands
{
    /// <summary>GET: the value of <paramref name="key"/> as text, or null when the key does not exist.</summary>
    [RedisCommand]
    public static Command<Args1, string?, StringParser> Get(RedisKey key) => new(Cmd.Get, new Args1(Check.Key(key)), default);

    /// <summary>GET: the value of <paramref name="key"/> as bytes, or null when the key does not exist.</summary>
    [RedisCommand]
    public static Command<Args1, byte[]?, BytesParser> GetBytes(RedisKey key) => new(Cmd.Get, new Args1(Check.Key(key)), default);

    /// <summary>
    /// GET without copies: the value is written straight from the receive buffer into
    /// <paramref name="destination"/>. False, with nothing written, when the key does not exist.
    /// </summary>
    [RedisCommand(Name = "Get")]
    public static Command<Args1, bool, CopyToParser> GetInto(RedisKey key, IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return new(Cmd.Get, new Args1(Check.Key(key)), new CopyToParser(destination));
    }

    /// <summary>
    /// SET, as redis-py's <c>set</c>: stores <paramref name="value"/> with at most one expiry
    /// (<paramref name="ex"/> in whole seconds, <paramref name="px"/> in milliseconds,
    /// <paramref name="exAt"/>/<paramref name="pxAt"/> as absolute times, or <paramref name="keepTtl"/>),
    /// only if absent (<paramref name="nx"/>) or present (<paramref name="xx"/>). True when stored;
    /// false when NX/XX prevented it.
    /// </summary>
    [RedisCommand]
    public static Command<SetArgs, bool, NotNullParser> Set(RedisKey key, RedisValue value, TimeSpan? ex = null, TimeSpan? px = null, bool nx = false, bool xx = false,
        bool keepTtl = false, DateTimeOffset? exAt = null, DateTimeOffset? pxAt = null) =>
        new(nx ? Cmd.SetIfAbsent : Cmd.Set, new SetArgs(Check.Key(key), Check.Value(value), Expiration.Create(ex, px, exAt, pxAt, keepTtl, persist: false), Condition(nx, xx), get: false), default);

    /// <summary>
    /// SET ... GET (redis-py's <c>set(..., get=True)</c>): stores the value like
    /// <see cref="RedisClient.SetAsync(RedisKey, RedisValue, TimeSpan?, TimeSpan?, bool, bool, bool, DateTimeOffset?, DateTimeOffset?, CancellationToken)"/>
    /// and returns the previous value, or null when there was none.
    /// </summary>
    [RedisCommand]
    public static Command<SetArgs, string?, StringParser> SetGet(RedisKey key, RedisValue value, TimeSpan? ex = null, TimeSpan? px = null, bool nx = false, bool xx = false,
        bool keepTtl = false, DateTimeOffset? exAt = null, DateTimeOffset? pxAt = null) =>
        new(Cmd.SetWithGet, new SetArgs(Check.Key(key), Check.Value(value), Expiration.Create(ex, px, exAt, pxAt, keepTtl, persist: false), Condition(nx, xx), get: true), default);

    /// <summary>MGET: the values of <paramref name="keys"/> in order, null where a key does not exist.</summary>
    /// <param name="keys">The keys to read.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, string?[], NullableStringArrayParser> MGet(IEnumerable<RedisKey> keys) =>
        new(Cmd.MGet, Check.Keys(keys, nameof(keys)), default);

    /// <summary>MSET: stores every key-value pair at once. Always true.</summary>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> MSet(IEnumerable<KeyValuePair<RedisKey, RedisValue>> mapping) =>
        new(Cmd.MSet, Pairs(mapping), default);

    /// <summary>MSETNX: stores every pair only if none of the keys exists; true when stored.</summary>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> MSetNx(IEnumerable<KeyValuePair<RedisKey, RedisValue>> mapping) =>
        new(Cmd.MSetNx, Pairs(mapping), default);

    /// <summary>INCR / INCRBY: adds <paramref name="amount"/> (default 1) and returns the new value.</summary>
    [RedisCommand]
    public static Command<Args1Or2, long, Int64Parser> Incr(RedisKey key, long amount = 1) =>
        new(amount == 1 ? Cmd.Incr : Cmd.IncrBy, new Args1Or2(Check.Key(key), amount, second: amount != 1), default);

    /// <summary>INCRBY: adds <paramref name="amount"/> and returns the new value.</summary>
    [RedisCommand]
    public static Command<Args2, long, Int64Parser> IncrBy(RedisKey key, long amount) => new(Cmd.IncrBy, new Args2(Check.Key(key), amount), default);

    /// <summary>INCRBYFLOAT: adds <paramref name="amount"/> and returns the new value.</summary>
    [RedisCommand]
    public static Command<Args2, double, DoubleParser> IncrByFloat(RedisKey key, double amount = 1.0) =>
        new(Cmd.IncrByFloat, new Args2(Check.Key(key), Check.Finite(amount, nameof(amount))), default);

    /// <summary>DECR / DECRBY: subtracts <paramref name="amount"/> (default 1) and returns the new value.</summary>
    [RedisCommand]
    public static Command<Args1Or2, long, Int64Parser> Decr(RedisKey key, long amount = 1) =>
        new(amount == 1 ? Cmd.Decr : Cmd.DecrBy, new Args1Or2(Check.Key(key), amount, second: amount != 1), default);

    /// <summary>DECRBY: subtracts <paramref name="amount"/> and returns the new value.</summary>
    [RedisCommand]
    public static Command<Args2, long, Int64Parser> DecrBy(RedisKey key, long amount) => new(Cmd.DecrBy, new Args2(Check.Key(key), amount), default);

    /// <summary>APPEND: appends <paramref name="value"/> and returns the new length.</summary>
    [RedisCommand]
    public static Command<Args2, long, Int64Parser> Append(RedisKey key, RedisValue value) => new(Cmd.Append, new Args2(Check.Key(key), Check.Value(value)), default);

    /// <summary>STRLEN: the length of the value in bytes; 0 when the key does not exist.</summary>
    [RedisCommand]
    public static Command<Args1, long, Int64Parser> StrLen(RedisKey key) => new(Cmd.StrLen, new Args1(Check.Key(key)), default);

    /// <summary>GETDEL: returns the value and deletes the key; null when it did not exist.</summary>
    [RedisCommand]
    public static Command<Args1, string?, StringParser> GetDel(RedisKey key) => new(Cmd.GetDel, new Args1(Check.Key(key)), default);

    /// <summary>GETEX: returns the value and sets (or with <paramref name="persist"/> removes) its expiry; null when the key does not exist.</summary>
    [RedisCommand]
    [SuppressMessage("Naming", "CA1711", Justification = "GETEX is the Redis command's name, as in redis-py's getex.")]
    public static Command<GetExArgs, string?, StringParser> GetEx(RedisKey key, TimeSpan? ex = null, TimeSpan? px = null, DateTimeOffset? exAt = null, DateTimeOffset? pxAt = null,
        bool persist = false) =>
        new(Cmd.GetEx, new GetExArgs(Check.Key(key), Expiration.Create(ex, px, exAt, pxAt, keepTtl: false, persist)), default);

    /// <summary>GETRANGE: the bytes from <paramref name="start"/> to <paramref name="end"/> inclusive (negative counts from the end), as text.</summary>
    [RedisCommand]
    public static Command<Args3, string, StringOrEmptyParser> GetRange(RedisKey key, long start, long end) =>
        new(Cmd.GetRange, new Args3(Check.Key(key), start, end), default);

    /// <summary>SETRANGE: overwrites from byte <paramref name="offset"/> (zero-padding as needed) and returns the new length.</summary>
    [RedisCommand]
    public static Command<Args3, long, Int64Parser> SetRange(RedisKey key, long offset, RedisValue value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return new(Cmd.SetRange, new Args3(Check.Key(key), offset, Check.Value(value)), default);
    }

    /// <summary>SETEX: stores <paramref name="value"/> with an expiry of <paramref name="time"/> (a positive whole number of seconds). Always true.</summary>
    [RedisCommand]
    [SuppressMessage("Naming", "CA1711", Justification = "SETEX is the Redis command's name, as in redis-py's setex.")]
    public static Command<Args3, bool, BooleanParser> SetEx(RedisKey key, TimeSpan time, RedisValue value)
    {
        if (time <= TimeSpan.Zero || time.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, "time must be a positive whole number of seconds; use PSetExAsync for finer expirations.");
        }

        return new(Cmd.SetEx, new Args3(Check.Key(key), time.Ticks / TimeSpan.TicksPerSecond, Check.Value(value)), default);
    }

    /// <summary>PSETEX: stores <paramref name="value"/> with an expiry of <paramref name="time"/> (a positive whole number of milliseconds). Always true.</summary>
    [RedisCommand]
    [SuppressMessage("Naming", "CA1711", Justification = "PSETEX is the Redis command's name, as in redis-py's psetex.")]
    public static Command<Args3, bool, BooleanParser> PSetEx(RedisKey key, TimeSpan time, RedisValue value)
    {
        if (time < TimeSpan.FromMilliseconds(1) || time.Ticks % TimeSpan.TicksPerMillisecond != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, "time must be a positive whole number of milliseconds.");
        }

        return new(Cmd.PSetEx, new Args3(Check.Key(key), time.Ticks / TimeSpan.TicksPerMillisecond, Check.Value(value)), default);
    }

    /// <summary>SETNX: stores <paramref name="value"/> only if <paramref name="key"/> does not exist; true when stored.</summary>
    [RedisCommand]
    public static Command<Args2, bool, BooleanParser> SetNx(RedisKey key, RedisValue value) =>
        new(Cmd.SetNx, new Args2(Check.Key(key, nameof(key)), Check.Value(value)), default);

    /// <summary>LCS: the longest common subsequence of the two keys' values (empty when a key does not exist).</summary>
    [RedisCommand]
    public static Command<Args2, string, RequiredStringParser> Lcs(RedisKey key1, RedisKey key2) =>
        new(Cmd.Lcs, new Args2(Check.Key(key1, nameof(key1)), Check.Key(key2, nameof(key2))), default);

    /// <summary>LCS ... LEN: the length of the longest common subsequence of the two keys' values.</summary>
    [RedisCommand]
    public static Command<Args3, long, Int64Parser> LcsLen(RedisKey key1, RedisKey key2) =>
        new(Cmd.Lcs, new Args3(Check.Key(key1, nameof(key1)), Check.Key(key2, nameof(key2)), "LEN"), default);

    /// <summary>
    /// LCS ... IDX: where the longest common subsequence's matches lie in each value, keeping only
    /// matches at least <paramref name="minMatchLen"/> long (0: all) and, with
    /// <paramref name="withMatchLen"/>, each match's length.
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, LcsResult, LcsIdxParser> LcsIdx(RedisKey key1, RedisKey key2, long minMatchLen = 0, bool withMatchLen = false)
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
