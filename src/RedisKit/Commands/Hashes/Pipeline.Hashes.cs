using RedisKit.Commands;

namespace RedisKit;

public sealed partial class Pipeline
{
    /// <summary>Queues HSET of one field (result: 1 when new).</summary>
    public Pipeline HSet(RedisKey key, RedisValue field, RedisValue value) => Queue(HashCommands.HSet(key, field, value));

    /// <summary>Queues HSET of a mapping (result: how many fields were new).</summary>
    public Pipeline HSet(RedisKey key, IEnumerable<KeyValuePair<RedisValue, RedisValue>> mapping) => Queue(HashCommands.HSet(key, mapping));

    /// <summary>Queues HGET (result: string or null).</summary>
    public Pipeline HGet(RedisKey key, RedisValue field) => Queue(HashCommands.HGet(key, field));

    /// <summary>Queues HMGET (result: string?[]).</summary>
    public Pipeline HMGet(RedisKey key, params RedisValue[] fields) => Queue(HashCommands.HMGet(key, fields));

    /// <summary>Queues HGETALL (result: Dictionary&lt;string, string&gt;).</summary>
    public Pipeline HGetAll(RedisKey key) => Queue(HashCommands.HGetAll(key));

    /// <summary>Queues HDEL (result: how many existed).</summary>
    public Pipeline HDel(RedisKey key, params RedisValue[] fields) => Queue(HashCommands.HDel(key, fields));

    /// <summary>Queues HEXISTS (result: bool).</summary>
    public Pipeline HExists(RedisKey key, RedisValue field) => Queue(HashCommands.HExists(key, field));

    /// <summary>Queues HLEN (result: long).</summary>
    public Pipeline HLen(RedisKey key) => Queue(HashCommands.HLen(key));

    /// <summary>Queues HKEYS (result: string[]).</summary>
    public Pipeline HKeys(RedisKey key) => Queue(HashCommands.HKeys(key));

    /// <summary>Queues HVALS (result: string[]).</summary>
    public Pipeline HVals(RedisKey key) => Queue(HashCommands.HVals(key));

    /// <summary>Queues HINCRBY (result: long).</summary>
    public Pipeline HIncrBy(RedisKey key, RedisValue field, long amount = 1) => Queue(HashCommands.HIncrBy(key, field, amount));

    /// <summary>Queues HINCRBYFLOAT (result: double).</summary>
    public Pipeline HIncrByFloat(RedisKey key, RedisValue field, double amount = 1.0) => Queue(HashCommands.HIncrByFloat(key, field, amount));

    /// <summary>Queues HSETNX (result: bool).</summary>
    public Pipeline HSetNx(RedisKey key, RedisValue field, RedisValue value) => Queue(HashCommands.HSetNx(key, field, value));

    /// <summary>Queues HRANDFIELD (result: string or null).</summary>
    public Pipeline HRandField(RedisKey key) => Queue(HashCommands.HRandField(key));

    /// <summary>Queues HRANDFIELD with a count (result: string[]).</summary>
    public Pipeline HRandField(RedisKey key, long count) => Queue(HashCommands.HRandField(key, count));

    /// <summary>Queues HRANDFIELD ... WITHVALUES (result: KeyValuePair&lt;string, string&gt;[]).</summary>
    public Pipeline HRandFieldWithValues(RedisKey key, long count) => Queue(HashCommands.HRandFieldWithValues(key, count));

    /// <summary>Queues HSTRLEN (result: long).</summary>
    public Pipeline HStrLen(RedisKey key, RedisValue field) => Queue(HashCommands.HStrLen(key, field));
}
