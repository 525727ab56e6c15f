using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>The commands that set, read and remove a key's expiry. Each definition is the command's one hand-written place.</summary>
internal static class KeyExpiryCommands
{
    /// <summary>
    /// EXPIRE: the key expires after <paramref name="time"/> (whole seconds; use <see cref="RedisClient.PExpireAsync"/> for
    /// milliseconds). Conditions: only without an expiry (<paramref name="nx"/>), only with one
    /// (<paramref name="xx"/>), only if later (<paramref name="gt"/>) or earlier (<paramref name="lt"/>). True when set.
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> Expire(RedisKey key, TimeSpan time, bool nx = false, bool xx = false, bool gt = false, bool lt = false) =>
        Expire(Cmd.Expire, key, TimeArgs.WholeUnits(time, TimeSpan.TicksPerSecond, nameof(time)), nx, xx, gt, lt);

    /// <summary>PEXPIRE: like <see cref="RedisClient.ExpireAsync"/> with millisecond precision.</summary>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> PExpire(RedisKey key, TimeSpan time, bool nx = false, bool xx = false, bool gt = false, bool lt = false) =>
        Expire(Cmd.PExpire, key, TimeArgs.WholeUnits(time, TimeSpan.TicksPerMillisecond, nameof(time)), nx, xx, gt, lt);

    /// <summary>EXPIREAT: the key expires at <paramref name="when"/> (second precision). True when set.</summary>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> ExpireAt(RedisKey key, DateTimeOffset when, bool nx = false, bool xx = false, bool gt = false, bool lt = false) =>
        Expire(Cmd.ExpireAt, key, when.ToUnixTimeSeconds(), nx, xx, gt, lt);

    /// <summary>PEXPIREAT: the key expires at <paramref name="when"/> (millisecond precision). True when set.</summary>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> PExpireAt(RedisKey key, DateTimeOffset when, bool nx = false, bool xx = false, bool gt = false, bool lt = false) =>
        Expire(Cmd.PExpireAt, key, when.ToUnixTimeMilliseconds(), nx, xx, gt, lt);

    /// <summary>TTL: time left before the key expires, to the second; null when the key does not exist or has no expiry.</summary>
    [RedisCommand]
    public static Command<Args1, TimeSpan?, TtlParser> Ttl(RedisKey key) => new(Cmd.Ttl, new Args1(Check.Key(key)), new TtlParser(TimeSpan.TicksPerSecond));

    /// <summary>PTTL: time left before the key expires, to the millisecond; null when the key does not exist or has no expiry.</summary>
    [RedisCommand]
    public static Command<Args1, TimeSpan?, TtlParser> PTtl(RedisKey key) => new(Cmd.PTtl, new Args1(Check.Key(key)), new TtlParser(TimeSpan.TicksPerMillisecond));

    /// <summary>PERSIST: removes the expiry; true when there was one.</summary>
    [RedisCommand]
    public static Command<Args1, bool, BooleanParser> Persist(RedisKey key) => new(Cmd.Persist, new Args1(Check.Key(key)), default);

    /// <summary>
    /// EXPIRETIME: when the key expires, rounded by Redis to the nearest second. Null both when the key has no expiry and when it does
    /// not exist (Redis answers -1 and -2, which redis-py returns as they are); use <see cref="RedisClient.ExistsAsync(RedisKey[])"/>
    /// to tell them apart.
    /// </summary>
    [RedisCommand]
    public static Command<Args1, DateTimeOffset?, UnixTimeParser> ExpireTime(RedisKey key) =>
        new(Cmd.ExpireTime, new Args1(Check.Key(key)), new UnixTimeParser(milliseconds: false));

    /// <summary>PEXPIRETIME: <see cref="RedisClient.ExpireTimeAsync"/> to the millisecond; null when the key has no expiry or does not exist.</summary>
    [RedisCommand]
    public static Command<Args1, DateTimeOffset?, UnixTimeParser> PExpireTime(RedisKey key) =>
        new(Cmd.PExpireTime, new Args1(Check.Key(key)), new UnixTimeParser(milliseconds: true));

    /// <summary>EXPIRE, PEXPIRE, EXPIREAT or PEXPIREAT with <paramref name="amount"/> already in the command's unit.</summary>
    private static Command<ArgList, bool, BooleanParser> Expire(CommandInfo command, RedisKey key, long amount, bool nx, bool xx, bool gt, bool lt)
    {
        var args = new ArgListBuilder(3);
        args.Add(Check.Key(key));
        args.Add(amount);
        UpdateConditions.Add(ref args, nx, xx, gt, lt);
        return new(command, args.Build(), default);
    }
}
