using System.Runtime.CompilerServices;
using RedisKit.Commands;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>DEL (redis-py's <c>delete</c>): removes the keys and returns how many existed.</summary>
    public ValueTask<long> DeleteAsync(params RedisKey[] keys) => DeleteAsync(keys, CancellationToken.None);

    /// <inheritdoc cref="DeleteAsync(RedisKey[])"/>
    /// <param name="keys">The keys to remove.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> DeleteAsync(IEnumerable<RedisKey> keys, CancellationToken cancellationToken = default) => RunAsync(KeyCommands.Delete(keys), cancellationToken);

    /// <summary>UNLINK: removes the keys, reclaiming memory in the background; returns how many existed.</summary>
    public ValueTask<long> UnlinkAsync(params RedisKey[] keys) => UnlinkAsync(keys, CancellationToken.None);

    /// <inheritdoc cref="UnlinkAsync(RedisKey[])"/>
    /// <param name="keys">The keys to remove.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> UnlinkAsync(IEnumerable<RedisKey> keys, CancellationToken cancellationToken = default) => RunAsync(KeyCommands.Unlink(keys), cancellationToken);

    /// <summary>EXISTS: how many of the keys exist (a key named twice counts twice).</summary>
    public ValueTask<long> ExistsAsync(params RedisKey[] keys) => ExistsAsync(keys, CancellationToken.None);

    /// <inheritdoc cref="ExistsAsync(RedisKey[])"/>
    /// <param name="keys">The keys to look for.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> ExistsAsync(IEnumerable<RedisKey> keys, CancellationToken cancellationToken = default) => RunAsync(KeyCommands.Exists(keys), cancellationToken);

    /// <summary>
    /// EXPIRE: the key expires after <paramref name="time"/> (whole seconds; use <see cref="PExpireAsync"/> for
    /// milliseconds). Conditions: only without an expiry (<paramref name="nx"/>), only with one
    /// (<paramref name="xx"/>), only if later (<paramref name="gt"/>) or earlier (<paramref name="lt"/>). True when set.
    /// </summary>
    public ValueTask<bool> ExpireAsync(RedisKey key, TimeSpan time, bool nx = false, bool xx = false, bool gt = false, bool lt = false, CancellationToken cancellationToken = default) =>
        RunAsync(KeyCommands.Expire(Cmd.Expire, key, WholeUnits(time, TimeSpan.TicksPerSecond, nameof(time)), nx, xx, gt, lt), cancellationToken);

    /// <summary>PEXPIRE: like <see cref="ExpireAsync"/> with millisecond precision.</summary>
    public ValueTask<bool> PExpireAsync(RedisKey key, TimeSpan time, bool nx = false, bool xx = false, bool gt = false, bool lt = false, CancellationToken cancellationToken = default) =>
        RunAsync(KeyCommands.Expire(Cmd.PExpire, key, WholeUnits(time, TimeSpan.TicksPerMillisecond, nameof(time)), nx, xx, gt, lt), cancellationToken);

    /// <summary>EXPIREAT: the key expires at <paramref name="when"/> (second precision). True when set.</summary>
    public ValueTask<bool> ExpireAtAsync(RedisKey key, DateTimeOffset when, bool nx = false, bool xx = false, bool gt = false, bool lt = false, CancellationToken cancellationToken = default) =>
        RunAsync(KeyCommands.Expire(Cmd.ExpireAt, key, when.ToUnixTimeSeconds(), nx, xx, gt, lt), cancellationToken);

    /// <summary>PEXPIREAT: the key expires at <paramref name="when"/> (millisecond precision). True when set.</summary>
    public ValueTask<bool> PExpireAtAsync(RedisKey key, DateTimeOffset when, bool nx = false, bool xx = false, bool gt = false, bool lt = false, CancellationToken cancellationToken = default) =>
        RunAsync(KeyCommands.Expire(Cmd.PExpireAt, key, when.ToUnixTimeMilliseconds(), nx, xx, gt, lt), cancellationToken);

    /// <summary>TTL: time left before the key expires, to the second; null when the key does not exist or has no expiry.</summary>
    public ValueTask<TimeSpan?> TtlAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(KeyCommands.Ttl(key), cancellationToken);

    /// <summary>PTTL: time left before the key expires, to the millisecond; null when the key does not exist or has no expiry.</summary>
    public ValueTask<TimeSpan?> PTtlAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(KeyCommands.PTtl(key), cancellationToken);

    /// <summary>PERSIST: removes the expiry; true when there was one.</summary>
    public ValueTask<bool> PersistAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(KeyCommands.Persist(key), cancellationToken);

    /// <summary>TYPE: <c>string</c>, <c>list</c>, <c>set</c>, <c>zset</c>, <c>hash</c>, <c>stream</c>, or <c>none</c> when the key does not exist.</summary>
    public async ValueTask<string> TypeAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        await RunAsync(KeyCommands.Type(key), cancellationToken).ConfigureAwait(false) ?? "none";

    /// <summary>RENAME: renames <paramref name="source"/>, replacing <paramref name="destination"/>. A missing source is a <see cref="RedisResponseException"/>.</summary>
    public ValueTask<bool> RenameAsync(RedisKey source, RedisKey destination, CancellationToken cancellationToken = default) =>
        RunAsync(KeyCommands.Rename(source, destination), cancellationToken);

    /// <summary>RENAMENX: renames only if <paramref name="destination"/> does not exist; true when renamed.</summary>
    public ValueTask<bool> RenameNxAsync(RedisKey source, RedisKey destination, CancellationToken cancellationToken = default) =>
        RunAsync(KeyCommands.RenameNx(source, destination), cancellationToken);

    /// <summary>KEYS: every key matching <paramref name="pattern"/>. It blocks the server while it walks all keys: prefer <see cref="ScanIterAsync"/>.</summary>
    public ValueTask<string[]> KeysAsync(string pattern = "*", CancellationToken cancellationToken = default) => RunAsync(KeyCommands.Keys(pattern), cancellationToken);

    /// <summary>SCAN: one page of keys from <paramref name="cursor"/> (start with 0), optionally matching a glob pattern and of one type.</summary>
    public ValueTask<ScanResult<string>> ScanAsync(ulong cursor = 0, string? match = null, long? count = null, string? type = null, CancellationToken cancellationToken = default) =>
        RunAsync(KeyCommands.Scan(cursor, match, count, type), cancellationToken);

    /// <summary>
    /// SCAN from start to end as an async stream, like redis-py's <c>scan_iter</c>. A key may appear
    /// more than once when the keyspace changes during the iteration, as SCAN guarantees no more.
    /// </summary>
    public IAsyncEnumerable<string> ScanIterAsync(string? match = null, long? count = null, string? type = null, CancellationToken cancellationToken = default) =>
        ScanAllAsync((cursor, token) => ScanAsync(cursor, match, count, type, token), cancellationToken);

    /// <summary>Walks a SCAN-family cursor from 0 back to 0, yielding every item of every page.</summary>
    private static async IAsyncEnumerable<T> ScanAllAsync<T>(Func<ulong, CancellationToken, ValueTask<ScanResult<T>>> page,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ulong cursor = 0;
        do
        {
            var result = await page(cursor, cancellationToken).ConfigureAwait(false);
            foreach (var item in result.Items)
            {
                yield return item;
            }

            cursor = result.Cursor;
        }
        while (cursor != 0);
    }

    internal static long WholeUnits(TimeSpan time, long ticksPerUnit, string parameterName)
    {
        if (time.Ticks % ticksPerUnit != 0)
        {
            throw new ArgumentException(
                $"{parameterName} ({time}) is not a whole number of {(ticksPerUnit == TimeSpan.TicksPerSecond ? "seconds; use the P- command for milliseconds" : "milliseconds")}.",
                parameterName);
        }

        return time.Ticks / ticksPerUnit;
    }
}
