using System.Collections.Concurrent;
using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>
/// The stream commands: each definition is the command's one hand-written place. Entry ids, range
/// bounds, group and consumer names are strings, as Redis and redis-py write them
/// ("1700000000000-0", "*", "$", "&gt;", "-", "+"); fields and values go as RedisValue and come back
/// as text (RedisOptions.Encoding) in StreamEntry, with the same shapes under RESP2 and RESP3.
/// XREAD and XREADGROUP with a BLOCK wait are blocking commands: the client runs them on a leased
/// connection, as BLPOP, and a pipeline refuses them.
/// </summary>
internal static class StreamCommands
{
    /// <summary>
    /// XADD (redis-py's <c>xadd(name, fields, id, maxlen, approximate, nomkstream, minid, limit)</c>):
    /// appends an entry and returns its id; null when <paramref name="noMkStream"/> is set and the
    /// stream does not exist. With <paramref name="maxLen"/> or <paramref name="minId"/> the stream is
    /// trimmed in the same step; as in redis-py, trimming is approximate (<c>~</c>, cheaper, may keep a
    /// few more entries) unless <paramref name="approximate"/> is false.
    /// </summary>
    /// <param name="key">The stream; created when missing unless <paramref name="noMkStream"/> is set.</param>
    /// <param name="fields">The entry's fields and values, at least one pair.</param>
    /// <param name="id">The entry id: <c>*</c> (the default) lets Redis pick it; <c>ms-*</c> picks the sequence only.</param>
    /// <param name="maxLen">Trim to about (or, not approximate, exactly) this many entries.</param>
    /// <param name="approximate">Trim with <c>~</c> (true, the default) or exactly.</param>
    /// <param name="noMkStream">Add nothing, and return null, when the stream does not exist.</param>
    /// <param name="minId">Trim the entries with ids lower than this one.</param>
    /// <param name="limit">With approximate trimming, evict at most this many entries (0: no bound).</param>
    /// <exception cref="ArgumentException">
    /// No field is given, both <paramref name="maxLen"/> and <paramref name="minId"/> are, or
    /// <paramref name="limit"/> comes without approximate trimming.
    /// </exception>
    [RedisCommand]
    public static Command<ArgList, string?, StringParser> XAdd(RedisKey key, IEnumerable<KeyValuePair<RedisValue, RedisValue>> fields, string id = "*",
        long? maxLen = null, bool approximate = true, bool noMkStream = false, string? minId = null, long? limit = null)
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

    /// <summary>
    /// XRANGE: the entries with ids from <paramref name="min"/> to <paramref name="max"/>, oldest first,
    /// at most <paramref name="count"/>. <c>-</c> and <c>+</c> are the smallest and largest ids; a bound
    /// starting with <c>(</c> is exclusive (Redis 6.2).
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, StreamEntry[], StreamEntryArrayParser> XRange(RedisKey key, string min = "-", string max = "+", long? count = null) =>
        Range(Cmd.XRange, key, min, max, count, nameof(min), nameof(max));

    /// <summary>
    /// XREVRANGE: as <see cref="RedisClient.XRangeAsync"/> from <paramref name="max"/> down to
    /// <paramref name="min"/>, newest first.
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, StreamEntry[], StreamEntryArrayParser> XRevRange(RedisKey key, string max = "+", string min = "-", long? count = null) =>
        Range(Cmd.XRevRange, key, max, min, count, nameof(max), nameof(min));

    /// <summary>
    /// XSETID: sets the stream's last delivered ID to <paramref name="lastId"/> and, on Redis 7,
    /// its entries-added counter and its greatest deleted ID. Always true.
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> XSetId(RedisKey key, string lastId, long? entriesAdded = null, string? maxDeletedId = null)
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

    /// <summary>XLEN: the number of entries; 0 when the stream does not exist.</summary>
    [RedisCommand]
    public static Command<Args1, long, Int64Parser> XLen(RedisKey key) => new(Cmd.XLen, new Args1(Check.Key(key)), default);

    /// <summary>XDEL: deletes entries by id; returns how many existed.</summary>
    /// <param name="key">The stream.</param>
    /// <param name="ids">The ids of the entries to delete, at least one.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, long, Int64Parser> XDel(RedisKey key, IEnumerable<string> ids)
    {
        var args = new ArgListBuilder(4);
        args.Add(Check.Key(key));
        AddIds(ref args, ids, nameof(ids));
        return new(Cmd.XDel, args.Build(), default);
    }

    /// <summary>
    /// XTRIM (redis-py's <c>xtrim(name, maxlen, approximate, minid, limit)</c>): trims the stream to
    /// <paramref name="maxLen"/> entries, or drops the entries with ids below <paramref name="minId"/>;
    /// approximate (<c>~</c>) by default, as in redis-py. Returns how many entries were deleted.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// Neither or both of <paramref name="maxLen"/> and <paramref name="minId"/> is given, or
    /// <paramref name="limit"/> comes without approximate trimming.
    /// </exception>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> XTrim(RedisKey key, long? maxLen = null, bool approximate = true, string? minId = null, long? limit = null)
    {
        var args = new ArgListBuilder(6);
        args.Add(Check.Key(key));
        AddTrim(ref args, maxLen, approximate, minId, limit, required: true);
        return new(Cmd.XTrim, args.Build(), default);
    }

    /// <summary>
    /// XREAD (redis-py's <c>xread(streams, count, block)</c>): for each stream, the entries with ids
    /// greater than the one given (<c>0</c> for all, <c>$</c> for only those added from now on while
    /// blocking), at most <paramref name="count"/> per stream; only the streams that had entries appear.
    /// <para>
    /// Without <paramref name="block"/> this is an ordinary command. With it, the call waits up to that
    /// long (zero: forever) for an entry and returns an empty array when the wait ends with none; it
    /// then runs on a leased connection (on a client from <see cref="RedisClient.Client"/>, on its one connection)
    /// and may wait longer than <see cref="RedisOptions.SocketTimeout"/>. Cancelling a blocked read
    /// closes that connection, since the server would still answer it later. A pipeline cannot wait:
    /// queueing a read with <paramref name="block"/> throws <see cref="InvalidOperationException"/>.
    /// </para>
    /// </summary>
    /// <param name="streams">Each stream's key with the id to read after, like redis-py's <c>{name: id}</c> dictionary.</param>
    /// <param name="count">At most this many entries per stream; null for no limit.</param>
    /// <param name="block">How long to wait for an entry when there is none: null never waits, zero waits forever.</param>
    /// <exception cref="ArgumentException">No stream is given, or a key or id is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="block"/> or <paramref name="count"/> is negative.</exception>
    [RedisCommand]
    public static Command<ArgList, StreamReadResult[], StreamReadParser> XRead(IEnumerable<KeyValuePair<RedisKey, string>> streams, long? count = null,
        TimeSpan? block = null)
    {
        var args = new ArgListBuilder(8);
        AddCount(ref args, count);
        var extra = AddBlock(ref args, block);
        return Read(block is null ? Cmd.XRead : Cmd.XReadBlocking, ref args, streams, extra);
    }

    /// <summary>
    /// XREADGROUP (redis-py's <c>xreadgroup(groupname, consumername, streams, count, block, noack)</c>):
    /// reads as <paramref name="consumerName"/> of the group. The id <c>&gt;</c> asks for entries never
    /// delivered to the group, which become pending for this consumer (unless <paramref name="noAck"/>);
    /// any other id re-reads this consumer's own pending entries after it, where an entry deleted
    /// since comes back with no fields (<see cref="StreamEntry.IsDeleted"/>). <paramref name="block"/>
    /// works as in <see cref="RedisClient.XReadAsync"/>: null never waits, zero waits forever, an empty array
    /// when the wait ends with nothing; a pipeline refuses a read with <paramref name="block"/>.
    /// </summary>
    /// <param name="groupName">The consumer group, created beforehand with <see cref="RedisClient.XGroupCreateAsync"/>.</param>
    /// <param name="consumerName">The consumer reading; created in the group on first use.</param>
    /// <param name="streams">Each stream's key with the id to read after (usually <c>&gt;</c>).</param>
    /// <param name="count">At most this many entries per stream; null for no limit.</param>
    /// <param name="block">How long to wait for an entry when there is none: null never waits, zero waits forever.</param>
    /// <param name="noAck">Deliver without adding to the pending list, as if acknowledged at once.</param>
    /// <exception cref="ArgumentException">No stream is given, or a key, id or name is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="block"/> or <paramref name="count"/> is negative.</exception>
    [RedisCommand]
    public static Command<ArgList, StreamReadResult[], StreamReadParser> XReadGroup(string groupName, string consumerName,
        IEnumerable<KeyValuePair<RedisKey, string>> streams, long? count = null, TimeSpan? block = null, bool noAck = false)
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

    /// <summary>
    /// XGROUP CREATE: creates a consumer group that will deliver the entries after <paramref name="id"/>
    /// (<c>$</c>, the default: only new ones; <c>0</c>: all). Redis answers BUSYGROUP
    /// (<see cref="RedisResponseException"/>) when the group exists, and an error when the stream does
    /// not unless <paramref name="mkStream"/> is set. <paramref name="entriesRead"/> (Redis 7.0) sets the
    /// group's read counter so that its lag is known. Returns true.
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> XGroupCreate(RedisKey key, string groupName, string id = "$", bool mkStream = false, long? entriesRead = null)
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

    /// <summary>XGROUP DESTROY: deletes a consumer group with its pending list; true when it existed.</summary>
    [RedisCommand]
    public static Command<Args2, bool, BooleanParser> XGroupDestroy(RedisKey key, string groupName) =>
        new(Cmd.XGroupDestroy, new Args2(Check.Key(key), Name(groupName, nameof(groupName))), default);

    /// <summary>XGROUP CREATECONSUMER: adds a consumer to a group; true when it was created, false when it existed.</summary>
    [RedisCommand]
    public static Command<Args3, bool, BooleanParser> XGroupCreateConsumer(RedisKey key, string groupName, string consumerName) =>
        new(Cmd.XGroupCreateConsumer, new Args3(Check.Key(key), Name(groupName, nameof(groupName)), Name(consumerName, nameof(consumerName))), default);

    /// <summary>
    /// XGROUP DELCONSUMER: removes a consumer from a group; returns how many entries it had pending,
    /// which are no longer pending for anyone.
    /// </summary>
    [RedisCommand]
    public static Command<Args3, long, Int64Parser> XGroupDelConsumer(RedisKey key, string groupName, string consumerName) =>
        new(Cmd.XGroupDelConsumer, new Args3(Check.Key(key), Name(groupName, nameof(groupName)), Name(consumerName, nameof(consumerName))), default);

    /// <summary>
    /// XGROUP SETID: moves the group's last delivered id to <paramref name="id"/> (<c>$</c>: the end of
    /// the stream), optionally with its read counter (<paramref name="entriesRead"/>, Redis 7.0); returns true.
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> XGroupSetId(RedisKey key, string groupName, string id, long? entriesRead = null)
    {
        var args = new ArgListBuilder(5);
        args.Add(Check.Key(key));
        args.Add(Name(groupName, nameof(groupName)));
        args.Add(Id(id, nameof(id)));
        AddEntriesRead(ref args, entriesRead);
        return new(Cmd.XGroupSetId, args.Build(), default);
    }

    /// <summary>XACK: acknowledges entries, removing them from the group's pending list; returns how many were pending.</summary>
    /// <param name="key">The stream.</param>
    /// <param name="groupName">The consumer group.</param>
    /// <param name="ids">The ids of the entries to acknowledge, at least one.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, long, Int64Parser> XAck(RedisKey key, string groupName, IEnumerable<string> ids)
    {
        var args = new ArgListBuilder(4);
        args.Add(Check.Key(key));
        args.Add(Name(groupName, nameof(groupName)));
        AddIds(ref args, ids, nameof(ids));
        return new(Cmd.XAck, args.Build(), default);
    }

    /// <summary>
    /// XPENDING, summary form (redis-py's <c>xpending(name, groupname)</c>): how many entries are
    /// pending in the group, the smallest and largest pending ids, and the count per consumer.
    /// </summary>
    [RedisCommand]
    public static Command<Args2, StreamPendingSummary, StreamPendingSummaryParser> XPending(RedisKey key, string groupName) =>
        new(Cmd.XPending, new Args2(Check.Key(key), Name(groupName, nameof(groupName))), default);

    /// <summary>
    /// XPENDING, extended form (redis-py's <c>xpending_range(name, groupname, min, max, count,
    /// consumername, idle)</c>): up to <paramref name="count"/> pending entries with ids from
    /// <paramref name="min"/> to <paramref name="max"/> (<c>-</c> and <c>+</c> for all), each with its
    /// owner, idle time and delivery count.
    /// </summary>
    /// <param name="key">The stream.</param>
    /// <param name="groupName">The consumer group.</param>
    /// <param name="min">The smallest id to list; <c>-</c> for the first.</param>
    /// <param name="max">The largest id to list; <c>+</c> for the last.</param>
    /// <param name="count">At most this many entries.</param>
    /// <param name="consumerName">Only this consumer's entries; null for every consumer's.</param>
    /// <param name="idle">Only entries idle at least this long (Redis 6.2); null for all.</param>
    [RedisCommand]
    public static Command<ArgList, StreamPendingEntry[], StreamPendingEntryArrayParser> XPendingRange(RedisKey key, string groupName, string min, string max,
        long count, string? consumerName = null, TimeSpan? idle = null)
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

    /// <summary>
    /// XCLAIM (redis-py's <c>xclaim(...)</c> without <c>justid</c>): gives <paramref name="consumerName"/>
    /// the pending entries among <paramref name="messageIds"/> that have been idle at least
    /// <paramref name="minIdleTime"/>, and returns them. Each claim counts as a delivery.
    /// </summary>
    /// <param name="key">The stream.</param>
    /// <param name="groupName">The consumer group.</param>
    /// <param name="consumerName">The consumer taking the entries.</param>
    /// <param name="minIdleTime">Only entries idle at least this long are claimed (whole milliseconds).</param>
    /// <param name="messageIds">The ids of the entries to claim, at least one.</param>
    /// <param name="idle">Set the claimed entries' idle time to this instead of zero.</param>
    /// <param name="time">Set the claimed entries' last delivery to this time instead of now.</param>
    /// <param name="retryCount">Set the delivery count to this instead of adding one.</param>
    /// <param name="force">Claim ids that are not pending (but exist in the stream) too.</param>
    /// <exception cref="ArgumentException">No id is given, or both <paramref name="idle"/> and <paramref name="time"/> are.</exception>
    [RedisCommand]
    public static Command<ArgList, StreamEntry[], StreamEntryArrayParser> XClaim(RedisKey key, string groupName, string consumerName, TimeSpan minIdleTime,
        IEnumerable<string> messageIds, TimeSpan? idle = null, DateTimeOffset? time = null, long? retryCount = null, bool force = false) =>
        new(Cmd.XClaim, ClaimArgs(key, groupName, consumerName, minIdleTime, messageIds, idle, time, retryCount, force, justId: false), default);

    /// <summary>
    /// XCLAIM ... JUSTID (redis-py's <c>xclaim(..., justid=True)</c>): as <see cref="RedisClient.XClaimAsync"/>, but
    /// returns only the claimed ids and does not count the claim as a delivery.
    /// </summary>
    /// <param name="key">The stream.</param>
    /// <param name="groupName">The consumer group.</param>
    /// <param name="consumerName">The consumer taking the entries.</param>
    /// <param name="minIdleTime">Only entries idle at least this long are claimed (whole milliseconds).</param>
    /// <param name="messageIds">The ids of the entries to claim, at least one.</param>
    /// <param name="idle">Set the claimed entries' idle time to this instead of zero.</param>
    /// <param name="time">Set the claimed entries' last delivery to this time instead of now.</param>
    /// <param name="retryCount">Set the delivery count to this instead of adding one.</param>
    /// <param name="force">Claim ids that are not pending (but exist in the stream) too.</param>
    /// <exception cref="ArgumentException">No id is given, or both <paramref name="idle"/> and <paramref name="time"/> are.</exception>
    [RedisCommand]
    public static Command<ArgList, string[], StringArrayParser> XClaimJustId(RedisKey key, string groupName, string consumerName, TimeSpan minIdleTime,
        IEnumerable<string> messageIds, TimeSpan? idle = null, DateTimeOffset? time = null, long? retryCount = null, bool force = false) =>
        new(Cmd.XClaim, ClaimArgs(key, groupName, consumerName, minIdleTime, messageIds, idle, time, retryCount, force, justId: true), default);

    /// <summary>
    /// XAUTOCLAIM (redis-py's <c>xautoclaim(name, groupname, consumername, min_idle_time, start_id,
    /// count)</c>): scans the group's pending entries from <paramref name="startId"/> and gives
    /// <paramref name="consumerName"/> those idle at least <paramref name="minIdleTime"/>. One call
    /// handles up to <paramref name="count"/> (Redis' default: 100) entries, the claimed ones and those
    /// found deleted from the stream alike. Call again with
    /// <see cref="StreamAutoClaimResult{T}.NextStartId"/> until it is <c>0-0</c> to cover the whole list.
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, StreamAutoClaimResult<StreamEntry>, StreamAutoClaimParser<StreamEntry, StreamEntryItems>> XAutoClaim(RedisKey key,
        string groupName, string consumerName, TimeSpan minIdleTime, string startId = "0-0", long? count = null) =>
        new(Cmd.XAutoClaim, AutoClaimArgs(key, groupName, consumerName, minIdleTime, startId, count, justId: false), default);

    /// <summary>
    /// XAUTOCLAIM ... JUSTID: as <see cref="RedisClient.XAutoClaimAsync"/>, returning only the claimed ids, without
    /// counting the claim as a delivery.
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, StreamAutoClaimResult<string>, StreamAutoClaimParser<string, StreamIdItems>> XAutoClaimJustId(RedisKey key,
        string groupName, string consumerName, TimeSpan minIdleTime, string startId = "0-0", long? count = null) =>
        new(Cmd.XAutoClaim, AutoClaimArgs(key, groupName, consumerName, minIdleTime, startId, count, justId: true), default);

    /// <summary>
    /// XINFO STREAM (redis-py's <c>xinfo_stream(name)</c>): the stream's length, ids, group count and
    /// first and last entries. Redis answers an error (<see cref="RedisResponseException"/>) when the
    /// key does not exist.
    /// </summary>
    [RedisCommand]
    public static Command<Args1, StreamInfo, StreamInfoParser> XInfoStream(RedisKey key) => new(Cmd.XInfoStream, new Args1(Check.Key(key)), default);

    /// <summary>XINFO GROUPS: the stream's consumer groups; an error when the key does not exist.</summary>
    [RedisCommand]
    public static Command<Args1, StreamGroupInfo[], StreamGroupInfoArrayParser> XInfoGroups(RedisKey key) =>
        new(Cmd.XInfoGroups, new Args1(Check.Key(key)), default);

    /// <summary>XINFO CONSUMERS: the consumers of a group; an error when the key or the group does not exist.</summary>
    [RedisCommand]
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

    /// <summary>XRANGE (from <paramref name="first"/> up to <paramref name="last"/>) or XREVRANGE (from <paramref name="first"/> down).</summary>
    private static Command<ArgList, StreamEntry[], StreamEntryArrayParser> Range(CommandInfo command, RedisKey key, string first, string last, long? count,
        string firstName, string lastName)
    {
        var args = new ArgListBuilder(5);
        args.Add(Check.Key(key));
        args.Add(Id(first, firstName));
        args.Add(Id(last, lastName));
        AddCount(ref args, count);
        return new(command, args.Build(), default);
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
