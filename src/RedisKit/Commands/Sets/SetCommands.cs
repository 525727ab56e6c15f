using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>Definitions of the set commands.</summary>
internal static class SetCommands
{
    /// <summary>SADD: adds members to the set; returns how many were not there yet.</summary>
    /// <param name="key">The set; created when missing.</param>
    /// <param name="values">The members to add, at least one.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, long, Int64Parser> SAdd(RedisKey key, IEnumerable<RedisValue> values) =>
        new(Cmd.SAdd, Check.KeyAndValues(key, values, nameof(values)), default);

    /// <summary>SREM: removes members from the set; returns how many were there.</summary>
    /// <param name="key">The set.</param>
    /// <param name="values">The members to remove, at least one.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, long, Int64Parser> SRem(RedisKey key, IEnumerable<RedisValue> values) =>
        new(Cmd.SRem, Check.KeyAndValues(key, values, nameof(values)), default);

    /// <summary>
    /// SMEMBERS: every member, in no particular order (an array under RESP2 and RESP3 alike, where
    /// redis-py gives a Python set); empty when the key does not exist. Use <see cref="RedisClient.SScanIterAsync"/> for big sets.
    /// </summary>
    [RedisCommand]
    public static Command<Args1, string[], StringArrayParser> SMembers(RedisKey key) => new(Cmd.SMembers, new Args1(Check.Key(key)), default);

    /// <summary>SISMEMBER: whether <paramref name="value"/> is a member.</summary>
    [RedisCommand]
    public static Command<Args2, bool, BooleanParser> SIsMember(RedisKey key, RedisValue value) =>
        new(Cmd.SIsMember, new Args2(Check.Key(key), Check.Value(value)), default);

    /// <summary>SMISMEMBER: for each value in order, whether it is a member.</summary>
    /// <param name="key">The set.</param>
    /// <param name="values">The values to test, at least one.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, bool[], BooleanArrayParser> SMIsMember(RedisKey key, IEnumerable<RedisValue> values) =>
        new(Cmd.SMIsMember, Check.KeyAndValues(key, values, nameof(values)), default);

    /// <summary>SCARD: the number of members; 0 when the key does not exist.</summary>
    [RedisCommand]
    public static Command<Args1, long, Int64Parser> SCard(RedisKey key) => new(Cmd.SCard, new Args1(Check.Key(key)), default);

    /// <summary>SPOP: removes and returns a random member as text, or null when the set is empty or missing.</summary>
    [RedisCommand]
    public static Command<Args1, string?, StringParser> SPop(RedisKey key) => new(Cmd.SPop, new Args1(Check.Key(key)), default);

    /// <summary>SPOP: removes and returns a random member as bytes, or null when the set is empty or missing.</summary>
    [RedisCommand]
    public static Command<Args1, byte[]?, BytesParser> SPopBytes(RedisKey key) => new(Cmd.SPop, new Args1(Check.Key(key)), default);

    /// <summary>SPOP with a count: removes and returns up to <paramref name="count"/> random members; empty when the set is missing.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    [RedisCommand]
    public static Command<Args2, string[], StringArrayParser> SPop(RedisKey key, long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new(Cmd.SPop, new Args2(Check.Key(key), count), default);
    }

    /// <summary>SRANDMEMBER: a random member as text, left in the set; null when the set is empty or missing.</summary>
    [RedisCommand]
    public static Command<Args1, string?, StringParser> SRandMember(RedisKey key) => new(Cmd.SRandMember, new Args1(Check.Key(key)), default);

    /// <summary>SRANDMEMBER: a random member as bytes, left in the set; null when the set is empty or missing.</summary>
    [RedisCommand]
    public static Command<Args1, byte[]?, BytesParser> SRandMemberBytes(RedisKey key) => new(Cmd.SRandMember, new Args1(Check.Key(key)), default);

    /// <summary>
    /// SRANDMEMBER with a count: up to <paramref name="count"/> distinct random members when positive;
    /// exactly -<paramref name="count"/> members, possibly repeated, when negative; empty when the set is missing.
    /// </summary>
    [RedisCommand]
    public static Command<Args2, string[], StringArrayParser> SRandMember(RedisKey key, long count) =>
        new(Cmd.SRandMember, new Args2(Check.Key(key), count), default);

    /// <summary>SMOVE: atomically moves <paramref name="value"/> from <paramref name="source"/> to <paramref name="destination"/>; false when it was not in the source.</summary>
    [RedisCommand]
    public static Command<Args3, bool, BooleanParser> SMove(RedisKey source, RedisKey destination, RedisValue value) =>
        new(Cmd.SMove, new Args3(Check.Key(source, nameof(source)), Check.Key(destination, nameof(destination)), Check.Value(value)), default);

    /// <summary>SINTER: the members present in every one of the sets (a missing key is an empty set).</summary>
    /// <param name="keys">The sets, at least one.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, string[], StringArrayParser> SInter(IEnumerable<RedisKey> keys) => Combine(Cmd.SInter, keys);

    /// <summary>SUNION: the members present in any of the sets.</summary>
    /// <param name="keys">The sets, at least one.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, string[], StringArrayParser> SUnion(IEnumerable<RedisKey> keys) => Combine(Cmd.SUnion, keys);

    /// <summary>SDIFF: the members of the first set that are in none of the others.</summary>
    /// <param name="keys">The first set, then the sets to subtract from it.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, string[], StringArrayParser> SDiff(IEnumerable<RedisKey> keys) => Combine(Cmd.SDiff, keys);

    /// <summary>SINTERSTORE: stores the intersection of the sets in <paramref name="destination"/> (replacing it); returns its size.</summary>
    /// <param name="destination">The key that receives the result; deleted when the result is empty.</param>
    /// <param name="keys">The sets, at least one.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, long, Int64Parser> SInterStore(RedisKey destination, IEnumerable<RedisKey> keys) => CombineStore(Cmd.SInterStore, destination, keys);

    /// <summary>SUNIONSTORE: stores the union of the sets in <paramref name="destination"/> (replacing it); returns its size.</summary>
    /// <param name="destination">The key that receives the result; deleted when the result is empty.</param>
    /// <param name="keys">The sets, at least one.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, long, Int64Parser> SUnionStore(RedisKey destination, IEnumerable<RedisKey> keys) => CombineStore(Cmd.SUnionStore, destination, keys);

    /// <summary>SDIFFSTORE: stores the difference of the sets in <paramref name="destination"/> (replacing it); returns its size.</summary>
    /// <param name="destination">The key that receives the result; deleted when the result is empty.</param>
    /// <param name="keys">The first set, then the sets to subtract from it.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, long, Int64Parser> SDiffStore(RedisKey destination, IEnumerable<RedisKey> keys) => CombineStore(Cmd.SDiffStore, destination, keys);

    /// <summary>SINTER, SUNION and SDIFF: the keys alone.</summary>
    internal static Command<ArgList, string[], StringArrayParser> Combine(CommandInfo command, IEnumerable<RedisKey> keys) =>
        new(command, Check.Keys(keys, nameof(keys)), default);

    /// <summary>SINTERSTORE, SUNIONSTORE and SDIFFSTORE: the destination, then the source keys.</summary>
    internal static Command<ArgList, long, Int64Parser> CombineStore(CommandInfo command, RedisKey destination, IEnumerable<RedisKey> keys)
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

    /// <summary>
    /// SINTERCARD: the size of the intersection of the sets without building it; with a
    /// <paramref name="limit"/> above 0 the count stops there, which is cheaper on big sets.
    /// </summary>
    /// <exception cref="ArgumentException">No key is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative.</exception>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> SInterCard(IEnumerable<RedisKey> keys, long limit = 0)
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

    /// <summary>SSCAN: one page of members from <paramref name="cursor"/> (start with 0).</summary>
    [RedisCommand]
    public static Command<ArgList, ScanResult<string>, ScanParser<string, KeyScanItems>> SScan(RedisKey key, ulong cursor = 0, string? match = null, long? count = null)
    {
        var args = new ArgListBuilder(6);
        args.Add(Check.Key(key));
        args.Add(ScanArgs.Cursor(cursor));
        ScanArgs.AddOptions(ref args, match, count);
        return new(Cmd.SScan, args.Build(), default);
    }
}
