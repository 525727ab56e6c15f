using RedisKit.Commands;
using RedisKit.Commands.Parsers;

namespace RedisKit;

// The blocking list commands (BLPOP...) are absent on purpose: they would hold up every command
// queued after them, so they run only on the client.
public sealed partial class Pipeline
{
    /// <summary>Queues LPUSH (result: the new length).</summary>
    public Pipeline LPush(RedisKey key, params RedisValue[] values) => Queue(ListCommands.Push(Cmd.LPush, key, values));

    /// <summary>Queues RPUSH (result: the new length).</summary>
    public Pipeline RPush(RedisKey key, params RedisValue[] values) => Queue(ListCommands.Push(Cmd.RPush, key, values));

    /// <summary>Queues LPUSHX (result: the new length, 0 when the key is missing).</summary>
    public Pipeline LPushX(RedisKey key, params RedisValue[] values) => Queue(ListCommands.Push(Cmd.LPushX, key, values));

    /// <summary>Queues RPUSHX (result: the new length, 0 when the key is missing).</summary>
    public Pipeline RPushX(RedisKey key, params RedisValue[] values) => Queue(ListCommands.Push(Cmd.RPushX, key, values));

    /// <summary>Queues LPOP (result: string or null).</summary>
    public Pipeline LPop(RedisKey key) => Queue(ListCommands.Pop(Cmd.LPop, key));

    /// <summary>Queues LPOP with a count (result: string[] or null when the key is missing).</summary>
    public Pipeline LPop(RedisKey key, long count) => Queue(ListCommands.Pop(Cmd.LPop, key, count));

    /// <summary>Queues RPOP (result: string or null).</summary>
    public Pipeline RPop(RedisKey key) => Queue(ListCommands.Pop(Cmd.RPop, key));

    /// <summary>Queues RPOP with a count (result: string[] or null when the key is missing).</summary>
    public Pipeline RPop(RedisKey key, long count) => Queue(ListCommands.Pop(Cmd.RPop, key, count));

    /// <summary>Queues LRANGE (result: string[]).</summary>
    public Pipeline LRange(RedisKey key, long start, long end) => Queue(ListCommands.LRange(key, start, end));

    /// <summary>Queues LLEN (result: long).</summary>
    public Pipeline LLen(RedisKey key) => Queue(ListCommands.LLen(key));

    /// <summary>Queues LINDEX (result: string or null).</summary>
    public Pipeline LIndex(RedisKey key, long index) => Queue(ListCommands.LIndex(key, index));

    /// <summary>Queues LSET (result: bool).</summary>
    public Pipeline LSet(RedisKey key, long index, RedisValue value) => Queue(ListCommands.LSet(key, index, value));

    /// <summary>Queues LINSERT (result: the new length, -1 when the pivot is not found, 0 when the key is missing).</summary>
    public Pipeline LInsert(RedisKey key, ListInsertPosition where, RedisValue pivot, RedisValue value) => Queue(ListCommands.LInsert(key, where, pivot, value));

    /// <summary>Queues LREM (result: how many were removed).</summary>
    public Pipeline LRem(RedisKey key, long count, RedisValue value) => Queue(ListCommands.LRem(key, count, value));

    /// <summary>Queues LTRIM (result: bool).</summary>
    public Pipeline LTrim(RedisKey key, long start, long end) => Queue(ListCommands.LTrim(key, start, end));

    /// <summary>Queues LPOS (result: long? index of the match).</summary>
    public Pipeline LPos(RedisKey key, RedisValue element, long? rank = null, long? maxLen = null) => Queue(ListCommands.LPos(key, element, rank, maxLen));

    /// <summary>Queues LPOS with COUNT (result: long[] indexes); give rank and maxLen by name.</summary>
    public Pipeline LPos(RedisKey key, RedisValue element, long count, long? rank = null, long? maxLen = null) =>
        Queue(ListCommands.LPos(key, element, count, rank, maxLen));

    /// <summary>Queues LMOVE (result: the moved value as string, or null).</summary>
    public Pipeline LMove(RedisKey source, RedisKey destination, ListDirection sourceSide = ListDirection.Left, ListDirection destinationSide = ListDirection.Right) =>
        Queue(ListCommands.LMove(source, destination, sourceSide, destinationSide));

    /// <summary>Queues LMPOP (result: <see cref="ListMultiPopResult{T}"/> of string, or null).</summary>
    public Pipeline LMPop(IEnumerable<RedisKey> keys, ListDirection direction, long? count = null) =>
        Queue(ListCommands.LMPop<string, TextValue>(keys, direction, count));
}
