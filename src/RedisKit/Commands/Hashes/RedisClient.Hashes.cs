using RedisKit.Commands;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>HSET: sets one field; returns 1 when the field is new, 0 when it was updated.</summary>
    public ValueTask<long> HSetAsync(RedisKey key, RedisValue field, RedisValue value, CancellationToken cancellationToken = default) =>
        RunAsync(HashCommands.HSet(key, field, value), cancellationToken);

    /// <summary>HSET with a mapping (redis-py's <c>hset(name, mapping=...)</c>): sets every field; returns how many were new.</summary>
    public ValueTask<long> HSetAsync(RedisKey key, IEnumerable<KeyValuePair<RedisValue, RedisValue>> mapping, CancellationToken cancellationToken = default) =>
        RunAsync(HashCommands.HSet(key, mapping), cancellationToken);

    /// <summary>HGET: a field's value as text, or null when the field or key does not exist.</summary>
    public ValueTask<string?> HGetAsync(RedisKey key, RedisValue field, CancellationToken cancellationToken = default) => RunAsync(HashCommands.HGet(key, field), cancellationToken);

    /// <summary>HGET: a field's value as bytes, or null when the field or key does not exist.</summary>
    public ValueTask<byte[]?> HGetBytesAsync(RedisKey key, RedisValue field, CancellationToken cancellationToken = default) =>
        RunAsync(HashCommands.HGetBytes(key, field), cancellationToken);

    /// <summary>HMGET: the values of the fields in order, null where a field does not exist.</summary>
    public ValueTask<string?[]> HMGetAsync(RedisKey key, params RedisValue[] fields) => HMGetAsync(key, fields, CancellationToken.None);

    /// <inheritdoc cref="HMGetAsync(RedisKey, RedisValue[])"/>
    /// <param name="key">The hash.</param>
    /// <param name="fields">The fields to read.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<string?[]> HMGetAsync(RedisKey key, IEnumerable<RedisValue> fields, CancellationToken cancellationToken = default) =>
        RunAsync(HashCommands.HMGet(key, fields), cancellationToken);

    /// <summary>HGETALL: every field and value, as a dictionary under RESP2 and RESP3 alike; empty when the key does not exist.</summary>
    public ValueTask<Dictionary<string, string>> HGetAllAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(HashCommands.HGetAll(key), cancellationToken);

    /// <summary>HDEL: removes fields; returns how many existed.</summary>
    public ValueTask<long> HDelAsync(RedisKey key, params RedisValue[] fields) => HDelAsync(key, fields, CancellationToken.None);

    /// <inheritdoc cref="HDelAsync(RedisKey, RedisValue[])"/>
    /// <param name="key">The hash.</param>
    /// <param name="fields">The fields to remove.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> HDelAsync(RedisKey key, IEnumerable<RedisValue> fields, CancellationToken cancellationToken = default) =>
        RunAsync(HashCommands.HDel(key, fields), cancellationToken);

    /// <summary>HEXISTS: whether the field exists.</summary>
    public ValueTask<bool> HExistsAsync(RedisKey key, RedisValue field, CancellationToken cancellationToken = default) => RunAsync(HashCommands.HExists(key, field), cancellationToken);

    /// <summary>HLEN: the number of fields; 0 when the key does not exist.</summary>
    public ValueTask<long> HLenAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(HashCommands.HLen(key), cancellationToken);

    /// <summary>HKEYS: every field name.</summary>
    public ValueTask<string[]> HKeysAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(HashCommands.HKeys(key), cancellationToken);

    /// <summary>HVALS: every value.</summary>
    public ValueTask<string[]> HValsAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(HashCommands.HVals(key), cancellationToken);

    /// <summary>HINCRBY: adds <paramref name="amount"/> to an integer field and returns the new value.</summary>
    public ValueTask<long> HIncrByAsync(RedisKey key, RedisValue field, long amount = 1, CancellationToken cancellationToken = default) =>
        RunAsync(HashCommands.HIncrBy(key, field, amount), cancellationToken);

    /// <summary>HINCRBYFLOAT: adds <paramref name="amount"/> to a numeric field and returns the new value.</summary>
    public ValueTask<double> HIncrByFloatAsync(RedisKey key, RedisValue field, double amount = 1.0, CancellationToken cancellationToken = default) =>
        RunAsync(HashCommands.HIncrByFloat(key, field, amount), cancellationToken);

    /// <summary>HSETNX: sets the field only if it does not exist; true when set.</summary>
    public ValueTask<bool> HSetNxAsync(RedisKey key, RedisValue field, RedisValue value, CancellationToken cancellationToken = default) =>
        RunAsync(HashCommands.HSetNx(key, field, value), cancellationToken);

    /// <summary>HSCAN: one page of field-value pairs from <paramref name="cursor"/> (start with 0).</summary>
    public ValueTask<ScanResult<KeyValuePair<string, string>>> HScanAsync(RedisKey key, ulong cursor = 0, string? match = null, long? count = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(HashCommands.HScan(key, cursor, match, count), cancellationToken);

    /// <summary>HSCAN from start to end as an async stream of field-value pairs, like redis-py's <c>hscan_iter</c>.</summary>
    public IAsyncEnumerable<KeyValuePair<string, string>> HScanIterAsync(RedisKey key, string? match = null, long? count = null,
        CancellationToken cancellationToken = default) =>
        ScanAllAsync((cursor, token) => HScanAsync(key, cursor, match, count, token), cancellationToken);

    /// <summary>HRANDFIELD: one random field, or null when the key does not exist.</summary>
    public ValueTask<string?> HRandFieldAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        RunAsync(HashCommands.HRandField(key), cancellationToken);

    /// <summary>HRANDFIELD with a count: up to <paramref name="count"/> distinct random fields, or exactly -<paramref name="count"/> fields, possibly repeated, when it is negative.</summary>
    public ValueTask<string[]> HRandFieldAsync(RedisKey key, long count, CancellationToken cancellationToken = default) =>
        RunAsync(HashCommands.HRandField(key, count), cancellationToken);

    /// <summary>HRANDFIELD ... WITHVALUES: as <see cref="HRandFieldAsync(RedisKey, long, CancellationToken)"/>, with each field's value.</summary>
    public ValueTask<KeyValuePair<string, string>[]> HRandFieldWithValuesAsync(RedisKey key, long count, CancellationToken cancellationToken = default) =>
        RunAsync(HashCommands.HRandFieldWithValues(key, count), cancellationToken);

    /// <summary>HSTRLEN: the length of <paramref name="field"/>'s value, 0 when the field or key does not exist.</summary>
    public ValueTask<long> HStrLenAsync(RedisKey key, RedisValue field, CancellationToken cancellationToken = default) =>
        RunAsync(HashCommands.HStrLen(key, field), cancellationToken);
}
