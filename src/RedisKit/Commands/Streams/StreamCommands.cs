using System.Collections.Concurrent;
using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>Definitions of the stream commands, XREAD and XREADGROUP with BLOCK included.</summary>
internal static class StreamCommands
{
    public static Command<ArgList, string?, StringParser> XAdd(RedisKey key, IEnumerable<KeyValuePair<RedisValue, RedisValue>> fields, string id, long? maxLen,
        bool approximate, bool noMkStream, string? minId, long? limit)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var args = new ArgListBuilder(9 + (((fields as ICollection<KeyValuePair<RedisValue, RedisValue>>)?.Count ?? 4) * 2));
        args.Add(Check.Key(key));
        if (noMkStream)
        {
            args.Add("NOMKSTREAM");
        }

        AddTrim(ref args, maxLen, approximate, minId, limit, required: false);
        args.Add(Id(id, nameof(id)));
        var start = args.Count;
        foreach (var pair in fields)
        {
            args.Add(Check.Value(pair.Key, nameof(fields)));
            args.Add(Check.Value(pair.Value, nameof(fields)));
        }

        if (args.Count == start)
        {
            throw new ArgumentException("An entry needs at least one field and value.", nameof(fields));
        }

        return new(Cmd.XAdd, args.Build(), default);
    }

    /// <summary>XRANGE (from <paramref name="first"/> up to <paramref name="last"/>) or XREVRANGE (from <paramref name="first"/> down).</summary>
    public static Command<ArgList, StreamEntry[], StreamEntryArrayParser> Range(CommandInfo command, RedisKey key, string first, string last, long? count,
        string firstName, string lastName)
    {
        var args = new ArgListBuilder(5);
        args.Add(Check.Key(key));
        args.Add(Id(first, firstName));
        args.Add(Id(last, lastName));
        AddCount(ref args, count);
        return new(command, args.Build(), default);
    }

    /// <summary>XSETID key last-id [ENTRIESADDED n] [MAXDELETEDID id] (the options need Redis 7).</summary>
    public static Command<ArgList, bool, BooleanParser> XSetId(RedisKey key, string lastId, long? entriesAdded, string? maxDeletedId)
    {
        ArgumentException.ThrowIfNullOrEmpty(lastId);
        var args = new ArgListBuilder(6);
        args.Add(Check.Key(key));
        args.Add(lastId);
        if (entriesAdded is { } added)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(added, nameof(entriesAdded));
            args.Add("ENTRIESADDED");
            args.Add(added);
        }

        if (maxDeletedId is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(maxDeletedId);
            args.Add("MAXDELETEDID");
            args.Add(maxDeletedId);
        }

        return new(Cmd.XSetId, args.Build(), default);
    }

    public static Command<Args1, long, Int64Parser> XLen(RedisKey key) => new(Cmd.XLen, new Args1(Check.Key(key)), default);

    public static Command<ArgList, long, Int64Parser> XDel(RedisKey key, IEnumerable<string> ids)
    {
        var args = new ArgListBuilder(4);
        args.Add(Check.Key(key));
        AddIds(ref args, ids, nameof(ids));
        return new(Cmd.XDel, args.Build(), default);
    }

    public static Command<ArgList, long, Int64Parser> XTrim(RedisKey key, long? maxLen, bool approximate, string? minId, long? limit)
    {
        var args = new ArgListBuilder(6);
        args.Add(Check.Key(key));
        AddTrim(ref args, maxLen, approximate, minId, limit, required: true);
        return new(Cmd.XTrim, args.Build(), default);
    }

    /// <summary>XREAD [COUNT count] [BLOCK milliseconds] STREAMS key... id...; with BLOCK a blocking command.</summary>
    public static Command<ArgList, StreamReadResult[], StreamReadParser> XRead(IEnumerable<KeyValuePair<RedisKey, string>> streams, long? count, TimeSpan? block)
    {
        var args = new ArgListBuilder(8);
        AddCount(ref args, count);
        var extra = AddBlock(ref args, block);
        return Read(block is null ? Cmd.XRead : Cmd.XReadBlocking, ref args, streams, extra);
    }

    /// <summary>XREADGROUP GROUP group consumer [COUNT count] [BLOCK milliseconds] [NOACK] STREAMS key... id...</summary>
    public static Command<ArgList, StreamReadResult[], StreamReadParser> XReadGroup(string groupName, string consumerName,
        IEnumerable<KeyValuePair<RedisKey, string>> streams, long? count, TimeSpan? block, bool noAck)
    {
        var args = new ArgListBuilder(12);
        args.Add("GROUP");
        args.Add(Name(groupName, nameof(groupName)));
        args.Add(Name(consumerName, nameof(consumerName)));
        AddCount(ref args, count);
        var extra = AddBlock(ref args, block);
        if (noAck)
        {
            args.Add("NOACK");
        }

        return Read(block is null ? Cmd.XReadGroup : Cmd.XReadGroupBlocking, ref args, streams, extra);
    }

    public static Command<ArgList, bool, BooleanParser> XGroupCreate(RedisKey key, string groupName, string id, bool mkStream, long? entriesRead)
    {
        var args = new ArgListBuilder(6);
        args.Add(Check.Key(key));
        args.Add(Name(groupName, nameof(groupName)));
        args.Add(Id(id, nameof(id)));
        if (mkStream)
        {
            args.Add("MKSTREAM");
        }

        AddEntriesRead(ref args, entriesRead);
        return new(Cmd.XGroupCreate, args.Build(), default);
    }

    public static Command<Args2, bool, BooleanParser> XGroupDestroy(RedisKey key, string groupName) =>
        new(Cmd.XGroupDestroy, new Args2(Check.Key(key), Name(groupName, nameof(groupName))), default);

    public static Command<Args3, bool, BooleanParser> XGroupCreateConsumer(RedisKey key, string groupName, string consumerName) =>
        new(Cmd.XGroupCreateConsumer, new Args3(Check.Key(key), Name(groupName, nameof(groupName)), Name(consumerName, nameof(consumerName))), default);

    public static Command<Args3, long, Int64Parser> XGroupDelConsumer(RedisKey key, string groupName, string consumerName) =>
        new(Cmd.XGroupDelConsumer, new Args3(Check.Key(key), Name(groupName, nameof(groupName)), Name(consumerName, nameof(consumerName))), default);

    public static Command<ArgList, bool, BooleanParser> XGroupSetId(RedisKey key, string groupName, string id, long? entriesRead)
    {
        var args = new ArgListBuilder(5);
        args.Add(Check.Key(key));
        args.Add(Name(groupName, nameof(groupName)));
        args.Add(Id(id, nameof(id)));
        AddEntriesRead(ref args, entriesRead);
        return new(Cmd.XGroupSetId, args.Build(), default);
    }

    public static Command<ArgList, long, Int64Parser> XAck(RedisKey key, string groupName, IEnumerable<string> ids)
    {
        var args = new ArgListBuilder(4);
        args.Add(Check.Key(key));
        args.Add(Name(groupName, nameof(groupName)));
        AddIds(ref args, ids, nameof(ids));
        return new(Cmd.XAck, args.Build(), default);
    }

    public static Command<Args2, StreamPendingSummary, StreamPendingSummaryParser> XPending(RedisKey key, string groupName) =>
        new(Cmd.XPending, new Args2(Check.Key(key), Name(groupName, nameof(groupName))), default);

    /// <summary>XPENDING key group [IDLE min-idle-time] start end count [consumer].</summary>
    public static Command<ArgList, StreamPendingEntry[], StreamPendingEntryArrayParser> XPendingRange(RedisKey key, string groupName, string min, string max,
        long count, string? consumerName, TimeSpan? idle)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var args = new ArgListBuilder(8);
        args.Add(Check.Key(key));
        args.Add(Name(groupName, nameof(groupName)));
        if (idle is { } minIdle)
        {
            args.Add("IDLE");
            args.Add(Milliseconds(minIdle, nameof(idle)));
        }

        args.Add(Id(min, nameof(min)));
        args.Add(Id(max, nameof(max)));
        args.Add(count);
        if (consumerName is not null)
        {
            args.Add(Name(consumerName, nameof(consumerName)));
        }

        return new(Cmd.XPending, args.Build(), default);
    }

    public static Command<ArgList, StreamEntry[], StreamEntryArrayParser> XClaim(RedisKey key, string groupName, string consumerName, TimeSpan minIdleTime,
        IEnumerable<string> messageIds, TimeSpan? idle, DateTimeOffset? time, long? retryCount, bool force) =>
        new(Cmd.XClaim, ClaimArgs(key, groupName, consumerName, minIdleTime, messageIds, idle, time, retryCount, force, justId: false), default);

    public static Command<ArgList, string[], StringArrayParser> XClaimJustId(RedisKey key, string groupName, string consumerName, TimeSpan minIdleTime,
        IEnumerable<string> messageIds, TimeSpan? idle, DateTimeOffset? time, long? retryCount, bool force) =>
        new(Cmd.XClaim, ClaimArgs(key, groupName, consumerName, minIdleTime, messageIds, idle, time, retryCount, force, justId: true), default);

    public static Command<ArgList, StreamAutoClaimResult<StreamEntry>, StreamAutoClaimParser<StreamEntry, StreamEntryItems>> XAutoClaim(RedisKey key,
        string groupName, string consumerName, TimeSpan minIdleTime, string startId, long? count) =>
        new(Cmd.XAutoClaim, AutoClaimArgs(key, groupName, consumerName, minIdleTime, startId, count, justId: false), default);

    public static Command<ArgList, StreamAutoClaimResult<string>, StreamAutoClaimParser<string, StreamIdItems>> XAutoClaimJustId(RedisKey key,
        string groupName, string consumerName, TimeSpan minIdleTime, string startId, long? count) =>
        new(Cmd.XAutoClaim, AutoClaimArgs(key, groupName, consumerName, minIdleTime, startId, count, justId: true), default);

    public static Command<Args1, StreamInfo, StreamInfoParser> XInfoStream(RedisKey key) => new(Cmd.XInfoStream, new Args1(Check.Key(key)), default);

    public static Command<Args1, StreamGroupInfo[], StreamGroupInfoArrayParser> XInfoGroups(RedisKey key) =>
        new(Cmd.XInfoGroups, new Args1(Check.Key(key)), default);

    public static Command<Args2, StreamConsumerInfo[], StreamConsumerInfoArrayParser> XInfoConsumers(RedisKey key, string groupName) =>
        new(Cmd.XInfoConsumers, new Args2(Check.Key(key), Name(groupName, nameof(groupName))), default);

    /// <summary>
    /// Ends XREAD and XREADGROUP: STREAMS, every key, then every id in the same order. The keys'
    /// positions depend on what came before and on the number of streams, hence the per-shape info.
    /// </summary>
    private static Command<ArgList, StreamReadResult[], StreamReadParser> Read(CommandInfo template, ref ArgListBuilder args,
        IEnumerable<KeyValuePair<RedisKey, string>> streams, long extraTimeoutMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(streams);

        // Keys and ids go in two runs, so a one-pass sequence is buffered first.
        var list = streams as IReadOnlyCollection<KeyValuePair<RedisKey, string>> ?? new List<KeyValuePair<RedisKey, string>>(streams);
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one stream is needed, with the id to read after.", nameof(streams));
        }

        args.Add("STREAMS");
        var firstKey = args.Count + 1;
        foreach (var stream in list)
        {
            args.Add(Check.Key(stream.Key, nameof(streams)));
        }

        foreach (var stream in list)
        {
            args.Add(Id(stream.Value, nameof(streams)));
        }

        var info = StreamReadShapes.Get(template, firstKey, list.Count);
        return new(info, args.Build(), default) { ExtraTimeoutMilliseconds = extraTimeoutMilliseconds };
    }

    /// <summary>MAXLEN or MINID, approximate (<c>~</c>) or exact, and LIMIT, as XADD and XTRIM take them.</summary>
    private static void AddTrim(ref ArgListBuilder args, long? maxLen, bool approximate, string? minId, long? limit, bool required)
    {
        if (maxLen is not null && minId is not null)
        {
            throw new ArgumentException("Give maxLen or minId, not both: a stream is trimmed by one of them.", nameof(minId));
        }

        if (maxLen is { } length)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(length, nameof(maxLen));
            args.Add("MAXLEN");
            AddApproximate(ref args, approximate);
            args.Add(length);
        }
        else if (minId is not null)
        {
            args.Add("MINID");
            AddApproximate(ref args, approximate);
            args.Add(Id(minId, nameof(minId)));
        }
        else if (required)
        {
            throw new ArgumentException("XTRIM needs maxLen or minId to know what to trim.", nameof(maxLen));
        }

        if (limit is { } most)
        {
            if (maxLen is null && minId is null)
            {
                throw new ArgumentException("limit bounds trimming, so it needs maxLen or minId.", nameof(limit));
            }

            if (!approximate)
            {
                throw new ArgumentException("limit only applies to approximate trimming; Redis refuses it with exact trimming (approximate: false).", nameof(limit));
            }

            // LIMIT 0 lifts the bound, as in Redis.
            ArgumentOutOfRangeException.ThrowIfNegative(most, nameof(limit));
            args.Add("LIMIT");
            args.Add(most);
        }
    }

    private static void AddApproximate(ref ArgListBuilder args, bool approximate)
    {
        // Exact trimming is the default and is sent without "=", which Redis before 6.2 does not know.
        if (approximate)
        {
            args.Add("~");
        }
    }

    private static void AddCount(ref ArgListBuilder args, long? count)
    {
        if (count is { } n)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(n, nameof(count));
            args.Add("COUNT");
            args.Add(n);
        }
    }

    /// <summary>BLOCK in milliseconds; returns how long past the socket timeout the reply may take (0 without BLOCK, -1 for no limit).</summary>
    private static long AddBlock(ref ArgListBuilder args, TimeSpan? block)
    {
        if (block is not { } wait)
        {
            return 0;
        }

        var milliseconds = BlockingTimeout.Milliseconds(wait, nameof(block));
        args.Add("BLOCK");
        args.Add(milliseconds);
        return milliseconds == 0 ? -1 : milliseconds;
    }

    private static void AddEntriesRead(ref ArgListBuilder args, long? entriesRead)
    {
        if (entriesRead is { } n)
        {
            args.Add("ENTRIESREAD");
            args.Add(n);
        }
    }

    private static void AddIds(ref ArgListBuilder args, IEnumerable<string> ids, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(ids, parameterName);
        var start = args.Count;
        foreach (var id in ids)
        {
            args.Add(Id(id, parameterName));
        }

        if (args.Count == start)
        {
            throw new ArgumentException("At least one entry id is needed.", parameterName);
        }
    }

    /// <summary>XCLAIM key group consumer min-idle-time id... [IDLE ms] [TIME unix-ms] [RETRYCOUNT n] [FORCE] [JUSTID].</summary>
    private static ArgList ClaimArgs(RedisKey key, string groupName, string consumerName, TimeSpan minIdleTime, IEnumerable<string> messageIds,
        TimeSpan? idle, DateTimeOffset? time, long? retryCount, bool force, bool justId)
    {
        if (idle is not null && time is not null)
        {
            throw new ArgumentException("Give idle or time, not both: each sets when the entry was last delivered.", nameof(time));
        }

        var args = new ArgListBuilder(12);
        args.Add(Check.Key(key));
        args.Add(Name(groupName, nameof(groupName)));
        args.Add(Name(consumerName, nameof(consumerName)));
        args.Add(Milliseconds(minIdleTime, nameof(minIdleTime)));
        AddIds(ref args, messageIds, nameof(messageIds));
        if (idle is { } sinceDelivery)
        {
            args.Add("IDLE");
            args.Add(Milliseconds(sinceDelivery, nameof(idle)));
        }

        if (time is { } delivered)
        {
            args.Add("TIME");
            args.Add(delivered.ToUnixTimeMilliseconds());
        }

        if (retryCount is { } retries)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(retries, nameof(retryCount));
            args.Add("RETRYCOUNT");
            args.Add(retries);
        }

        if (force)
        {
            args.Add("FORCE");
        }

        if (justId)
        {
            args.Add("JUSTID");
        }

        return args.Build();
    }

    /// <summary>XAUTOCLAIM key group consumer min-idle-time start [COUNT count] [JUSTID].</summary>
    private static ArgList AutoClaimArgs(RedisKey key, string groupName, string consumerName, TimeSpan minIdleTime, string startId, long? count, bool justId)
    {
        var args = new ArgListBuilder(8);
        args.Add(Check.Key(key));
        args.Add(Name(groupName, nameof(groupName)));
        args.Add(Name(consumerName, nameof(consumerName)));
        args.Add(Milliseconds(minIdleTime, nameof(minIdleTime)));
        args.Add(Id(startId, nameof(startId)));
        if (count is { } n)
        {
            // Redis refuses COUNT 0 here, unlike XRANGE.
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n, nameof(count));
            args.Add("COUNT");
            args.Add(n);
        }

        if (justId)
        {
            args.Add("JUSTID");
        }

        return args.Build();
    }

    /// <summary>An entry id or range bound (<c>1-0</c>, <c>*</c>, <c>$</c>, <c>&gt;</c>, <c>-</c>, <c>+</c>, <c>(1-0</c>): text that cannot be empty.</summary>
    private static RedisValue Id(string id, string parameterName)
    {
        ArgumentException.ThrowIfNullOrEmpty(id, parameterName);
        return id;
    }

    /// <summary>A group or consumer name.</summary>
    private static RedisValue Name(string name, string parameterName)
    {
        ArgumentException.ThrowIfNullOrEmpty(name, parameterName);
        return name;
    }

    /// <summary>A time span in whole milliseconds (idle times); sub-millisecond parts are dropped.</summary>
    private static long Milliseconds(TimeSpan value, string parameterName)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero, parameterName);
        return value.Ticks / TimeSpan.TicksPerMillisecond;
    }
}

/// <summary>
/// The key positions of XREAD and XREADGROUP, which name their keys after STREAMS and their ids
/// after the keys: where the keys start depends on the options, where they end on the number of
/// streams. One <see cref="CommandInfo"/> per shape keeps them exact for routers and telemetry;
/// shapes repeat (a few option sets times the stream counts in use), so they are cached.
/// </summary>
internal static class StreamReadShapes
{
    // Past this many streams a shape is built for the call alone, so odd callers cannot grow the cache without bound.
    private const int MaxCachedStreams = 64;

    private static readonly ConcurrentDictionary<(CommandInfo Template, int FirstKey, int Streams), CommandInfo> Shapes = new();

    /// <summary>The info of <paramref name="template"/>'s command with <paramref name="streams"/> keys from argument <paramref name="firstKey"/> on.</summary>
    public static CommandInfo Get(CommandInfo template, int firstKey, int streams) =>
        streams <= MaxCachedStreams
            ? Shapes.GetOrAdd((template, firstKey, streams), static shape => Create(shape.Template, shape.FirstKey, shape.Streams))
            : Create(template, firstKey, streams);

    // The last key is followed by one id per stream.
    private static CommandInfo Create(CommandInfo template, int firstKey, int streams) =>
        new(template.Name, template.Flags, firstKey, keyStep: 1, lastKey: -(streams + 1));
}
