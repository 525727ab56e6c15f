using RedisKit.Commands;

namespace RedisKit;

// Streams. Entry ids, range bounds, group and consumer names are strings, as Redis and redis-py
// write them ("1700000000000-0", "*", "$", ">", "-", "+"); fields and values go as RedisValue and
// come back as text (RedisOptions.Encoding) in StreamEntry, with the same shapes under RESP2 and
// RESP3. XREAD and XREADGROUP with a BLOCK wait run on a leased connection, as BLPOP does.
public sealed partial class RedisClient
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
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    /// <exception cref="ArgumentException">
    /// No field is given, both <paramref name="maxLen"/> and <paramref name="minId"/> are, or
    /// <paramref name="limit"/> comes without approximate trimming.
    /// </exception>
    public ValueTask<string?> XAddAsync(RedisKey key, IEnumerable<KeyValuePair<RedisValue, RedisValue>> fields, string id = "*", long? maxLen = null,
        bool approximate = true, bool noMkStream = false, string? minId = null, long? limit = null, CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XAdd(key, fields, id, maxLen, approximate, noMkStream, minId, limit), cancellationToken);

    /// <summary>
    /// XRANGE: the entries with ids from <paramref name="min"/> to <paramref name="max"/>, oldest first,
    /// at most <paramref name="count"/>. <c>-</c> and <c>+</c> are the smallest and largest ids; a bound
    /// starting with <c>(</c> is exclusive (Redis 6.2).
    /// </summary>
    public ValueTask<StreamEntry[]> XRangeAsync(RedisKey key, string min = "-", string max = "+", long? count = null, CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.Range(Cmd.XRange, key, min, max, count, nameof(min), nameof(max)), cancellationToken);

    /// <summary>XREVRANGE: as <see cref="XRangeAsync"/> from <paramref name="max"/> down to <paramref name="min"/>, newest first.</summary>
    public ValueTask<StreamEntry[]> XRevRangeAsync(RedisKey key, string max = "+", string min = "-", long? count = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.Range(Cmd.XRevRange, key, max, min, count, nameof(max), nameof(min)), cancellationToken);

    /// <summary>XLEN: the number of entries; 0 when the stream does not exist.</summary>
    public ValueTask<long> XLenAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(StreamCommands.XLen(key), cancellationToken);

    /// <summary>XDEL: deletes entries by id; returns how many existed.</summary>
    public ValueTask<long> XDelAsync(RedisKey key, params string[] ids) => XDelAsync(key, ids, CancellationToken.None);

    /// <inheritdoc cref="XDelAsync(RedisKey, string[])"/>
    /// <param name="key">The stream.</param>
    /// <param name="ids">The ids of the entries to delete, at least one.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> XDelAsync(RedisKey key, IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XDel(key, ids), cancellationToken);

    /// <summary>
    /// XTRIM (redis-py's <c>xtrim(name, maxlen, approximate, minid, limit)</c>): trims the stream to
    /// <paramref name="maxLen"/> entries, or drops the entries with ids below <paramref name="minId"/>;
    /// approximate (<c>~</c>) by default, as in redis-py. Returns how many entries were deleted.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// Neither or both of <paramref name="maxLen"/> and <paramref name="minId"/> is given, or
    /// <paramref name="limit"/> comes without approximate trimming.
    /// </exception>
    public ValueTask<long> XTrimAsync(RedisKey key, long? maxLen = null, bool approximate = true, string? minId = null, long? limit = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XTrim(key, maxLen, approximate, minId, limit), cancellationToken);

    /// <summary>
    /// XREAD (redis-py's <c>xread(streams, count, block)</c>): for each stream, the entries with ids
    /// greater than the one given (<c>0</c> for all, <c>$</c> for only those added from now on while
    /// blocking), at most <paramref name="count"/> per stream; only the streams that had entries appear.
    /// <para>
    /// Without <paramref name="block"/> this is an ordinary command. With it, the call waits up to that
    /// long (zero: forever) for an entry and returns an empty array when the wait ends with none; it
    /// then runs on a leased connection (on a client from <see cref="Client"/>, on its one connection)
    /// and may wait longer than <see cref="RedisOptions.SocketTimeout"/>. Cancelling a blocked read
    /// closes that connection, since the server would still answer it later.
    /// </para>
    /// </summary>
    /// <param name="streams">Each stream's key with the id to read after, like redis-py's <c>{name: id}</c> dictionary.</param>
    /// <param name="count">At most this many entries per stream; null for no limit.</param>
    /// <param name="block">How long to wait for an entry when there is none: null never waits, zero waits forever.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    /// <exception cref="ArgumentException">No stream is given, or a key or id is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="block"/> or <paramref name="count"/> is negative.</exception>
    public ValueTask<StreamReadResult[]> XReadAsync(IEnumerable<KeyValuePair<RedisKey, string>> streams, long? count = null, TimeSpan? block = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XRead(streams, count, block), cancellationToken);

    /// <summary>
    /// XREADGROUP (redis-py's <c>xreadgroup(groupname, consumername, streams, count, block, noack)</c>):
    /// reads as <paramref name="consumerName"/> of the group. The id <c>&gt;</c> asks for entries never
    /// delivered to the group, which become pending for this consumer (unless <paramref name="noAck"/>);
    /// any other id re-reads this consumer's own pending entries after it, where an entry deleted
    /// since comes back with no fields (<see cref="StreamEntry.IsDeleted"/>). <paramref name="block"/>
    /// works as in <see cref="XReadAsync"/>: null never waits, zero waits forever, an empty array
    /// when the wait ends with nothing.
    /// </summary>
    /// <param name="groupName">The consumer group, created beforehand with <see cref="XGroupCreateAsync"/>.</param>
    /// <param name="consumerName">The consumer reading; created in the group on first use.</param>
    /// <param name="streams">Each stream's key with the id to read after (usually <c>&gt;</c>).</param>
    /// <param name="count">At most this many entries per stream; null for no limit.</param>
    /// <param name="block">How long to wait for an entry when there is none: null never waits, zero waits forever.</param>
    /// <param name="noAck">Deliver without adding to the pending list, as if acknowledged at once.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    /// <exception cref="ArgumentException">No stream is given, or a key, id or name is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="block"/> or <paramref name="count"/> is negative.</exception>
    public ValueTask<StreamReadResult[]> XReadGroupAsync(string groupName, string consumerName, IEnumerable<KeyValuePair<RedisKey, string>> streams,
        long? count = null, TimeSpan? block = null, bool noAck = false, CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XReadGroup(groupName, consumerName, streams, count, block, noAck), cancellationToken);

    /// <summary>
    /// XGROUP CREATE: creates a consumer group that will deliver the entries after <paramref name="id"/>
    /// (<c>$</c>, the default: only new ones; <c>0</c>: all). Redis answers BUSYGROUP
    /// (<see cref="RedisResponseException"/>) when the group exists, and an error when the stream does
    /// not unless <paramref name="mkStream"/> is set. <paramref name="entriesRead"/> (Redis 7.0) sets the
    /// group's read counter so that its lag is known. Returns true.
    /// </summary>
    public ValueTask<bool> XGroupCreateAsync(RedisKey key, string groupName, string id = "$", bool mkStream = false, long? entriesRead = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XGroupCreate(key, groupName, id, mkStream, entriesRead), cancellationToken);

    /// <summary>XGROUP DESTROY: deletes a consumer group with its pending list; true when it existed.</summary>
    public ValueTask<bool> XGroupDestroyAsync(RedisKey key, string groupName, CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XGroupDestroy(key, groupName), cancellationToken);

    /// <summary>XGROUP CREATECONSUMER: adds a consumer to a group; true when it was created, false when it existed.</summary>
    public ValueTask<bool> XGroupCreateConsumerAsync(RedisKey key, string groupName, string consumerName, CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XGroupCreateConsumer(key, groupName, consumerName), cancellationToken);

    /// <summary>
    /// XGROUP DELCONSUMER: removes a consumer from a group; returns how many entries it had pending,
    /// which are no longer pending for anyone.
    /// </summary>
    public ValueTask<long> XGroupDelConsumerAsync(RedisKey key, string groupName, string consumerName, CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XGroupDelConsumer(key, groupName, consumerName), cancellationToken);

    /// <summary>
    /// XGROUP SETID: moves the group's last delivered id to <paramref name="id"/> (<c>$</c>: the end of
    /// the stream), optionally with its read counter (<paramref name="entriesRead"/>, Redis 7.0); returns true.
    /// </summary>
    public ValueTask<bool> XGroupSetIdAsync(RedisKey key, string groupName, string id, long? entriesRead = null, CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XGroupSetId(key, groupName, id, entriesRead), cancellationToken);

    /// <summary>XACK: acknowledges entries, removing them from the group's pending list; returns how many were pending.</summary>
    public ValueTask<long> XAckAsync(RedisKey key, string groupName, params string[] ids) => XAckAsync(key, groupName, ids, CancellationToken.None);

    /// <inheritdoc cref="XAckAsync(RedisKey, string, string[])"/>
    /// <param name="key">The stream.</param>
    /// <param name="groupName">The consumer group.</param>
    /// <param name="ids">The ids of the entries to acknowledge, at least one.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> XAckAsync(RedisKey key, string groupName, IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XAck(key, groupName, ids), cancellationToken);

    /// <summary>
    /// XPENDING, summary form (redis-py's <c>xpending(name, groupname)</c>): how many entries are
    /// pending in the group, the smallest and largest pending ids, and the count per consumer.
    /// </summary>
    public ValueTask<StreamPendingSummary> XPendingAsync(RedisKey key, string groupName, CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XPending(key, groupName), cancellationToken);

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
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<StreamPendingEntry[]> XPendingRangeAsync(RedisKey key, string groupName, string min, string max, long count, string? consumerName = null,
        TimeSpan? idle = null, CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XPendingRange(key, groupName, min, max, count, consumerName, idle), cancellationToken);

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
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    /// <exception cref="ArgumentException">No id is given, or both <paramref name="idle"/> and <paramref name="time"/> are.</exception>
    public ValueTask<StreamEntry[]> XClaimAsync(RedisKey key, string groupName, string consumerName, TimeSpan minIdleTime, IEnumerable<string> messageIds,
        TimeSpan? idle = null, DateTimeOffset? time = null, long? retryCount = null, bool force = false, CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XClaim(key, groupName, consumerName, minIdleTime, messageIds, idle, time, retryCount, force), cancellationToken);

    /// <summary>
    /// XCLAIM ... JUSTID (redis-py's <c>xclaim(..., justid=True)</c>): as <see cref="XClaimAsync"/>, but
    /// returns only the claimed ids and does not count the claim as a delivery.
    /// </summary>
    /// <exception cref="ArgumentException">No id is given, or both <paramref name="idle"/> and <paramref name="time"/> are.</exception>
    public ValueTask<string[]> XClaimJustIdAsync(RedisKey key, string groupName, string consumerName, TimeSpan minIdleTime, IEnumerable<string> messageIds,
        TimeSpan? idle = null, DateTimeOffset? time = null, long? retryCount = null, bool force = false, CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XClaimJustId(key, groupName, consumerName, minIdleTime, messageIds, idle, time, retryCount, force), cancellationToken);

    /// <summary>
    /// XAUTOCLAIM (redis-py's <c>xautoclaim(name, groupname, consumername, min_idle_time, start_id,
    /// count)</c>): scans the group's pending entries from <paramref name="startId"/> and gives
    /// <paramref name="consumerName"/> those idle at least <paramref name="minIdleTime"/>. One call
    /// handles up to <paramref name="count"/> (Redis' default: 100) entries, the claimed ones and those
    /// found deleted from the stream alike. Call again with
    /// <see cref="StreamAutoClaimResult{T}.NextStartId"/> until it is <c>0-0</c> to cover the whole list.
    /// </summary>
    public ValueTask<StreamAutoClaimResult<StreamEntry>> XAutoClaimAsync(RedisKey key, string groupName, string consumerName, TimeSpan minIdleTime,
        string startId = "0-0", long? count = null, CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XAutoClaim(key, groupName, consumerName, minIdleTime, startId, count), cancellationToken);

    /// <summary>
    /// XAUTOCLAIM ... JUSTID: as <see cref="XAutoClaimAsync"/>, returning only the claimed ids, without
    /// counting the claim as a delivery.
    /// </summary>
    public ValueTask<StreamAutoClaimResult<string>> XAutoClaimJustIdAsync(RedisKey key, string groupName, string consumerName, TimeSpan minIdleTime,
        string startId = "0-0", long? count = null, CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XAutoClaimJustId(key, groupName, consumerName, minIdleTime, startId, count), cancellationToken);

    /// <summary>
    /// XINFO STREAM (redis-py's <c>xinfo_stream(name)</c>): the stream's length, ids, group count and
    /// first and last entries. Redis answers an error (<see cref="RedisResponseException"/>) when the
    /// key does not exist.
    /// </summary>
    public ValueTask<StreamInfo> XInfoStreamAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XInfoStream(key), cancellationToken);

    /// <summary>XINFO GROUPS: the stream's consumer groups; an error when the key does not exist.</summary>
    public ValueTask<StreamGroupInfo[]> XInfoGroupsAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XInfoGroups(key), cancellationToken);

    /// <summary>XINFO CONSUMERS: the consumers of a group; an error when the key or the group does not exist.</summary>
    public ValueTask<StreamConsumerInfo[]> XInfoConsumersAsync(RedisKey key, string groupName, CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XInfoConsumers(key, groupName), cancellationToken);

    /// <summary>
    /// XSETID: sets the stream's last delivered ID to <paramref name="lastId"/> and, on Redis 7,
    /// its entries-added counter and its greatest deleted ID. Always true.
    /// </summary>
    public ValueTask<bool> XSetIdAsync(RedisKey key, string lastId, long? entriesAdded = null, string? maxDeletedId = null, CancellationToken cancellationToken = default) =>
        RunAsync(StreamCommands.XSetId(key, lastId, entriesAdded, maxDeletedId), cancellationToken);
}
