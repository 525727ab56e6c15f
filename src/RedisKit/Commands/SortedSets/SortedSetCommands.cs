using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>Definitions of the sorted set commands, the blocking BZPOPMIN, BZPOPMAX and BZMPOP included.</summary>
internal static class SortedSetCommands
{
    public static Command<ArgList, long, Int64Parser> ZAdd(RedisKey key, IEnumerable<KeyValuePair<RedisValue, double>> mapping, bool nx, bool xx, bool ch, bool gt, bool lt)
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

    public static Command<ArgList, long, Int64Parser> ZAdd(RedisKey key, RedisValue member, double score, bool nx, bool xx, bool ch, bool gt, bool lt)
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

    public static Command<ArgList, double?, NullableDoubleParser> ZAddIncr(RedisKey key, RedisValue member, double increment, bool nx, bool xx, bool gt, bool lt)
    {
        var args = new ArgListBuilder(7);
        args.Add(Check.Key(key));
        UpdateConditions.Add(ref args, nx, xx, gt, lt);
        args.Add("INCR");
        args.Add(Check.Finite(increment, nameof(increment)));
        args.Add(Check.Value(member, nameof(member)));
        return new(Cmd.ZAddIncr, args.Build(), default);
    }

    public static Command<ArgList, string[], StringArrayParser> ZRange(RedisKey key, long start, long end, bool desc) =>
        new(Cmd.ZRange, RangeArgs(default, key, start, end, null, desc, null, null, withScores: false), default);

    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZRangeWithScores(RedisKey key, long start, long end, bool desc) =>
        new(Cmd.ZRange, RangeArgs(default, key, start, end, null, desc, null, null, withScores: true), default);

    public static Command<ArgList, string[], StringArrayParser> ZRange(RedisKey key, ScoreBound start, ScoreBound end, bool desc, long? offset, long? num) =>
        new(Cmd.ZRange, RangeArgs(default, key, start.ToValue(), end.ToValue(), "BYSCORE", desc, offset, num, withScores: false), default);

    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZRangeWithScores(RedisKey key, ScoreBound start, ScoreBound end, bool desc, long? offset, long? num) =>
        new(Cmd.ZRange, RangeArgs(default, key, start.ToValue(), end.ToValue(), "BYSCORE", desc, offset, num, withScores: true), default);

    public static Command<ArgList, string[], StringArrayParser> ZRange(RedisKey key, LexBound start, LexBound end, bool desc, long? offset, long? num) =>
        new(Cmd.ZRange, RangeArgs(default, key, start.ToValue(), end.ToValue(), "BYLEX", desc, offset, num, withScores: false), default);

    public static Command<ArgList, long, Int64Parser> ZRangeStore(RedisKey destination, RedisKey source, long start, long end, bool desc) =>
        new(Cmd.ZRangeStore, RangeArgs(Check.Key(destination, nameof(destination)), source, start, end, null, desc, null, null, withScores: false), default);

    public static Command<ArgList, long, Int64Parser> ZRangeStore(RedisKey destination, RedisKey source, ScoreBound start, ScoreBound end, bool desc, long? offset, long? num) =>
        new(Cmd.ZRangeStore,
            RangeArgs(Check.Key(destination, nameof(destination)), source, start.ToValue(), end.ToValue(), "BYSCORE", desc, offset, num, withScores: false), default);

    public static Command<ArgList, long, Int64Parser> ZRangeStore(RedisKey destination, RedisKey source, LexBound start, LexBound end, bool desc, long? offset, long? num) =>
        new(Cmd.ZRangeStore,
            RangeArgs(Check.Key(destination, nameof(destination)), source, start.ToValue(), end.ToValue(), "BYLEX", desc, offset, num, withScores: false), default);

    public static Command<ArgList, string[], StringArrayParser> ZRangeByScore(RedisKey key, ScoreBound min, ScoreBound max, long? start, long? num) =>
        new(Cmd.ZRangeByScore, LegacyRangeArgs(key, min.ToValue(), max.ToValue(), start, num, withScores: false), default);

    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZRangeByScoreWithScores(RedisKey key, ScoreBound min, ScoreBound max, long? start, long? num) =>
        new(Cmd.ZRangeByScore, LegacyRangeArgs(key, min.ToValue(), max.ToValue(), start, num, withScores: true), default);

    public static Command<ArgList, string[], StringArrayParser> ZRevRangeByScore(RedisKey key, ScoreBound max, ScoreBound min, long? start, long? num) =>
        new(Cmd.ZRevRangeByScore, LegacyRangeArgs(key, max.ToValue(), min.ToValue(), start, num, withScores: false), default);

    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZRevRangeByScoreWithScores(RedisKey key, ScoreBound max, ScoreBound min, long? start, long? num) =>
        new(Cmd.ZRevRangeByScore, LegacyRangeArgs(key, max.ToValue(), min.ToValue(), start, num, withScores: true), default);

    public static Command<ArgList, string[], StringArrayParser> ZRangeByLex(RedisKey key, LexBound min, LexBound max, long? start, long? num) =>
        new(Cmd.ZRangeByLex, LegacyRangeArgs(key, min.ToValue(), max.ToValue(), start, num, withScores: false), default);

    public static Command<ArgList, string[], StringArrayParser> ZRevRangeByLex(RedisKey key, LexBound max, LexBound min, long? start, long? num) =>
        new(Cmd.ZRevRangeByLex, LegacyRangeArgs(key, max.ToValue(), min.ToValue(), start, num, withScores: false), default);

    public static Command<ArgList, string[], StringArrayParser> ZRevRange(RedisKey key, long start, long end) =>
        new(Cmd.ZRevRange, LegacyRangeArgs(key, start, end, null, null, withScores: false), default);

    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZRevRangeWithScores(RedisKey key, long start, long end) =>
        new(Cmd.ZRevRange, LegacyRangeArgs(key, start, end, null, null, withScores: true), default);

    public static Command<Args2, long?, NullableInt64Parser> ZRank(RedisKey key, RedisValue member) =>
        new(Cmd.ZRank, new Args2(Check.Key(key), Check.Value(member, nameof(member))), default);

    public static Command<Args2, long?, NullableInt64Parser> ZRevRank(RedisKey key, RedisValue member) =>
        new(Cmd.ZRevRank, new Args2(Check.Key(key), Check.Value(member, nameof(member))), default);

    public static Command<Args2, double?, NullableDoubleParser> ZScore(RedisKey key, RedisValue member) =>
        new(Cmd.ZScore, new Args2(Check.Key(key), Check.Value(member, nameof(member))), default);

    public static Command<ArgList, double?[], NullableDoubleArrayParser> ZMScore(RedisKey key, IEnumerable<RedisValue> members) =>
        new(Cmd.ZMScore, MemberArgs.KeyAndValues(key, members, nameof(members), allowEmpty: false), default);

    public static Command<Args3, double, DoubleParser> ZIncrBy(RedisKey key, double amount, RedisValue member) =>
        new(Cmd.ZIncrBy, new Args3(Check.Key(key), Check.Finite(amount, nameof(amount)), Check.Value(member, nameof(member))), default);

    public static Command<Args1, long, Int64Parser> ZCard(RedisKey key) => new(Cmd.ZCard, new Args1(Check.Key(key)), default);

    public static Command<Args3, long, Int64Parser> ZCount(RedisKey key, ScoreBound min, ScoreBound max) =>
        new(Cmd.ZCount, new Args3(Check.Key(key), min.ToValue(), max.ToValue()), default);

    public static Command<Args3, long, Int64Parser> ZLexCount(RedisKey key, LexBound min, LexBound max) =>
        new(Cmd.ZLexCount, new Args3(Check.Key(key), min.ToValue(), max.ToValue()), default);

    public static Command<ArgList, long, Int64Parser> ZRem(RedisKey key, IEnumerable<RedisValue> members) =>
        new(Cmd.ZRem, MemberArgs.KeyAndValues(key, members, nameof(members), allowEmpty: false), default);

    public static Command<Args3, long, Int64Parser> ZRemRangeByRank(RedisKey key, long start, long end) =>
        new(Cmd.ZRemRangeByRank, new Args3(Check.Key(key), start, end), default);

    public static Command<Args3, long, Int64Parser> ZRemRangeByScore(RedisKey key, ScoreBound min, ScoreBound max) =>
        new(Cmd.ZRemRangeByScore, new Args3(Check.Key(key), min.ToValue(), max.ToValue()), default);

    public static Command<Args3, long, Int64Parser> ZRemRangeByLex(RedisKey key, LexBound min, LexBound max) =>
        new(Cmd.ZRemRangeByLex, new Args3(Check.Key(key), min.ToValue(), max.ToValue()), default);

    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZPopMin(RedisKey key, long? count) => new(Cmd.ZPopMin, PopArgs(key, count), default);

    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZPopMax(RedisKey key, long? count) => new(Cmd.ZPopMax, PopArgs(key, count), default);

    public static Command<ArgList, SortedSetPopResult?, SortedSetPopParser> ZMPop(IEnumerable<RedisKey> keys, bool min, bool max, long? count)
    {
        var args = new ArgListBuilder(8);
        AddMultiPop(ref args, keys, min, max, count);
        return new(Cmd.ZMPop, args.Build(), default);
    }

    /// <summary>BZPOPMIN and BZPOPMAX: the keys, then the timeout in seconds.</summary>
    public static Command<ArgList, KeyedScoredMember?, KeyedScoredMemberParser> BZPop(CommandInfo command, IEnumerable<RedisKey> keys, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var args = new ArgListBuilder(((keys as ICollection<RedisKey>)?.Count ?? 4) + 1);
        foreach (var key in keys)
        {
            args.Add(Check.Key(key, nameof(keys)));
        }

        if (args.Count == 0)
        {
            throw new ArgumentException("At least one key is needed.", nameof(keys));
        }

        args.Add(BlockingTimeout.Seconds(timeout, nameof(timeout)));
        return new(command, args.Build(), default) { ExtraTimeoutMilliseconds = BlockingTimeout.ExtraMilliseconds(timeout) };
    }

    /// <summary>BZMPOP: ZMPOP's arguments after the timeout.</summary>
    public static Command<ArgList, SortedSetPopResult?, SortedSetPopParser> BZMPop(TimeSpan timeout, IEnumerable<RedisKey> keys, bool min, bool max, long? count)
    {
        var args = new ArgListBuilder(9);
        args.Add(BlockingTimeout.Seconds(timeout, nameof(timeout)));
        AddMultiPop(ref args, keys, min, max, count);
        return new(Cmd.BZMPop, args.Build(), default) { ExtraTimeoutMilliseconds = BlockingTimeout.ExtraMilliseconds(timeout) };
    }

    public static Command<ArgList, string[], StringArrayParser> ZUnion(IEnumerable<RedisKey> keys, IEnumerable<double>? weights, SortedSetAggregate? aggregate) =>
        new(Cmd.ZUnion, CombineArgs(default, keys, weights, aggregate, withScores: false), default);

    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZUnionWithScores(IEnumerable<RedisKey> keys, IEnumerable<double>? weights, SortedSetAggregate? aggregate) =>
        new(Cmd.ZUnion, CombineArgs(default, keys, weights, aggregate, withScores: true), default);

    public static Command<ArgList, string[], StringArrayParser> ZInter(IEnumerable<RedisKey> keys, IEnumerable<double>? weights, SortedSetAggregate? aggregate) =>
        new(Cmd.ZInter, CombineArgs(default, keys, weights, aggregate, withScores: false), default);

    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZInterWithScores(IEnumerable<RedisKey> keys, IEnumerable<double>? weights, SortedSetAggregate? aggregate) =>
        new(Cmd.ZInter, CombineArgs(default, keys, weights, aggregate, withScores: true), default);

    public static Command<ArgList, string[], StringArrayParser> ZDiff(IEnumerable<RedisKey> keys) =>
        new(Cmd.ZDiff, CombineArgs(default, keys, null, null, withScores: false), default);

    public static Command<ArgList, ScoredMember[], ScoredMemberArrayParser> ZDiffWithScores(IEnumerable<RedisKey> keys) =>
        new(Cmd.ZDiff, CombineArgs(default, keys, null, null, withScores: true), default);

    public static Command<ArgList, long, Int64Parser> ZUnionStore(RedisKey destination, IEnumerable<RedisKey> keys, IEnumerable<double>? weights, SortedSetAggregate? aggregate) =>
        new(Cmd.ZUnionStore, CombineArgs(Check.Key(destination, nameof(destination)), keys, weights, aggregate, withScores: false), default);

    public static Command<ArgList, long, Int64Parser> ZInterStore(RedisKey destination, IEnumerable<RedisKey> keys, IEnumerable<double>? weights, SortedSetAggregate? aggregate) =>
        new(Cmd.ZInterStore, CombineArgs(Check.Key(destination, nameof(destination)), keys, weights, aggregate, withScores: false), default);

    public static Command<ArgList, long, Int64Parser> ZDiffStore(RedisKey destination, IEnumerable<RedisKey> keys) =>
        new(Cmd.ZDiffStore, CombineArgs(Check.Key(destination, nameof(destination)), keys, null, null, withScores: false), default);

    public static Command<ArgList, long, Int64Parser> ZInterCard(IEnumerable<RedisKey> keys, long limit)
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

    public static Command<Args1, string?, StringParser> ZRandMember(RedisKey key) => new(Cmd.ZRandMember, new Args1(Check.Key(key)), default);

    /// <remarks>A negative count lets members repeat, as in Redis.</remarks>
    public static Command<Args2, string[], StringArrayParser> ZRandMember(RedisKey key, long count) =>
        new(Cmd.ZRandMember, new Args2(Check.Key(key), count), default);

    public static Command<Args3, ScoredMember[], ScoredMemberArrayParser> ZRandMemberWithScores(RedisKey key, long count) =>
        new(Cmd.ZRandMember, new Args3(Check.Key(key), count, "WITHSCORES"), default);

    public static Command<ArgList, ScanResult<ScoredMember>, ScanParser<ScoredMember, ScoredMemberScanItems>> ZScan(RedisKey key, ulong cursor, RedisValue match, long? count)
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
