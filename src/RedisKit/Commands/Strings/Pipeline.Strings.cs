using RedisKit.Commands;

namespace RedisKit;

public sealed partial class Pipeline
{
    /// <summary>Queues GET (result: string or null).</summary>
    public Pipeline Get(RedisKey key) => Queue(StringCommands.Get(key));

    /// <summary>Queues GET (result: byte[] or null).</summary>
    public Pipeline GetBytes(RedisKey key) => Queue(StringCommands.GetBytes(key));

    /// <summary>Queues SET with redis-py's options (result: bool, false when NX/XX prevented it).</summary>
    public Pipeline Set(RedisKey key, RedisValue value, TimeSpan? ex = null, TimeSpan? px = null, bool nx = false, bool xx = false,
        bool keepTtl = false, DateTimeOffset? exAt = null, DateTimeOffset? pxAt = null) =>
        Queue(StringCommands.Set(key, value, Expiration.Create(ex, px, exAt, pxAt, keepTtl, persist: false), nx, xx));

    /// <summary>Queues SET ... GET (result: the previous value or null).</summary>
    public Pipeline SetGet(RedisKey key, RedisValue value, TimeSpan? ex = null, TimeSpan? px = null, bool nx = false, bool xx = false,
        bool keepTtl = false, DateTimeOffset? exAt = null, DateTimeOffset? pxAt = null) =>
        Queue(StringCommands.SetGet(key, value, Expiration.Create(ex, px, exAt, pxAt, keepTtl, persist: false), nx, xx));

    /// <summary>Queues MGET (result: string?[]).</summary>
    public Pipeline MGet(params RedisKey[] keys) => Queue(StringCommands.MGet(keys));

    /// <summary>Queues MSET (result: bool).</summary>
    public Pipeline MSet(IEnumerable<KeyValuePair<RedisKey, RedisValue>> mapping) => Queue(StringCommands.MSet(mapping));

    /// <summary>Queues MSETNX (result: bool).</summary>
    public Pipeline MSetNx(IEnumerable<KeyValuePair<RedisKey, RedisValue>> mapping) => Queue(StringCommands.MSetNx(mapping));

    /// <summary>Queues INCR or INCRBY (result: long).</summary>
    public Pipeline Incr(RedisKey key, long amount = 1) => amount == 1 ? Queue(StringCommands.Incr(key)) : Queue(StringCommands.IncrBy(key, amount));

    /// <summary>Queues INCRBY (result: long).</summary>
    public Pipeline IncrBy(RedisKey key, long amount) => Queue(StringCommands.IncrBy(key, amount));

    /// <summary>Queues INCRBYFLOAT (result: double).</summary>
    public Pipeline IncrByFloat(RedisKey key, double amount = 1.0) => Queue(StringCommands.IncrByFloat(key, amount));

    /// <summary>Queues DECR or DECRBY (result: long).</summary>
    public Pipeline Decr(RedisKey key, long amount = 1) => amount == 1 ? Queue(StringCommands.Decr(key)) : Queue(StringCommands.DecrBy(key, amount));

    /// <summary>Queues DECRBY (result: long).</summary>
    public Pipeline DecrBy(RedisKey key, long amount) => Queue(StringCommands.DecrBy(key, amount));

    /// <summary>Queues APPEND (result: the new length).</summary>
    public Pipeline Append(RedisKey key, RedisValue value) => Queue(StringCommands.Append(key, value));

    /// <summary>Queues STRLEN (result: long).</summary>
    public Pipeline StrLen(RedisKey key) => Queue(StringCommands.StrLen(key));

    /// <summary>Queues GETDEL (result: string or null).</summary>
    public Pipeline GetDel(RedisKey key) => Queue(StringCommands.GetDel(key));

    /// <summary>Queues GETEX (result: string or null).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "GETEX is the Redis command's name, as in redis-py's getex.")]
    public Pipeline GetEx(RedisKey key, TimeSpan? ex = null, TimeSpan? px = null, DateTimeOffset? exAt = null, DateTimeOffset? pxAt = null, bool persist = false) =>
        Queue(StringCommands.GetEx(key, Expiration.Create(ex, px, exAt, pxAt, keepTtl: false, persist)));

    /// <summary>Queues GETRANGE (result: string).</summary>
    public Pipeline GetRange(RedisKey key, long start, long end) => Queue(StringCommands.GetRange(key, start, end));

    /// <summary>Queues SETRANGE (result: the new length).</summary>
    public Pipeline SetRange(RedisKey key, long offset, RedisValue value) => Queue(StringCommands.SetRange(key, offset, value));

    /// <summary>Queues SETEX (result: bool).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "SETEX is the Redis command's name, as in redis-py's setex.")]
    public Pipeline SetEx(RedisKey key, TimeSpan time, RedisValue value) => Queue(StringCommands.SetEx(key, time, value));

    /// <summary>Queues PSETEX (result: bool).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "PSETEX is the Redis command's name, as in redis-py's psetex.")]
    public Pipeline PSetEx(RedisKey key, TimeSpan time, RedisValue value) => Queue(StringCommands.PSetEx(key, time, value));

    /// <summary>Queues SETNX (result: bool, true when stored).</summary>
    public Pipeline SetNx(RedisKey key, RedisValue value) => Queue(StringCommands.SetNx(key, value));

    /// <summary>Queues LCS (result: string).</summary>
    public Pipeline Lcs(RedisKey key1, RedisKey key2) => Queue(StringCommands.Lcs(key1, key2));

    /// <summary>Queues LCS ... LEN (result: long).</summary>
    public Pipeline LcsLen(RedisKey key1, RedisKey key2) => Queue(StringCommands.LcsLen(key1, key2));

    /// <summary>Queues LCS ... IDX (result: <see cref="LcsResult"/>).</summary>
    public Pipeline LcsIdx(RedisKey key1, RedisKey key2, long minMatchLen = 0, bool withMatchLen = false) =>
        Queue(StringCommands.LcsIdx(key1, key2, minMatchLen, withMatchLen));
}
