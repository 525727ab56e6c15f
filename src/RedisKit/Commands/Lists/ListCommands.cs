using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>
/// The list commands: each definition is the command's one hand-written place. The blocking ones
/// (BLPOP, BRPOP, BLMOVE, BLMPOP, BRPOPLPUSH) have no pipeline form: they would hold up every
/// command queued after them, so they run only on the client, on a leased connection.
/// </summary>
internal static class ListCommands
{
    private const string Blocking = "A blocking command holds its connection until it is answered, which would stall every command queued after it; it runs on a connection of its own.";

    /// <summary>LPUSH: adds the values at the head, one after another (so the last one ends up first); returns the new length.</summary>
    /// <param name="key">The list; created when missing.</param>
    /// <param name="values">The values to add, at least one.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, long, Int64Parser> LPush(RedisKey key, IEnumerable<RedisValue> values) => Push(Cmd.LPush, key, values);

    /// <summary>RPUSH: adds the values at the tail, in order; returns the new length.</summary>
    /// <param name="key">The list; created when missing.</param>
    /// <param name="values">The values to add, at least one.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, long, Int64Parser> RPush(RedisKey key, IEnumerable<RedisValue> values) => Push(Cmd.RPush, key, values);

    /// <summary>LPUSHX: LPUSH only when the list exists; returns the new length, 0 when the key is missing.</summary>
    /// <param name="key">The list; never created.</param>
    /// <param name="values">The values to add, at least one.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, long, Int64Parser> LPushX(RedisKey key, IEnumerable<RedisValue> values) => Push(Cmd.LPushX, key, values);

    /// <summary>RPUSHX: RPUSH only when the list exists; returns the new length, 0 when the key is missing.</summary>
    /// <param name="key">The list; never created.</param>
    /// <param name="values">The values to add, at least one.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, long, Int64Parser> RPushX(RedisKey key, IEnumerable<RedisValue> values) => Push(Cmd.RPushX, key, values);

    /// <summary>LPOP: removes and returns the first value as text, or null when the list is empty or missing.</summary>
    [RedisCommand]
    public static Command<Args1, string?, StringParser> LPop(RedisKey key) => new(Cmd.LPop, new Args1(Check.Key(key)), default);

    /// <summary>LPOP: removes and returns the first value as bytes, or null when the list is empty or missing.</summary>
    [RedisCommand]
    public static Command<Args1, byte[]?, BytesParser> LPopBytes(RedisKey key) => new(Cmd.LPop, new Args1(Check.Key(key)), default);

    /// <summary>
    /// LPOP with a count: removes and returns up to <paramref name="count"/> values from the head, or
    /// null (not an empty array) when the list is missing, as Redis answers.
    /// </summary>
    [RedisCommand]
    public static Command<Args2, string[]?, StringArrayOrNullParser> LPop(RedisKey key, long count) => Pop(Cmd.LPop, key, count);

    /// <summary>RPOP: removes and returns the last value as text, or null when the list is empty or missing.</summary>
    [RedisCommand]
    public static Command<Args1, string?, StringParser> RPop(RedisKey key) => new(Cmd.RPop, new Args1(Check.Key(key)), default);

    /// <summary>RPOP: removes and returns the last value as bytes, or null when the list is empty or missing.</summary>
    [RedisCommand]
    public static Command<Args1, byte[]?, BytesParser> RPopBytes(RedisKey key) => new(Cmd.RPop, new Args1(Check.Key(key)), default);

    /// <summary>
    /// RPOP with a count: removes and returns up to <paramref name="count"/> values from the tail (last
    /// first), or null (not an empty array) when the list is missing, as Redis answers.
    /// </summary>
    [RedisCommand]
    public static Command<Args2, string[]?, StringArrayOrNullParser> RPop(RedisKey key, long count) => Pop(Cmd.RPop, key, count);

    /// <summary>LRANGE: the values from <paramref name="start"/> to <paramref name="end"/>, both included; negative indexes count from the tail (-1 is the last).</summary>
    [RedisCommand]
    public static Command<Args3, string[], StringArrayParser> LRange(RedisKey key, long start, long end) =>
        new(Cmd.LRange, new Args3(Check.Key(key), start, end), default);

    /// <summary>LLEN: the length of the list; 0 when the key does not exist.</summary>
    [RedisCommand]
    public static Command<Args1, long, Int64Parser> LLen(RedisKey key) => new(Cmd.LLen, new Args1(Check.Key(key)), default);

    /// <summary>LINDEX: the value at <paramref name="index"/> (negative counts from the tail) as text, or null when out of range.</summary>
    [RedisCommand]
    public static Command<Args2, string?, StringParser> LIndex(RedisKey key, long index) => new(Cmd.LIndex, new Args2(Check.Key(key), index), default);

    /// <summary>LINDEX: the value at <paramref name="index"/> (negative counts from the tail) as bytes, or null when out of range.</summary>
    [RedisCommand]
    public static Command<Args2, byte[]?, BytesParser> LIndexBytes(RedisKey key, long index) => new(Cmd.LIndex, new Args2(Check.Key(key), index), default);

    /// <summary>LSET: replaces the value at <paramref name="index"/>; true when done. An index out of range or a missing key throws <see cref="RedisResponseException"/>.</summary>
    [RedisCommand]
    public static Command<Args3, bool, BooleanParser> LSet(RedisKey key, long index, RedisValue value) =>
        new(Cmd.LSet, new Args3(Check.Key(key), index, Check.Value(value)), default);

    /// <summary>
    /// LINSERT: inserts <paramref name="value"/> before or after the first occurrence of
    /// <paramref name="pivot"/>; returns the new length, -1 when the pivot is not found, 0 when the key is missing.
    /// </summary>
    [RedisCommand]
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

    /// <summary>
    /// LREM: removes occurrences of <paramref name="value"/>: the first <paramref name="count"/> from the
    /// head when positive, from the tail when negative, all when 0; returns how many were removed.
    /// </summary>
    [RedisCommand]
    public static Command<Args3, long, Int64Parser> LRem(RedisKey key, long count, RedisValue value) =>
        new(Cmd.LRem, new Args3(Check.Key(key), count, Check.Value(value)), default);

    /// <summary>LTRIM: keeps only the values from <paramref name="start"/> to <paramref name="end"/>, both included; true when done.</summary>
    [RedisCommand]
    public static Command<Args3, bool, BooleanParser> LTrim(RedisKey key, long start, long end) =>
        new(Cmd.LTrim, new Args3(Check.Key(key), start, end), default);

    /// <summary>LPOS: the index of the first match of <paramref name="element"/>, or null when there is none.</summary>
    /// <param name="key">The list.</param>
    /// <param name="element">The value to look for.</param>
    /// <param name="rank">Which match to return: 2 for the second from the head, -1 for the first from the tail; null for the first.</param>
    /// <param name="maxLen">How many elements to compare at most; null or 0 for the whole list.</param>
    [RedisCommand]
    public static Command<ArgList, long?, NullableInt64Parser> LPos(RedisKey key, RedisValue element, long? rank = null, long? maxLen = null) =>
        new(Cmd.LPos, LPosArgs(key, element, rank, null, maxLen), default);

    /// <summary>
    /// LPOS with COUNT: the indexes of up to <paramref name="count"/> matches (0 for all), empty when
    /// there is none. Give <paramref name="rank"/> and <paramref name="maxLen"/> by name: as a third
    /// positional argument a number is the count here, where redis-py takes the rank.
    /// </summary>
    /// <param name="key">The list.</param>
    /// <param name="element">The value to look for.</param>
    /// <param name="count">How many matches to return; 0 for every match.</param>
    /// <param name="rank">The match to start from: 2 skips the first match, -1 searches from the tail; null for the first.</param>
    /// <param name="maxLen">How many elements to compare at most; null or 0 for the whole list.</param>
    [RedisCommand]
    public static Command<ArgList, long[], Int64ArrayParser> LPos(RedisKey key, RedisValue element, long count, long? rank = null, long? maxLen = null)
    {
        // COUNT 0 means "every match", as in Redis.
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new(Cmd.LPos, LPosArgs(key, element, rank, count, maxLen), default);
    }

    /// <summary>
    /// LMOVE: atomically takes a value from one end of <paramref name="source"/> and pushes it at one end of
    /// <paramref name="destination"/> (which may be the same list); returns it as text, or null when the source is empty.
    /// </summary>
    [RedisCommand]
    public static Command<Args4, string?, StringParser> LMove(RedisKey source, RedisKey destination, ListDirection sourceSide = ListDirection.Left,
        ListDirection destinationSide = ListDirection.Right) =>
        new(Cmd.LMove, MoveArgs(source, destination, sourceSide, destinationSide), default);

    /// <summary>LMOVE returning the moved value as bytes; null when the source is empty.</summary>
    [RedisCommand]
    public static Command<Args4, byte[]?, BytesParser> LMoveBytes(RedisKey source, RedisKey destination, ListDirection sourceSide = ListDirection.Left,
        ListDirection destinationSide = ListDirection.Right) =>
        new(Cmd.LMove, MoveArgs(source, destination, sourceSide, destinationSide), default);

    /// <summary>
    /// LMPOP: pops up to <paramref name="count"/> values (one when null) from the given end of the first
    /// non-empty list among <paramref name="keys"/>; null when all are empty.
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, ListMultiPopResult<string>?, ListMultiPopParser<string, TextValue>> LMPop(IEnumerable<RedisKey> keys, ListDirection direction,
        long? count = null) =>
        MultiPop<string, TextValue>(keys, direction, count);

    /// <summary>LMPOP with the values as bytes; null when every list is empty.</summary>
    [RedisCommand]
    public static Command<ArgList, ListMultiPopResult<byte[]>?, ListMultiPopParser<byte[], BytesValue>> LMPopBytes(IEnumerable<RedisKey> keys,
        ListDirection direction, long? count = null) =>
        MultiPop<byte[], BytesValue>(keys, direction, count);

    /// <summary>
    /// BLPOP: pops the first value of the first non-empty list among <paramref name="keys"/>, waiting up to
    /// <paramref name="timeout"/> (zero: forever) for one to get a value; null when the wait timed out.
    /// Runs on a leased connection (on a client from <see cref="RedisClient.Client"/>, on its one connection), and may
    /// wait longer than <see cref="RedisOptions.SocketTimeout"/>. Cancelling closes that connection, since
    /// the server would still answer it later.
    /// </summary>
    [RedisCommand(NoPipeline = Blocking)]
    public static Command<ArgList, ListPopResult<string>?, ListPopParser<string, TextValue>> BLPop(IEnumerable<RedisKey> keys, TimeSpan timeout = default) =>
        BPop<string, TextValue>(Cmd.BLPop, keys, timeout);

    /// <inheritdoc cref="RedisClient.BLPopAsync(IEnumerable{RedisKey}, TimeSpan, CancellationToken)"/>
    /// <param name="key">The one list to wait on.</param>
    /// <param name="timeout">How long to wait for a value; zero waits forever.</param>
    [RedisCommand(Name = "BLPop", NoPipeline = Blocking, CancellationDoc = "Stops waiting (and closes the command's connection).")]
    public static Command<ArgList, ListPopResult<string>?, ListPopParser<string, TextValue>> BLPopKey(RedisKey key, TimeSpan timeout = default) =>
        BPop<string, TextValue>(Cmd.BLPop, [key], timeout);

    /// <summary>BLPOP with the value as bytes; null when the wait timed out.</summary>
    [RedisCommand(NoPipeline = Blocking)]
    public static Command<ArgList, ListPopResult<byte[]>?, ListPopParser<byte[], BytesValue>> BLPopBytes(IEnumerable<RedisKey> keys, TimeSpan timeout = default) =>
        BPop<byte[], BytesValue>(Cmd.BLPop, keys, timeout);

    /// <summary>
    /// BRPOP: pops the last value of the first non-empty list among <paramref name="keys"/>, waiting up to
    /// <paramref name="timeout"/> (zero: forever); null when the wait timed out. Runs on a connection of
    /// its own, may wait longer than the socket timeout, and cancelling closes that connection.
    /// </summary>
    [RedisCommand(NoPipeline = Blocking)]
    public static Command<ArgList, ListPopResult<string>?, ListPopParser<string, TextValue>> BRPop(IEnumerable<RedisKey> keys, TimeSpan timeout = default) =>
        BPop<string, TextValue>(Cmd.BRPop, keys, timeout);

    /// <inheritdoc cref="RedisClient.BRPopAsync(IEnumerable{RedisKey}, TimeSpan, CancellationToken)"/>
    /// <param name="key">The one list to wait on.</param>
    /// <param name="timeout">How long to wait for a value; zero waits forever.</param>
    [RedisCommand(Name = "BRPop", NoPipeline = Blocking, CancellationDoc = "Stops waiting (and closes the command's connection).")]
    public static Command<ArgList, ListPopResult<string>?, ListPopParser<string, TextValue>> BRPopKey(RedisKey key, TimeSpan timeout = default) =>
        BPop<string, TextValue>(Cmd.BRPop, [key], timeout);

    /// <summary>BRPOP with the value as bytes; null when the wait timed out.</summary>
    [RedisCommand(NoPipeline = Blocking)]
    public static Command<ArgList, ListPopResult<byte[]>?, ListPopParser<byte[], BytesValue>> BRPopBytes(IEnumerable<RedisKey> keys, TimeSpan timeout = default) =>
        BPop<byte[], BytesValue>(Cmd.BRPop, keys, timeout);

    /// <summary>
    /// BLMOVE: LMOVE that waits up to <paramref name="timeout"/> (zero: forever) for the source to get a
    /// value; returns the moved value, or null when the wait timed out. Runs on a connection of its own.
    /// </summary>
    [RedisCommand(NoPipeline = Blocking)]
    public static Command<ArgList, string?, StringParser> BLMove(RedisKey source, RedisKey destination, TimeSpan timeout, ListDirection sourceSide = ListDirection.Left,
        ListDirection destinationSide = ListDirection.Right) =>
        new(Cmd.BLMove, BLMoveArgs(source, destination, timeout, sourceSide, destinationSide), default)
        {
            ExtraTimeoutMilliseconds = BlockingTimeout.ExtraMilliseconds(timeout),
        };

    /// <summary>BLMOVE returning the moved value as bytes; null when the wait timed out.</summary>
    [RedisCommand(NoPipeline = Blocking)]
    public static Command<ArgList, byte[]?, BytesParser> BLMoveBytes(RedisKey source, RedisKey destination, TimeSpan timeout,
        ListDirection sourceSide = ListDirection.Left, ListDirection destinationSide = ListDirection.Right) =>
        new(Cmd.BLMove, BLMoveArgs(source, destination, timeout, sourceSide, destinationSide), default)
        {
            ExtraTimeoutMilliseconds = BlockingTimeout.ExtraMilliseconds(timeout),
        };

    /// <summary>
    /// BLMPOP: LMPOP that waits up to <paramref name="timeout"/> (zero: forever) for one of the lists to
    /// get a value; null when the wait timed out. Runs on a connection of its own.
    /// </summary>
    [RedisCommand(NoPipeline = Blocking)]
    public static Command<ArgList, ListMultiPopResult<string>?, ListMultiPopParser<string, TextValue>> BLMPop(TimeSpan timeout, IEnumerable<RedisKey> keys,
        ListDirection direction, long? count = null) =>
        BlockingMultiPop<string, TextValue>(timeout, keys, direction, count);

    /// <summary>BLMPOP with the values as bytes; null when the wait timed out.</summary>
    [RedisCommand(NoPipeline = Blocking)]
    public static Command<ArgList, ListMultiPopResult<byte[]>?, ListMultiPopParser<byte[], BytesValue>> BLMPopBytes(TimeSpan timeout, IEnumerable<RedisKey> keys,
        ListDirection direction, long? count = null) =>
        BlockingMultiPop<byte[], BytesValue>(timeout, keys, direction, count);

    /// <summary>
    /// BRPOPLPUSH (deprecated by Redis in favour of BLMOVE): moves the last value of <paramref name="source"/>
    /// to the head of <paramref name="destination"/>, waiting up to <paramref name="timeout"/> (zero: forever);
    /// returns it, or null when the wait timed out. Runs on a connection of its own.
    /// </summary>
    [RedisCommand(NoPipeline = Blocking)]
    public static Command<Args3, string?, StringParser> BRPopLPush(RedisKey source, RedisKey destination, TimeSpan timeout = default) =>
        new(Cmd.BRPopLPush, BRPopLPushArgs(source, destination, timeout), default)
        {
            ExtraTimeoutMilliseconds = BlockingTimeout.ExtraMilliseconds(timeout),
        };

    /// <summary>BRPOPLPUSH returning the moved value as bytes; null when the wait timed out.</summary>
    [RedisCommand(NoPipeline = Blocking)]
    public static Command<Args3, byte[]?, BytesParser> BRPopLPushBytes(RedisKey source, RedisKey destination, TimeSpan timeout = default) =>
        new(Cmd.BRPopLPush, BRPopLPushArgs(source, destination, timeout), default)
        {
            ExtraTimeoutMilliseconds = BlockingTimeout.ExtraMilliseconds(timeout),
        };

    /// <summary>LPUSH, RPUSH, LPUSHX or RPUSHX: the key, then at least one value.</summary>
    private static Command<ArgList, long, Int64Parser> Push(CommandInfo command, RedisKey key, IEnumerable<RedisValue> values) =>
        new(command, Check.KeyAndValues(key, values, nameof(values)), default);

    /// <summary>BLPOP or BRPOP over <paramref name="keys"/>, the value read as text or bytes by <typeparamref name="TValue"/>.</summary>
    private static Command<ArgList, ListPopResult<T>?, ListPopParser<T, TValue>> BPop<T, TValue>(CommandInfo command, IEnumerable<RedisKey> keys, TimeSpan timeout)
        where TValue : struct, IValueReader<T> =>
        BlockingTimeout.KeysThenSeconds<ListPopResult<T>?, ListPopParser<T, TValue>>(command, keys, timeout);

    private static Command<Args2, string[]?, StringArrayOrNullParser> Pop(CommandInfo command, RedisKey key, long count)
    {
        // COUNT 0 is accepted by Redis but pops nothing; a negative count is an error there too.
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new(command, new Args2(Check.Key(key), count), default);
    }

    private static Command<ArgList, ListMultiPopResult<T>?, ListMultiPopParser<T, TValue>> MultiPop<T, TValue>(
        IEnumerable<RedisKey> keys, ListDirection direction, long? count)
        where TValue : struct, IValueReader<T> =>
        new(Cmd.LMPop, MultiPopArgs(default, keys, direction, count, blocking: false), default);

    private static Command<ArgList, ListMultiPopResult<T>?, ListMultiPopParser<T, TValue>> BlockingMultiPop<T, TValue>(
        TimeSpan timeout, IEnumerable<RedisKey> keys, ListDirection direction, long? count)
        where TValue : struct, IValueReader<T> =>
        new(Cmd.BLMPop, MultiPopArgs(timeout, keys, direction, count, blocking: true), default)
        {
            ExtraTimeoutMilliseconds = BlockingTimeout.ExtraMilliseconds(timeout),
        };

    private static Args3 BRPopLPushArgs(RedisKey source, RedisKey destination, TimeSpan timeout) =>
        new(Check.Key(source, nameof(source)), Check.Key(destination, nameof(destination)), BlockingTimeout.Seconds(timeout, nameof(timeout)));

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
