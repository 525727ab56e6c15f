using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>
/// Definitions of the sorted set commands, the blocking BZPOPMIN, BZPOPMAX and BZMPOP included.
/// Members come back as text (RedisOptions.Encoding) and scores as doubles, with the same shapes under
/// RESP2 and RESP3. Score ranges take ScoreBound (a double converts to an inclusive bound),
/// lexicographic ranges LexBound; see those types for the redis-py string forms.
/// </summary>
internal static class SortedSetCommands
{
    private const string Blocking = "Blocking: it waits on a connection of its own, and in a pipeline it would hold up every command queued after it.";

    private const string BlockingCancellation = "Stops waiting (and closes the command's connection).";

    /// <summary>
    /// ZADD with a mapping of members to scores (redis-py's <c>zadd(name, mapping, ...)</c>): adds the
    /// members or updates their scores. <paramref name="nx"/> only adds, <paramref name="xx"/> only
    /// updates, <paramref name="gt"/>/<paramref name="lt"/> only update when the new score is greater/less.
    /// Returns how many members were added, or with <paramref name="ch"/> how many were added or changed.
    /// </summary>
    /// <exception cref="ArgumentException">The mapping is empty, or the conditions contradict each other (nx with xx, gt or lt; gt with lt).</exception>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> ZAdd(RedisKey key, IEnumerable<KeyValuePair<RedisValue, double>> mapping, bool nx = false, bool xx = false, bool ch = false,
        bool gt = false, bool lt = false)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var args = new ArgListBuilder(6 + (((mapping as ICollection<KeyValuePair<RedisValue, double>>)?.Count ?? 4) * 2));
        args.Add(Check.Key(key));
        UpdateConditions.Add(ref args, nx, xx, gt, lt);
        if (ch)
        {
            args.Add("CH");
        }

        var start = args.Count;
        foreach (var pair in mapping)
        {
            args.Add(Check.Finite(pair.Value, nameof(mapping)));
            args.Add(Check.Value(pair.Key, nameof(mapping)));
        }

        if (args.Count == start)
        {
            throw new ArgumentException("The mapping is empty; give at least one member and score.", nameof(mapping));
        }

        return new(Cmd.ZAdd, args.Build(), default);
    }

    /// <summary>ZADD of one member with its score; the options are those of the mapping form. Returns 1 when added (or changed, with <paramref name="ch"/>), else 0.</summary>
    /// <exception cref="ArgumentException">The conditions contradict each other (nx with xx, gt or lt; gt with lt).</exception>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> ZAdd(RedisKey key, RedisValue member, double score, bool nx = false, bool xx = false, bool ch = false,
        bool gt = false, bool lt = false)
    {
        var args = new ArgListBuilder(7);
        args.Add(Check.Key(key));
        UpdateConditions.Add(ref args, nx, xx, gt, lt);
        if (ch)
        {
            args.Add("CH");
        }

        args.Add(Check.Finite(score, nameof(score)));
        args.Add(Check.Value(member, nameof(member)));
        return new(Cmd.ZAdd, args.Build(), default);
    }

    /// <summary>
    /// ZADD ... INCR (redis-py's <c>zadd(..., incr=True)</c>): adds <paramref name="increment"/> to the
    /// member's score, like ZINCRBY but subject to the conditions, and returns the new score; null
    /// when a condition (<paramref name="nx"/>, <paramref name="xx"/>, <paramref name="gt"/>, <paramref name="lt"/>) prevented the update.
    /// </summary>
    /// <exception cref="ArgumentException">The conditions contradict each other (nx with xx, gt or lt; gt with lt).</exception>
    [RedisCommand]
    public static Command<ArgList, double?, NullableDoubleParser> ZAddIncr(RedisKey key, RedisValue member, double increment, bool nx = false, bool xx = false,
        bool gt = false, bool lt = false)
    {
        var args = new ArgListBuilder(7);
        args.Add(Check.Key(key));
        UpdateConditions.Add(ref args, nx, xx, gt, lt);
        args.Add("INCR");
        args.Add(Check.Finite(increment, nameof(increment)));
        args.Add(Check.Value(member, nameof(member)));
        return new(Cmd.ZAddIncr, args.Build(), default);
    }

    /// <summary>
    /// ZRANGE by index: the members from rank <paramref name="start"/> to <paramref name="end"/>
    /// inclusive (negative ranks count from the end: 0, -1 is everything), lowest score first, or
    /// highest first with <paramref name="desc"/> (REV).
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, string[], StringArrayParser> ZRange(RedisKey key, long start, long end, bool desc = false) =>
        new(Cmd.ZRange, RangeArgs(default, key, start, end, null, desc, null, null, withScores: false), default);

    /// <summary>ZRANGE by index WITHSCORES: as <see cref="RedisClient.ZRangeAsync(RedisKey, long, long, bool, CancellationToken)"/>, with each member's score.</summary>
    [RedisCommand]
    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZRangeWithScores(RedisKey key, long start, long end, bool desc = false) =>
        new(Cmd.ZRange, RangeArgs(default, key, start, end, null, desc, null, null, withScores: true), default);

    /// <summary>
    /// ZRANGE BYSCORE: the members whose scores lie between <paramref name="start"/> and
    /// <paramref name="end"/>. With <paramref name="desc"/> (REV) the order is reversed and, as in
    /// Redis and redis-py, <paramref name="start"/> is the higher bound. <paramref name="offset"/> and
    /// <paramref name="num"/> (LIMIT) go together.
    /// </summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="offset"/> and <paramref name="num"/> is given.</exception>
    [RedisCommand]
    public static Command<ArgList, string[], StringArrayParser> ZRange(RedisKey key, ScoreBound start, ScoreBound end, bool desc = false, long? offset = null, long? num = null) =>
        new(Cmd.ZRange, RangeArgs(default, key, start.ToValue(), end.ToValue(), "BYSCORE", desc, offset, num, withScores: false), default);

    /// <summary>ZRANGE BYSCORE WITHSCORES: as <see cref="RedisClient.ZRangeAsync(RedisKey, ScoreBound, ScoreBound, bool, long?, long?, CancellationToken)"/>, with each member's score.</summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="offset"/> and <paramref name="num"/> is given.</exception>
    [RedisCommand]
    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZRangeWithScores(RedisKey key, ScoreBound start, ScoreBound end, bool desc = false,
        long? offset = null, long? num = null) =>
        new(Cmd.ZRange, RangeArgs(default, key, start.ToValue(), end.ToValue(), "BYSCORE", desc, offset, num, withScores: true), default);

    /// <summary>
    /// ZRANGE BYLEX: in a set whose members all have the same score, the members between
    /// <paramref name="start"/> and <paramref name="end"/> in byte order; with <paramref name="desc"/>
    /// (REV), <paramref name="start"/> is the higher bound. <paramref name="offset"/> and <paramref name="num"/> (LIMIT) go together.
    /// </summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="offset"/> and <paramref name="num"/> is given.</exception>
    [RedisCommand]
    public static Command<ArgList, string[], StringArrayParser> ZRange(RedisKey key, LexBound start, LexBound end, bool desc = false, long? offset = null, long? num = null) =>
        new(Cmd.ZRange, RangeArgs(default, key, start.ToValue(), end.ToValue(), "BYLEX", desc, offset, num, withScores: false), default);

    /// <summary>ZRANGESTORE by index: stores the range of <paramref name="source"/> in <paramref name="destination"/>; returns its size.</summary>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> ZRangeStore(RedisKey destination, RedisKey source, long start, long end, bool desc = false) =>
        new(Cmd.ZRangeStore, RangeArgs(Check.Key(destination, nameof(destination)), source, start, end, null, desc, null, null, withScores: false), default);

    /// <summary>ZRANGESTORE BYSCORE: stores the members of <paramref name="source"/> within the score range in <paramref name="destination"/>; returns its size.</summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="offset"/> and <paramref name="num"/> is given.</exception>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> ZRangeStore(RedisKey destination, RedisKey source, ScoreBound start, ScoreBound end, bool desc = false,
        long? offset = null, long? num = null) =>
        new(Cmd.ZRangeStore,
            RangeArgs(Check.Key(destination, nameof(destination)), source, start.ToValue(), end.ToValue(), "BYSCORE", desc, offset, num, withScores: false), default);

    /// <summary>ZRANGESTORE BYLEX: stores the members of <paramref name="source"/> within the lexicographic range in <paramref name="destination"/>; returns its size.</summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="offset"/> and <paramref name="num"/> is given.</exception>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> ZRangeStore(RedisKey destination, RedisKey source, LexBound start, LexBound end, bool desc = false,
        long? offset = null, long? num = null) =>
        new(Cmd.ZRangeStore,
            RangeArgs(Check.Key(destination, nameof(destination)), source, start.ToValue(), end.ToValue(), "BYLEX", desc, offset, num, withScores: false), default);

    /// <summary>ZRANGEBYSCORE: the members with scores from <paramref name="min"/> to <paramref name="max"/>, lowest first; <paramref name="start"/> and <paramref name="num"/> (LIMIT) go together.</summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="start"/> and <paramref name="num"/> is given.</exception>
    [RedisCommand]
    public static Command<ArgList, string[], StringArrayParser> ZRangeByScore(RedisKey key, ScoreBound min, ScoreBound max, long? start = null, long? num = null) =>
        new(Cmd.ZRangeByScore, LegacyRangeArgs(key, min.ToValue(), max.ToValue(), start, num, withScores: false), default);

    /// <summary>ZRANGEBYSCORE WITHSCORES: as <see cref="RedisClient.ZRangeByScoreAsync"/>, with each member's score.</summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="start"/> and <paramref name="num"/> is given.</exception>
    [RedisCommand]
    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZRangeByScoreWithScores(RedisKey key, ScoreBound min, ScoreBound max, long? start = null,
        long? num = null) =>
        new(Cmd.ZRangeByScore, LegacyRangeArgs(key, min.ToValue(), max.ToValue(), start, num, withScores: true), default);

    /// <summary>ZREVRANGEBYSCORE: the members with scores from <paramref name="max"/> down to <paramref name="min"/>, highest first.</summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="start"/> and <paramref name="num"/> is given.</exception>
    [RedisCommand]
    public static Command<ArgList, string[], StringArrayParser> ZRevRangeByScore(RedisKey key, ScoreBound max, ScoreBound min, long? start = null, long? num = null) =>
        new(Cmd.ZRevRangeByScore, LegacyRangeArgs(key, max.ToValue(), min.ToValue(), start, num, withScores: false), default);

    /// <summary>ZREVRANGEBYSCORE WITHSCORES: as <see cref="RedisClient.ZRevRangeByScoreAsync"/>, with each member's score.</summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="start"/> and <paramref name="num"/> is given.</exception>
    [RedisCommand]
    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZRevRangeByScoreWithScores(RedisKey key, ScoreBound max, ScoreBound min, long? start = null,
        long? num = null) =>
        new(Cmd.ZRevRangeByScore, LegacyRangeArgs(key, max.ToValue(), min.ToValue(), start, num, withScores: true), default);

    /// <summary>ZRANGEBYLEX: the members from <paramref name="min"/> to <paramref name="max"/> in byte order (for members of equal score).</summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="start"/> and <paramref name="num"/> is given.</exception>
    [RedisCommand]
    public static Command<ArgList, string[], StringArrayParser> ZRangeByLex(RedisKey key, LexBound min, LexBound max, long? start = null, long? num = null) =>
        new(Cmd.ZRangeByLex, LegacyRangeArgs(key, min.ToValue(), max.ToValue(), start, num, withScores: false), default);

    /// <summary>ZREVRANGEBYLEX: the members from <paramref name="max"/> down to <paramref name="min"/> in reverse byte order.</summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="start"/> and <paramref name="num"/> is given.</exception>
    [RedisCommand]
    public static Command<ArgList, string[], StringArrayParser> ZRevRangeByLex(RedisKey key, LexBound max, LexBound min, long? start = null, long? num = null) =>
        new(Cmd.ZRevRangeByLex, LegacyRangeArgs(key, max.ToValue(), min.ToValue(), start, num, withScores: false), default);

    /// <summary>ZREVRANGE: the members from rank <paramref name="start"/> to <paramref name="end"/> counted from the highest score.</summary>
    [RedisCommand]
    public static Command<ArgList, string[], StringArrayParser> ZRevRange(RedisKey key, long start, long end) =>
        new(Cmd.ZRevRange, LegacyRangeArgs(key, start, end, null, null, withScores: false), default);

    /// <summary>ZREVRANGE WITHSCORES: as <see cref="RedisClient.ZRevRangeAsync"/>, with each member's score.</summary>
    [RedisCommand]
    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZRevRangeWithScores(RedisKey key, long start, long end) =>
        new(Cmd.ZRevRange, LegacyRangeArgs(key, start, end, null, null, withScores: true), default);

    /// <summary>ZRANK: the member's rank by ascending score (0 for the lowest), or null when the member or key does not exist.</summary>
    [RedisCommand]
    public static Command<Args2, long?, NullableInt64Parser> ZRank(RedisKey key, RedisValue member) =>
        new(Cmd.ZRank, new Args2(Check.Key(key), Check.Value(member, nameof(member))), default);

    /// <summary>ZREVRANK: the member's rank by descending score (0 for the highest), or null when the member or key does not exist.</summary>
    [RedisCommand]
    public static Command<Args2, long?, NullableInt64Parser> ZRevRank(RedisKey key, RedisValue member) =>
        new(Cmd.ZRevRank, new Args2(Check.Key(key), Check.Value(member, nameof(member))), default);

    /// <summary>ZSCORE: the member's score, or null when the member or key does not exist.</summary>
    [RedisCommand]
    public static Command<Args2, double?, NullableDoubleParser> ZScore(RedisKey key, RedisValue member) =>
        new(Cmd.ZScore, new Args2(Check.Key(key), Check.Value(member, nameof(member))), default);

    /// <summary>ZMSCORE: the scores of the members in order, null where a member does not exist.</summary>
    /// <param name="key">The sorted set.</param>
    /// <param name="members">The members to look up, at least one.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, double?[], NullableDoubleArrayParser> ZMScore(RedisKey key, IEnumerable<RedisValue> members) =>
        new(Cmd.ZMScore, MemberArgs.KeyAndValues(key, members, nameof(members), allowEmpty: false), default);

    /// <summary>ZINCRBY (redis-py's <c>zincrby(name, amount, value)</c>): adds <paramref name="amount"/> to the member's score, adding the member if needed; returns the new score.</summary>
    [RedisCommand]
    public static Command<Args3, double, DoubleParser> ZIncrBy(RedisKey key, double amount, RedisValue member) =>
        new(Cmd.ZIncrBy, new Args3(Check.Key(key), Check.Finite(amount, nameof(amount)), Check.Value(member, nameof(member))), default);

    /// <summary>ZCARD: the number of members; 0 when the key does not exist.</summary>
    [RedisCommand]
    public static Command<Args1, long, Int64Parser> ZCard(RedisKey key) => new(Cmd.ZCard, new Args1(Check.Key(key)), default);

    /// <summary>ZCOUNT: how many members have scores from <paramref name="min"/> to <paramref name="max"/>.</summary>
    [RedisCommand]
    public static Command<Args3, long, Int64Parser> ZCount(RedisKey key, ScoreBound min, ScoreBound max) =>
        new(Cmd.ZCount, new Args3(Check.Key(key), min.ToValue(), max.ToValue()), default);

    /// <summary>ZLEXCOUNT: how many members lie from <paramref name="min"/> to <paramref name="max"/> in byte order.</summary>
    [RedisCommand]
    public static Command<Args3, long, Int64Parser> ZLexCount(RedisKey key, LexBound min, LexBound max) =>
        new(Cmd.ZLexCount, new Args3(Check.Key(key), min.ToValue(), max.ToValue()), default);

    /// <summary>ZREM: removes members; returns how many existed.</summary>
    /// <param name="key">The sorted set.</param>
    /// <param name="members">The members to remove, at least one.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, long, Int64Parser> ZRem(RedisKey key, IEnumerable<RedisValue> members) =>
        new(Cmd.ZRem, MemberArgs.KeyAndValues(key, members, nameof(members), allowEmpty: false), default);

    /// <summary>ZREMRANGEBYRANK: removes the members ranked <paramref name="start"/> to <paramref name="end"/> (negative ranks count from the end); returns how many.</summary>
    [RedisCommand]
    public static Command<Args3, long, Int64Parser> ZRemRangeByRank(RedisKey key, long start, long end) =>
        new(Cmd.ZRemRangeByRank, new Args3(Check.Key(key), start, end), default);

    /// <summary>ZREMRANGEBYSCORE: removes the members with scores from <paramref name="min"/> to <paramref name="max"/>; returns how many.</summary>
    [RedisCommand]
    public static Command<Args3, long, Int64Parser> ZRemRangeByScore(RedisKey key, ScoreBound min, ScoreBound max) =>
        new(Cmd.ZRemRangeByScore, new Args3(Check.Key(key), min.ToValue(), max.ToValue()), default);

    /// <summary>ZREMRANGEBYLEX: removes the members from <paramref name="min"/> to <paramref name="max"/> in byte order; returns how many.</summary>
    [RedisCommand]
    public static Command<Args3, long, Int64Parser> ZRemRangeByLex(RedisKey key, LexBound min, LexBound max) =>
        new(Cmd.ZRemRangeByLex, new Args3(Check.Key(key), min.ToValue(), max.ToValue()), default);

    /// <summary>ZPOPMIN: removes and returns the <paramref name="count"/> (default 1) members with the lowest scores; empty when the set is empty.</summary>
    [RedisCommand]
    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZPopMin(RedisKey key, long? count = null) => new(Cmd.ZPopMin, PopArgs(key, count), default);

    /// <summary>ZPOPMAX: removes and returns the <paramref name="count"/> (default 1) members with the highest scores; empty when the set is empty.</summary>
    [RedisCommand]
    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZPopMax(RedisKey key, long? count = null) => new(Cmd.ZPopMax, PopArgs(key, count), default);

    /// <summary>
    /// ZMPOP (redis-py's <c>zmpop(num_keys, keys, min, max, count)</c>, the key count implied): pops
    /// up to <paramref name="count"/> (default 1) members with the lowest (<paramref name="min"/>) or
    /// highest (<paramref name="max"/>) scores from the first non-empty set; null when all are empty.
    /// </summary>
    /// <exception cref="ArgumentException">Neither or both of <paramref name="min"/> and <paramref name="max"/> is set, or no key is given.</exception>
    [RedisCommand]
    public static Command<ArgList, SortedSetPopResult?, SortedSetPopParser> ZMPop(IEnumerable<RedisKey> keys, bool min = false, bool max = false, long? count = null)
    {
        var args = new ArgListBuilder(8);
        AddMultiPop(ref args, keys, min, max, count);
        return new(Cmd.ZMPop, args.Build(), default);
    }

    /// <summary>
    /// BZPOPMIN: pops the member with the lowest score from the first non-empty set among
    /// <paramref name="keys"/>, waiting up to <paramref name="timeout"/> (zero: forever) for one to get
    /// a member; null when the wait timed out. Runs on a leased connection (on a client from
    /// <see cref="RedisClient.Client"/>, on its one connection) and may wait longer than
    /// <see cref="RedisOptions.SocketTimeout"/>. Cancelling closes that connection, since the server
    /// would still answer it later.
    /// </summary>
    /// <exception cref="ArgumentException">No key is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is negative.</exception>
    [RedisCommand(NoPipeline = Blocking)]
    public static Command<ArgList, KeyedScoredMember?, KeyedScoredMemberParser> BZPopMin(IEnumerable<RedisKey> keys, TimeSpan timeout = default) =>
        BZPop(Cmd.BZPopMin, keys, timeout);

    /// <inheritdoc cref="RedisClient.BZPopMinAsync(IEnumerable{RedisKey}, TimeSpan, CancellationToken)"/>
    /// <param name="key">The one sorted set to wait on.</param>
    /// <param name="timeout">How long to wait for a member; zero waits forever.</param>
    [RedisCommand(NoPipeline = Blocking, CancellationDoc = BlockingCancellation)]
    public static Command<ArgList, KeyedScoredMember?, KeyedScoredMemberParser> BZPopMin(RedisKey key, TimeSpan timeout = default) =>
        BZPop(Cmd.BZPopMin, [key], timeout);

    /// <summary>
    /// BZPOPMAX: pops the member with the highest score from the first non-empty set among
    /// <paramref name="keys"/>, waiting up to <paramref name="timeout"/> (zero: forever); null when the
    /// wait timed out. Runs on a connection of its own, may wait longer than the socket timeout, and
    /// cancelling closes that connection.
    /// </summary>
    /// <exception cref="ArgumentException">No key is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is negative.</exception>
    [RedisCommand(NoPipeline = Blocking)]
    public static Command<ArgList, KeyedScoredMember?, KeyedScoredMemberParser> BZPopMax(IEnumerable<RedisKey> keys, TimeSpan timeout = default) =>
        BZPop(Cmd.BZPopMax, keys, timeout);

    /// <inheritdoc cref="RedisClient.BZPopMaxAsync(IEnumerable{RedisKey}, TimeSpan, CancellationToken)"/>
    /// <param name="key">The one sorted set to wait on.</param>
    /// <param name="timeout">How long to wait for a member; zero waits forever.</param>
    [RedisCommand(NoPipeline = Blocking, CancellationDoc = BlockingCancellation)]
    public static Command<ArgList, KeyedScoredMember?, KeyedScoredMemberParser> BZPopMax(RedisKey key, TimeSpan timeout = default) =>
        BZPop(Cmd.BZPopMax, [key], timeout);

    /// <summary>BZPOPMIN and BZPOPMAX: the keys, then the timeout in seconds.</summary>
    internal static Command<ArgList, KeyedScoredMember?, KeyedScoredMemberParser> BZPop(CommandInfo command, IEnumerable<RedisKey> keys, TimeSpan timeout) =>
        BlockingTimeout.KeysThenSeconds<KeyedScoredMember?, KeyedScoredMemberParser>(command, keys, timeout);

    /// <summary>
    /// BZMPOP (redis-py's <c>bzmpop(timeout, numkeys, keys, min, max, count)</c>, the key count
    /// implied): ZMPOP that waits up to <paramref name="timeout"/> (zero: forever) for one of the sets
    /// to get a member; null when the wait timed out. Runs on a connection of its own.
    /// </summary>
    /// <exception cref="ArgumentException">Neither or both of <paramref name="min"/> and <paramref name="max"/> is set, or no key is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is negative, or <paramref name="count"/> is not positive.</exception>
    [RedisCommand(NoPipeline = Blocking)]
    public static Command<ArgList, SortedSetPopResult?, SortedSetPopParser> BZMPop(TimeSpan timeout, IEnumerable<RedisKey> keys, bool min = false, bool max = false,
        long? count = null)
    {
        var args = new ArgListBuilder(9);
        args.Add(BlockingTimeout.Seconds(timeout, nameof(timeout)));
        AddMultiPop(ref args, keys, min, max, count);
        return new(Cmd.BZMPop, args.Build(), default) { ExtraTimeoutMilliseconds = BlockingTimeout.ExtraMilliseconds(timeout) };
    }

    /// <summary>
    /// ZUNION: the members of any of the sets, ordered by combined score. <paramref name="weights"/>
    /// (one per key) multiply each set's scores; <paramref name="aggregate"/> picks how scores combine (sum by default).
    /// </summary>
    /// <exception cref="ArgumentException">No key is given, or the number of weights differs from the number of keys.</exception>
    [RedisCommand]
    public static Command<ArgList, string[], StringArrayParser> ZUnion(IEnumerable<RedisKey> keys, IEnumerable<double>? weights = null, SortedSetAggregate? aggregate = null) =>
        new(Cmd.ZUnion, CombineArgs(default, keys, weights, aggregate, withScores: false), default);

    /// <summary>ZUNION WITHSCORES: as <see cref="RedisClient.ZUnionAsync"/>, with each member's combined score.</summary>
    /// <exception cref="ArgumentException">No key is given, or the number of weights differs from the number of keys.</exception>
    [RedisCommand]
    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZUnionWithScores(IEnumerable<RedisKey> keys, IEnumerable<double>? weights = null,
        SortedSetAggregate? aggregate = null) =>
        new(Cmd.ZUnion, CombineArgs(default, keys, weights, aggregate, withScores: true), default);

    /// <summary>ZINTER: the members found in every set, ordered by combined score; weights and aggregate as for <see cref="RedisClient.ZUnionAsync"/>.</summary>
    /// <exception cref="ArgumentException">No key is given, or the number of weights differs from the number of keys.</exception>
    [RedisCommand]
    public static Command<ArgList, string[], StringArrayParser> ZInter(IEnumerable<RedisKey> keys, IEnumerable<double>? weights = null, SortedSetAggregate? aggregate = null) =>
        new(Cmd.ZInter, CombineArgs(default, keys, weights, aggregate, withScores: false), default);

    /// <summary>ZINTER WITHSCORES: as <see cref="RedisClient.ZInterAsync"/>, with each member's combined score.</summary>
    /// <exception cref="ArgumentException">No key is given, or the number of weights differs from the number of keys.</exception>
    [RedisCommand]
    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZInterWithScores(IEnumerable<RedisKey> keys, IEnumerable<double>? weights = null,
        SortedSetAggregate? aggregate = null) =>
        new(Cmd.ZInter, CombineArgs(default, keys, weights, aggregate, withScores: true), default);

    /// <summary>ZDIFF: the members of the first set that are in none of the others.</summary>
    /// <exception cref="ArgumentException">No key is given.</exception>
    [RedisCommand]
    public static Command<ArgList, string[], StringArrayParser> ZDiff(IEnumerable<RedisKey> keys) =>
        new(Cmd.ZDiff, CombineArgs(default, keys, null, null, withScores: false), default);

    /// <summary>ZDIFF WITHSCORES: as <see cref="RedisClient.ZDiffAsync"/>, with each member's score in the first set.</summary>
    /// <exception cref="ArgumentException">No key is given.</exception>
    [RedisCommand]
    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZDiffWithScores(IEnumerable<RedisKey> keys) =>
        new(Cmd.ZDiff, CombineArgs(default, keys, null, null, withScores: true), default);

    /// <summary>ZUNIONSTORE: stores the union (as <see cref="RedisClient.ZUnionAsync"/>) in <paramref name="destination"/>; returns its size.</summary>
    /// <exception cref="ArgumentException">No key is given, or the number of weights differs from the number of keys.</exception>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> ZUnionStore(RedisKey destination, IEnumerable<RedisKey> keys, IEnumerable<double>? weights = null,
        SortedSetAggregate? aggregate = null) =>
        new(Cmd.ZUnionStore, CombineArgs(Check.Key(destination, nameof(destination)), keys, weights, aggregate, withScores: false), default);

    /// <summary>ZINTERSTORE: stores the intersection (as <see cref="RedisClient.ZInterAsync"/>) in <paramref name="destination"/>; returns its size.</summary>
    /// <exception cref="ArgumentException">No key is given, or the number of weights differs from the number of keys.</exception>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> ZInterStore(RedisKey destination, IEnumerable<RedisKey> keys, IEnumerable<double>? weights = null,
        SortedSetAggregate? aggregate = null) =>
        new(Cmd.ZInterStore, CombineArgs(Check.Key(destination, nameof(destination)), keys, weights, aggregate, withScores: false), default);

    /// <summary>ZDIFFSTORE: stores the difference (as <see cref="RedisClient.ZDiffAsync"/>) in <paramref name="destination"/>; returns its size.</summary>
    /// <exception cref="ArgumentException">No key is given.</exception>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> ZDiffStore(RedisKey destination, IEnumerable<RedisKey> keys) =>
        new(Cmd.ZDiffStore, CombineArgs(Check.Key(destination, nameof(destination)), keys, null, null, withScores: false), default);

    /// <summary>ZINTERCARD: the size of the intersection, counting no further than <paramref name="limit"/> when it is positive (0: no limit).</summary>
    /// <exception cref="ArgumentException">No key is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative.</exception>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> ZInterCard(IEnumerable<RedisKey> keys, long limit = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var args = new ArgListBuilder(6);
        MemberArgs.AddCountedKeys(ref args, keys, nameof(keys));
        if (limit > 0)
        {
            args.Add("LIMIT");
            args.Add(limit);
        }

        return new(Cmd.ZInterCard, args.Build(), default);
    }

    /// <summary>ZRANDMEMBER: one random member, or null when the key does not exist.</summary>
    [RedisCommand]
    public static Command<Args1, string?, StringParser> ZRandMember(RedisKey key) => new(Cmd.ZRandMember, new Args1(Check.Key(key)), default);

    /// <summary>ZRANDMEMBER with a count: up to <paramref name="count"/> distinct random members, or exactly -<paramref name="count"/> members, possibly repeated, when it is negative.</summary>
    [RedisCommand]
    public static Command<Args2, string[], StringArrayParser> ZRandMember(RedisKey key, long count) =>
        new(Cmd.ZRandMember, new Args2(Check.Key(key), count), default);

    /// <summary>ZRANDMEMBER WITHSCORES: as <see cref="RedisClient.ZRandMemberAsync(RedisKey, long, CancellationToken)"/>, with each member's score.</summary>
    [RedisCommand]
    public static Command<Args3, ScoredMember[], ScoredMemberArrayParser> ZRandMemberWithScores(RedisKey key, long count) =>
        new(Cmd.ZRandMember, new Args3(Check.Key(key), count, "WITHSCORES"), default);

    /// <summary>ZSCAN: one page of members with scores from <paramref name="cursor"/> (start with 0).</summary>
    [RedisCommand]
    public static Command<ArgList, ScanResult<ScoredMember>, ScanParser<ScoredMember, ScoredMemberScanItems>> ZScan(RedisKey key, ulong cursor = 0, string? match = null,
        long? count = null)
    {
        var args = new ArgListBuilder(6);
        args.Add(Check.Key(key));
        args.Add(ScanArgs.Cursor(cursor));
        ScanArgs.AddOptions(ref args, match, count);
        return new(Cmd.ZScan, args.Build(), default);
    }

    /// <summary>ZRANGE and ZRANGESTORE: [dst] key start end [BYSCORE|BYLEX] [REV] [LIMIT offset count] [WITHSCORES].</summary>
    private static ArgList RangeArgs(RedisValue destination, RedisKey key, RedisValue start, RedisValue end, string? by, bool desc, long? offset, long? num, bool withScores)
    {
        var args = new ArgListBuilder(10);
        if (!destination.IsNull)
        {
            args.Add(destination);
            args.Add(Check.Key(key, "source"));
        }
        else
        {
            args.Add(Check.Key(key));
        }

        args.Add(start);
        args.Add(end);
        if (by is not null)
        {
            args.Add(by);
        }

        if (desc)
        {
            args.Add("REV");
        }

        AddLimit(ref args, offset, num, nameof(offset));
        if (withScores)
        {
            args.Add("WITHSCORES");
        }

        return args.Build();
    }

    /// <summary>ZRANGEBYSCORE and kin: key min max [WITHSCORES] [LIMIT offset count].</summary>
    private static ArgList LegacyRangeArgs(RedisKey key, RedisValue min, RedisValue max, long? start, long? num, bool withScores)
    {
        var args = new ArgListBuilder(7);
        args.Add(Check.Key(key));
        args.Add(min);
        args.Add(max);
        if (withScores)
        {
            args.Add("WITHSCORES");
        }

        AddLimit(ref args, start, num, nameof(start));
        return args.Build();
    }

    /// <summary>LIMIT needs both numbers; redis-py refuses one without the other, and so do we.</summary>
    internal static void AddLimit(ref ArgListBuilder args, long? offset, long? num, string offsetName)
    {
        if (offset.HasValue != num.HasValue)
        {
            throw new ArgumentException($"{offsetName} and num go together (LIMIT {offsetName} num): give both or neither.", offset.HasValue ? "num" : offsetName);
        }

        if (offset is { } first && num is { } length)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(first, offsetName);
            args.Add("LIMIT");
            args.Add(first);
            args.Add(length);
        }
    }

    /// <summary>ZMPOP and BZMPOP: numkeys key... MIN|MAX [COUNT count].</summary>
    private static void AddMultiPop(ref ArgListBuilder args, IEnumerable<RedisKey> keys, bool min, bool max, long? count)
    {
        if (min == max)
        {
            throw new ArgumentException("Give exactly one of min and max: ZMPOP pops either the lowest or the highest scores.", nameof(min));
        }

        MemberArgs.AddCountedKeys(ref args, keys, nameof(keys));
        args.Add(min ? "MIN" : "MAX");
        if (count is { } n)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n, nameof(count));
            args.Add("COUNT");
            args.Add(n);
        }
    }

    private static ArgList PopArgs(RedisKey key, long? count)
    {
        var args = new ArgListBuilder(2);
        args.Add(Check.Key(key));
        if (count is { } n)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(n, nameof(count));
            args.Add(n);
        }

        return args.Build();
    }

    /// <summary>ZUNION, ZINTER, ZDIFF and their STORE forms: [dst] numkeys key... [WEIGHTS w...] [AGGREGATE a] [WITHSCORES].</summary>
    private static ArgList CombineArgs(RedisValue destination, IEnumerable<RedisKey> keys, IEnumerable<double>? weights, SortedSetAggregate? aggregate, bool withScores)
    {
        var args = new ArgListBuilder(8);
        if (!destination.IsNull)
        {
            args.Add(destination);
        }

        var keyCount = MemberArgs.AddCountedKeys(ref args, keys, nameof(keys));
        if (weights is not null)
        {
            args.Add("WEIGHTS");
            var given = 0;
            foreach (var weight in weights)
            {
                args.Add(Check.Finite(weight, nameof(weights)));
                given++;
            }

            if (given != keyCount)
            {
                throw new ArgumentException($"Give one weight per key: {keyCount} keys but {given} weights.", nameof(weights));
            }
        }

        if (aggregate is { } how)
        {
            args.Add("AGGREGATE");
            args.Add(how switch
            {
                SortedSetAggregate.Sum => "SUM",
                SortedSetAggregate.Min => "MIN",
                SortedSetAggregate.Max => "MAX",
                _ => throw new ArgumentOutOfRangeException(nameof(aggregate), how, "Unknown aggregate; use Sum, Min or Max."),
            });
        }

        if (withScores)
        {
            args.Add("WITHSCORES");
        }

        return args.Build();
    }
}

/// <summary>Argument lists shared by the collection command families: a key with values, a counted list of keys.</summary>
internal static class MemberArgs
{
    public static ArgList KeyAndValues(RedisKey key, IEnumerable<RedisValue> values, string parameterName, bool allowEmpty)
    {
        ArgumentNullException.ThrowIfNull(values, parameterName);
        var args = new ArgListBuilder(1 + ((values as ICollection<RedisValue>)?.Count ?? 4));
        args.Add(Check.Key(key));
        foreach (var value in values)
        {
            args.Add(Check.Value(value, parameterName));
        }

        if (args.Count == 1 && !allowEmpty)
        {
            throw new ArgumentException("At least one value is needed.", parameterName);
        }

        return args.Build();
    }

    /// <summary>Adds numkeys and then the keys; returns how many keys there are.</summary>
    public static int AddCountedKeys(ref ArgListBuilder args, IEnumerable<RedisKey> keys, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(keys, parameterName);

        // numkeys comes first, so the keys are counted before any is added.
        var list = keys as IReadOnlyCollection<RedisKey> ?? new List<RedisKey>(keys);
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one key is needed.", parameterName);
        }

        args.Add(list.Count);
        foreach (var key in list)
        {
            args.Add(Check.Key(key, parameterName));
        }

        return list.Count;
    }
}
