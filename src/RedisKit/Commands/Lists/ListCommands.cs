using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>Definitions of the list commands, blocking ones included.</summary>
internal static class ListCommands
{
    public static Command<ArgList, long, Int64Parser> Push(CommandInfo command, RedisKey key, IEnumerable<RedisValue> values) =>
        new(command, Check.KeyAndValues(key, values, nameof(values)), default);

    public static Command<Args1, string?, StringParser> Pop(CommandInfo command, RedisKey key) => new(command, new Args1(Check.Key(key)), default);

    public static Command<Args1, byte[]?, BytesParser> PopBytes(CommandInfo command, RedisKey key) => new(command, new Args1(Check.Key(key)), default);

    public static Command<Args2, string[]?, StringArrayOrNullParser> Pop(CommandInfo command, RedisKey key, long count)
    {
        // COUNT 0 is accepted by Redis but pops nothing; a negative count is an error there too.
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new(command, new Args2(Check.Key(key), count), default);
    }

    public static Command<Args3, string[], StringArrayParser> LRange(RedisKey key, long start, long end) =>
        new(Cmd.LRange, new Args3(Check.Key(key), start, end), default);

    public static Command<Args1, long, Int64Parser> LLen(RedisKey key) => new(Cmd.LLen, new Args1(Check.Key(key)), default);

    public static Command<Args2, string?, StringParser> LIndex(RedisKey key, long index) => new(Cmd.LIndex, new Args2(Check.Key(key), index), default);

    public static Command<Args2, byte[]?, BytesParser> LIndexBytes(RedisKey key, long index) => new(Cmd.LIndex, new Args2(Check.Key(key), index), default);

    public static Command<Args3, bool, BooleanParser> LSet(RedisKey key, long index, RedisValue value) =>
        new(Cmd.LSet, new Args3(Check.Key(key), index, Check.Value(value)), default);

    public static Command<ArgList, long, Int64Parser> LInsert(RedisKey key, ListInsertPosition where, RedisValue pivot, RedisValue value)
    {
        var args = new ArgListBuilder(4);
        args.Add(Check.Key(key));
        args.Add(where switch
        {
            ListInsertPosition.Before => "BEFORE",
            ListInsertPosition.After => "AFTER",
            _ => throw new ArgumentOutOfRangeException(nameof(where), where, "Use ListInsertPosition.Before or ListInsertPosition.After."),
        });
        args.Add(Check.Value(pivot, nameof(pivot)));
        args.Add(Check.Value(value));
        return new(Cmd.LInsert, args.Build(), default);
    }

    public static Command<Args3, long, Int64Parser> LRem(RedisKey key, long count, RedisValue value) =>
        new(Cmd.LRem, new Args3(Check.Key(key), count, Check.Value(value)), default);

    public static Command<Args3, bool, BooleanParser> LTrim(RedisKey key, long start, long end) =>
        new(Cmd.LTrim, new Args3(Check.Key(key), start, end), default);

    public static Command<ArgList, long?, NullableInt64Parser> LPos(RedisKey key, RedisValue element, long? rank, long? maxLen) =>
        new(Cmd.LPos, LPosArgs(key, element, rank, null, maxLen), default);

    public static Command<ArgList, long[], Int64ArrayParser> LPos(RedisKey key, RedisValue element, long count, long? rank, long? maxLen)
    {
        // COUNT 0 means "every match", as in Redis.
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new(Cmd.LPos, LPosArgs(key, element, rank, count, maxLen), default);
    }

    public static Command<Args4, string?, StringParser> LMove(RedisKey source, RedisKey destination, ListDirection sourceSide, ListDirection destinationSide) =>
        new(Cmd.LMove, MoveArgs(source, destination, sourceSide, destinationSide), default);

    public static Command<Args4, byte[]?, BytesParser> LMoveBytes(RedisKey source, RedisKey destination, ListDirection sourceSide, ListDirection destinationSide) =>
        new(Cmd.LMove, MoveArgs(source, destination, sourceSide, destinationSide), default);

    public static Command<ArgList, ListMultiPopResult<T>?, ListMultiPopParser<T, TValue>> LMPop<T, TValue>(
        IEnumerable<RedisKey> keys, ListDirection direction, long? count)
        where TValue : struct, IValueReader<T> =>
        new(Cmd.LMPop, MultiPopArgs(default, keys, direction, count, blocking: false), default);

    public static Command<ArgList, ListPopResult<T>?, ListPopParser<T, TValue>> BPop<T, TValue>(CommandInfo command, IEnumerable<RedisKey> keys, TimeSpan timeout)
        where TValue : struct, IValueReader<T>
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

    public static Command<ArgList, string?, StringParser> BLMove(RedisKey source, RedisKey destination, TimeSpan timeout, ListDirection sourceSide,
        ListDirection destinationSide) =>
        new(Cmd.BLMove, BLMoveArgs(source, destination, timeout, sourceSide, destinationSide), default)
        {
            ExtraTimeoutMilliseconds = BlockingTimeout.ExtraMilliseconds(timeout),
        };

    public static Command<ArgList, byte[]?, BytesParser> BLMoveBytes(RedisKey source, RedisKey destination, TimeSpan timeout, ListDirection sourceSide,
        ListDirection destinationSide) =>
        new(Cmd.BLMove, BLMoveArgs(source, destination, timeout, sourceSide, destinationSide), default)
        {
            ExtraTimeoutMilliseconds = BlockingTimeout.ExtraMilliseconds(timeout),
        };

    public static Command<ArgList, ListMultiPopResult<T>?, ListMultiPopParser<T, TValue>> BLMPop<T, TValue>(
        TimeSpan timeout, IEnumerable<RedisKey> keys, ListDirection direction, long? count)
        where TValue : struct, IValueReader<T> =>
        new(Cmd.BLMPop, MultiPopArgs(timeout, keys, direction, count, blocking: true), default)
        {
            ExtraTimeoutMilliseconds = BlockingTimeout.ExtraMilliseconds(timeout),
        };

    public static Command<Args3, string?, StringParser> BRPopLPush(RedisKey source, RedisKey destination, TimeSpan timeout) =>
        new(Cmd.BRPopLPush, new Args3(Check.Key(source, nameof(source)), Check.Key(destination, nameof(destination)), BlockingTimeout.Seconds(timeout, nameof(timeout))), default)
        {
            ExtraTimeoutMilliseconds = BlockingTimeout.ExtraMilliseconds(timeout),
        };

    public static Command<Args3, byte[]?, BytesParser> BRPopLPushBytes(RedisKey source, RedisKey destination, TimeSpan timeout) =>
        new(Cmd.BRPopLPush, new Args3(Check.Key(source, nameof(source)), Check.Key(destination, nameof(destination)), BlockingTimeout.Seconds(timeout, nameof(timeout))), default)
        {
            ExtraTimeoutMilliseconds = BlockingTimeout.ExtraMilliseconds(timeout),
        };

    internal static RedisValue Side(ListDirection direction, string parameterName) => direction switch
    {
        ListDirection.Left => "LEFT",
        ListDirection.Right => "RIGHT",
        _ => throw new ArgumentOutOfRangeException(parameterName, direction, "Use ListDirection.Left or ListDirection.Right."),
    };

    private static Args4 MoveArgs(RedisKey source, RedisKey destination, ListDirection sourceSide, ListDirection destinationSide) =>
        new(Check.Key(source, nameof(source)), Check.Key(destination, nameof(destination)), Side(sourceSide, nameof(sourceSide)),
            Side(destinationSide, nameof(destinationSide)));

    private static ArgList BLMoveArgs(RedisKey source, RedisKey destination, TimeSpan timeout, ListDirection sourceSide, ListDirection destinationSide)
    {
        var args = new ArgListBuilder(5);
        args.Add(Check.Key(source, nameof(source)));
        args.Add(Check.Key(destination, nameof(destination)));
        args.Add(Side(sourceSide, nameof(sourceSide)));
        args.Add(Side(destinationSide, nameof(destinationSide)));
        args.Add(BlockingTimeout.Seconds(timeout, nameof(timeout)));
        return args.Build();
    }

    private static ArgList MultiPopArgs(TimeSpan timeout, IEnumerable<RedisKey> keys, ListDirection direction, long? count, bool blocking)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var args = new ArgListBuilder(((keys as ICollection<RedisKey>)?.Count ?? 4) + 5);
        if (blocking)
        {
            args.Add(BlockingTimeout.Seconds(timeout, nameof(timeout)));
        }

        var countIndex = args.Count;
        args.Add(0);
        foreach (var key in keys)
        {
            args.Add(Check.Key(key, nameof(keys)));
        }

        var keyCount = args.Count - countIndex - 1;
        if (keyCount == 0)
        {
            throw new ArgumentException("At least one key is needed.", nameof(keys));
        }

        args.Set(countIndex, keyCount);
        args.Add(Side(direction, nameof(direction)));
        if (count is { } n)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n, nameof(count));
            args.Add("COUNT");
            args.Add(n);
        }

        return args.Build();
    }

    private static ArgList LPosArgs(RedisKey key, RedisValue element, long? rank, long? count, long? maxLen)
    {
        var args = new ArgListBuilder(8);
        args.Add(Check.Key(key));
        args.Add(Check.Value(element, nameof(element)));
        if (rank is { } r)
        {
            if (r == 0)
            {
                throw new ArgumentOutOfRangeException(nameof(rank), r, "rank counts matches from 1 (from the head) or -1 (from the tail); 0 is not a rank.");
            }

            args.Add("RANK");
            args.Add(r);
        }

        if (count is { } c)
        {
            args.Add("COUNT");
            args.Add(c);
        }

        if (maxLen is { } m)
        {
            // MAXLEN 0 means "no limit", as in Redis.
            ArgumentOutOfRangeException.ThrowIfNegative(m, nameof(maxLen));
            args.Add("MAXLEN");
            args.Add(m);
        }

        return args.Build();
    }
}
