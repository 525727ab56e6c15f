using RedisKit.Commands;

namespace RedisKit;

// XREAD and XREADGROUP are queued without BLOCK on purpose: a blocking read would hold up every
// command queued after it, so waiting reads run only on the client.
public sealed partial class Pipeline
{
    /// <summary>Queues XADD (result: the new entry's id as string, or null with <paramref name="noMkStream"/> and no stream).</summary>
    public Pipeline XAdd(RedisKey key, IEnumerable<KeyValuePair<RedisValue, RedisValue>> fields, string id = "*", long? maxLen = null, bool approximate = true,
        bool noMkStream = false, string? minId = null, long? limit = null) =>
        Queue(StreamCommands.XAdd(key, fields, id, maxLen, approximate, noMkStream, minId, limit));

    /// <summary>Queues XRANGE (result: <see cref="StreamEntry"/>[]).</summary>
    public Pipeline XRange(RedisKey key, string min = "-", string max = "+", long? count = null) =>
        Queue(StreamCommands.Range(Cmd.XRange, key, min, max, count, nameof(min), nameof(max)));

    /// <summary>Queues XREVRANGE (result: <see cref="StreamEntry"/>[], newest first).</summary>
    public Pipeline XRevRange(RedisKey key, string max = "+", string min = "-", long? count = null) =>
        Queue(StreamCommands.Range(Cmd.XRevRange, key, max, min, count, nameof(max), nameof(min)));

    /// <summary>Queues XLEN (result: long).</summary>
    public Pipeline XLen(RedisKey key) => Queue(StreamCommands.XLen(key));

    /// <summary>Queues XDEL (result: long, how many entries existed).</summary>
    public Pipeline XDel(RedisKey key, params string[] ids) => Queue(StreamCommands.XDel(key, ids));

    /// <summary>Queues XTRIM (result: long, how many entries were deleted).</summary>
    public Pipeline XTrim(RedisKey key, long? maxLen = null, bool approximate = true, string? minId = null, long? limit = null) =>
        Queue(StreamCommands.XTrim(key, maxLen, approximate, minId, limit));

    /// <summary>Queues XREAD without BLOCK (result: <see cref="StreamReadResult"/>[]).</summary>
    public Pipeline XRead(IEnumerable<KeyValuePair<RedisKey, string>> streams, long? count = null) => Queue(StreamCommands.XRead(streams, count, null));

    /// <summary>Queues XREADGROUP without BLOCK (result: <see cref="StreamReadResult"/>[]).</summary>
    public Pipeline XReadGroup(string groupName, string consumerName, IEnumerable<KeyValuePair<RedisKey, string>> streams, long? count = null, bool noAck = false) =>
        Queue(StreamCommands.XReadGroup(groupName, consumerName, streams, count, null, noAck));

    /// <summary>Queues XGROUP CREATE (result: bool).</summary>
    public Pipeline XGroupCreate(RedisKey key, string groupName, string id = "$", bool mkStream = false, long? entriesRead = null) =>
        Queue(StreamCommands.XGroupCreate(key, groupName, id, mkStream, entriesRead));

    /// <summary>Queues XGROUP DESTROY (result: bool, true when the group existed).</summary>
    public Pipeline XGroupDestroy(RedisKey key, string groupName) => Queue(StreamCommands.XGroupDestroy(key, groupName));

    /// <summary>Queues XGROUP CREATECONSUMER (result: bool, true when created).</summary>
    public Pipeline XGroupCreateConsumer(RedisKey key, string groupName, string consumerName) =>
        Queue(StreamCommands.XGroupCreateConsumer(key, groupName, consumerName));

    /// <summary>Queues XGROUP DELCONSUMER (result: long, the consumer's pending entries).</summary>
    public Pipeline XGroupDelConsumer(RedisKey key, string groupName, string consumerName) =>
        Queue(StreamCommands.XGroupDelConsumer(key, groupName, consumerName));

    /// <summary>Queues XGROUP SETID (result: bool).</summary>
    public Pipeline XGroupSetId(RedisKey key, string groupName, string id, long? entriesRead = null) =>
        Queue(StreamCommands.XGroupSetId(key, groupName, id, entriesRead));

    /// <summary>Queues XACK (result: long, how many entries were pending).</summary>
    public Pipeline XAck(RedisKey key, string groupName, params string[] ids) => Queue(StreamCommands.XAck(key, groupName, ids));

    /// <summary>Queues XPENDING, summary form (result: <see cref="StreamPendingSummary"/>).</summary>
    public Pipeline XPending(RedisKey key, string groupName) => Queue(StreamCommands.XPending(key, groupName));

    /// <summary>Queues XPENDING, extended form (result: <see cref="StreamPendingEntry"/>[]).</summary>
    public Pipeline XPendingRange(RedisKey key, string groupName, string min, string max, long count, string? consumerName = null, TimeSpan? idle = null) =>
        Queue(StreamCommands.XPendingRange(key, groupName, min, max, count, consumerName, idle));

    /// <summary>Queues XCLAIM (result: <see cref="StreamEntry"/>[]).</summary>
    public Pipeline XClaim(RedisKey key, string groupName, string consumerName, TimeSpan minIdleTime, IEnumerable<string> messageIds, TimeSpan? idle = null,
        DateTimeOffset? time = null, long? retryCount = null, bool force = false) =>
        Queue(StreamCommands.XClaim(key, groupName, consumerName, minIdleTime, messageIds, idle, time, retryCount, force));

    /// <summary>Queues XCLAIM ... JUSTID (result: string[] ids).</summary>
    public Pipeline XClaimJustId(RedisKey key, string groupName, string consumerName, TimeSpan minIdleTime, IEnumerable<string> messageIds,
        TimeSpan? idle = null, DateTimeOffset? time = null, long? retryCount = null, bool force = false) =>
        Queue(StreamCommands.XClaimJustId(key, groupName, consumerName, minIdleTime, messageIds, idle, time, retryCount, force));

    /// <summary>Queues XAUTOCLAIM (result: <see cref="StreamAutoClaimResult{T}"/> of <see cref="StreamEntry"/>).</summary>
    public Pipeline XAutoClaim(RedisKey key, string groupName, string consumerName, TimeSpan minIdleTime, string startId = "0-0", long? count = null) =>
        Queue(StreamCommands.XAutoClaim(key, groupName, consumerName, minIdleTime, startId, count));

    /// <summary>Queues XAUTOCLAIM ... JUSTID (result: <see cref="StreamAutoClaimResult{T}"/> of string).</summary>
    public Pipeline XAutoClaimJustId(RedisKey key, string groupName, string consumerName, TimeSpan minIdleTime, string startId = "0-0", long? count = null) =>
        Queue(StreamCommands.XAutoClaimJustId(key, groupName, consumerName, minIdleTime, startId, count));

    /// <summary>Queues XINFO STREAM (result: <see cref="StreamInfo"/>).</summary>
    public Pipeline XInfoStream(RedisKey key) => Queue(StreamCommands.XInfoStream(key));

    /// <summary>Queues XINFO GROUPS (result: <see cref="StreamGroupInfo"/>[]).</summary>
    public Pipeline XInfoGroups(RedisKey key) => Queue(StreamCommands.XInfoGroups(key));

    /// <summary>Queues XINFO CONSUMERS (result: <see cref="StreamConsumerInfo"/>[]).</summary>
    public Pipeline XInfoConsumers(RedisKey key, string groupName) => Queue(StreamCommands.XInfoConsumers(key, groupName));

    /// <summary>Queues XSETID (result: bool).</summary>
    public Pipeline XSetId(RedisKey key, string lastId, long? entriesAdded = null, string? maxDeletedId = null) =>
        Queue(StreamCommands.XSetId(key, lastId, entriesAdded, maxDeletedId));
}
