using System.Buffers;
using RedisKit.Commands;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>GET: the value of <paramref name="key"/> as text, or null when the key does not exist.</summary>
    public ValueTask<string?> GetAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(StringCommands.Get(key), cancellationToken);

    /// <summary>GET: the value of <paramref name="key"/> as bytes, or null when the key does not exist.</summary>
    public ValueTask<byte[]?> GetBytesAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(StringCommands.GetBytes(key), cancellationToken);

    /// <summary>
    /// GET without copies: the value is written straight from the receive buffer into
    /// <paramref name="destination"/>. False, with nothing written, when the key does not exist.
    /// </summary>
    public ValueTask<bool> GetAsync(RedisKey key, IBufferWriter<byte> destination, CancellationToken cancellationToken = default) =>
        RunAsync(StringCommands.GetInto(key, destination), cancellationToken);

    /// <summary>
    /// SET, as redis-py's <c>set</c>: stores <paramref name="value"/> with at most one expiry
    /// (<paramref name="ex"/> in whole seconds, <paramref name="px"/> in milliseconds,
    /// <paramref name="exAt"/>/<paramref name="pxAt"/> as absolute times, or <paramref name="keepTtl"/>),
    /// only if absent (<paramref name="nx"/>) or present (<paramref name="xx"/>). True when stored;
    /// false when NX/XX prevented it.
    /// </summary>
    public ValueTask<bool> SetAsync(RedisKey key, RedisValue value, TimeSpan? ex = null, TimeSpan? px = null, bool nx = false, bool xx = false,
        bool keepTtl = false, DateTimeOffset? exAt = null, DateTimeOffset? pxAt = null, CancellationToken cancellationToken = default) =>
        RunAsync(StringCommands.Set(key, value, Expiration.Create(ex, px, exAt, pxAt, keepTtl, persist: false), nx, xx), cancellationToken);

    /// <summary>
    /// SET ... GET (redis-py's <c>set(..., get=True)</c>): stores the value like <see cref="SetAsync(RedisKey, RedisValue, TimeSpan?, TimeSpan?, bool, bool, bool, DateTimeOffset?, DateTimeOffset?, CancellationToken)"/>
    /// and returns the previous value, or null when there was none.
    /// </summary>
    public ValueTask<string?> SetGetAsync(RedisKey key, RedisValue value, TimeSpan? ex = null, TimeSpan? px = null, bool nx = false, bool xx = false,
        bool keepTtl = false, DateTimeOffset? exAt = null, DateTimeOffset? pxAt = null, CancellationToken cancellationToken = default) =>
        RunAsync(StringCommands.SetGet(key, value, Expiration.Create(ex, px, exAt, pxAt, keepTtl, persist: false), nx, xx), cancellationToken);

    /// <summary>MGET: the values of <paramref name="keys"/> in order, null where a key does not exist.</summary>
    public ValueTask<string?[]> MGetAsync(params RedisKey[] keys) => MGetAsync(keys, CancellationToken.None);

    /// <inheritdoc cref="MGetAsync(RedisKey[])"/>
    /// <param name="keys">The keys to read.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<string?[]> MGetAsync(IEnumerable<RedisKey> keys, CancellationToken cancellationToken = default) =>
        RunAsync(StringCommands.MGet(keys), cancellationToken);

    /// <summary>MSET: stores every key-value pair at once. Always true.</summary>
    public ValueTask<bool> MSetAsync(IEnumerable<KeyValuePair<RedisKey, RedisValue>> mapping, CancellationToken cancellationToken = default) =>
        RunAsync(StringCommands.MSet(mapping), cancellationToken);

    /// <summary>MSETNX: stores every pair only if none of the keys exists; true when stored.</summary>
    public ValueTask<bool> MSetNxAsync(IEnumerable<KeyValuePair<RedisKey, RedisValue>> mapping, CancellationToken cancellationToken = default) =>
        RunAsync(StringCommands.MSetNx(mapping), cancellationToken);

    /// <summary>INCR / INCRBY: adds <paramref name="amount"/> (default 1) and returns the new value.</summary>
    public ValueTask<long> IncrAsync(RedisKey key, long amount = 1, CancellationToken cancellationToken = default) =>
        amount == 1 ? RunAsync(StringCommands.Incr(key), cancellationToken) : RunAsync(StringCommands.IncrBy(key, amount), cancellationToken);

    /// <summary>INCRBY: adds <paramref name="amount"/> and returns the new value.</summary>
    public ValueTask<long> IncrByAsync(RedisKey key, long amount, CancellationToken cancellationToken = default) => RunAsync(StringCommands.IncrBy(key, amount), cancellationToken);

    /// <summary>INCRBYFLOAT: adds <paramref name="amount"/> and returns the new value.</summary>
    public ValueTask<double> IncrByFloatAsync(RedisKey key, double amount = 1.0, CancellationToken cancellationToken = default) =>
        RunAsync(StringCommands.IncrByFloat(key, amount), cancellationToken);

    /// <summary>DECR / DECRBY: subtracts <paramref name="amount"/> (default 1) and returns the new value.</summary>
    public ValueTask<long> DecrAsync(RedisKey key, long amount = 1, CancellationToken cancellationToken = default) =>
        amount == 1 ? RunAsync(StringCommands.Decr(key), cancellationToken) : RunAsync(StringCommands.DecrBy(key, amount), cancellationToken);

    /// <summary>DECRBY: subtracts <paramref name="amount"/> and returns the new value.</summary>
    public ValueTask<long> DecrByAsync(RedisKey key, long amount, CancellationToken cancellationToken = default) => RunAsync(StringCommands.DecrBy(key, amount), cancellationToken);

    /// <summary>APPEND: appends <paramref name="value"/> and returns the new length.</summary>
    public ValueTask<long> AppendAsync(RedisKey key, RedisValue value, CancellationToken cancellationToken = default) => RunAsync(StringCommands.Append(key, value), cancellationToken);

    /// <summary>STRLEN: the length of the value in bytes; 0 when the key does not exist.</summary>
    public ValueTask<long> StrLenAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(StringCommands.StrLen(key), cancellationToken);

    /// <summary>GETDEL: returns the value and deletes the key; null when it did not exist.</summary>
    public ValueTask<string?> GetDelAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(StringCommands.GetDel(key), cancellationToken);

    /// <summary>GETEX: returns the value and sets (or with <paramref name="persist"/> removes) its expiry; null when the key does not exist.</summary>
    public ValueTask<string?> GetExAsync(RedisKey key, TimeSpan? ex = null, TimeSpan? px = null, DateTimeOffset? exAt = null, DateTimeOffset? pxAt = null,
        bool persist = false, CancellationToken cancellationToken = default) =>
        RunAsync(StringCommands.GetEx(key, Expiration.Create(ex, px, exAt, pxAt, keepTtl: false, persist)), cancellationToken);

    /// <summary>GETRANGE: the bytes from <paramref name="start"/> to <paramref name="end"/> inclusive (negative counts from the end), as text.</summary>
    public async ValueTask<string> GetRangeAsync(RedisKey key, long start, long end, CancellationToken cancellationToken = default) =>
        await RunAsync(StringCommands.GetRange(key, start, end), cancellationToken).ConfigureAwait(false) ?? string.Empty;

    /// <summary>SETRANGE: overwrites from byte <paramref name="offset"/> (zero-padding as needed) and returns the new length.</summary>
    public ValueTask<long> SetRangeAsync(RedisKey key, long offset, RedisValue value, CancellationToken cancellationToken = default) =>
        RunAsync(StringCommands.SetRange(key, offset, value), cancellationToken);

    /// <summary>SETEX: stores <paramref name="value"/> with an expiry of <paramref name="time"/> (a positive whole number of seconds). Always true.</summary>
    public ValueTask<bool> SetExAsync(RedisKey key, TimeSpan time, RedisValue value, CancellationToken cancellationToken = default) =>
        RunAsync(StringCommands.SetEx(key, time, value), cancellationToken);

    /// <summary>PSETEX: stores <paramref name="value"/> with an expiry of <paramref name="time"/> (a positive whole number of milliseconds). Always true.</summary>
    public ValueTask<bool> PSetExAsync(RedisKey key, TimeSpan time, RedisValue value, CancellationToken cancellationToken = default) =>
        RunAsync(StringCommands.PSetEx(key, time, value), cancellationToken);

    /// <summary>SETNX: stores <paramref name="value"/> only if <paramref name="key"/> does not exist; true when stored.</summary>
    public ValueTask<bool> SetNxAsync(RedisKey key, RedisValue value, CancellationToken cancellationToken = default) =>
        RunAsync(StringCommands.SetNx(key, value), cancellationToken);

    /// <summary>LCS: the longest common subsequence of the two keys' values (empty when a key does not exist).</summary>
    public ValueTask<string> LcsAsync(RedisKey key1, RedisKey key2, CancellationToken cancellationToken = default) =>
        RunAsync(StringCommands.Lcs(key1, key2), cancellationToken);

    /// <summary>LCS ... LEN: the length of the longest common subsequence of the two keys' values.</summary>
    public ValueTask<long> LcsLenAsync(RedisKey key1, RedisKey key2, CancellationToken cancellationToken = default) =>
        RunAsync(StringCommands.LcsLen(key1, key2), cancellationToken);

    /// <summary>
    /// LCS ... IDX: where the longest common subsequence's matches lie in each value, keeping only
    /// matches at least <paramref name="minMatchLen"/> long (0: all) and, with
    /// <paramref name="withMatchLen"/>, each match's length.
    /// </summary>
    public ValueTask<LcsResult> LcsIdxAsync(RedisKey key1, RedisKey key2, long minMatchLen = 0, bool withMatchLen = false, CancellationToken cancellationToken = default) =>
        RunAsync(StringCommands.LcsIdx(key1, key2, minMatchLen, withMatchLen), cancellationToken);
}
