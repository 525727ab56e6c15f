using System.Buffers;
using Microsoft.Extensions.Caching.Distributed;

namespace RedisKit.Caching;

/// <summary>
/// The synchronous members, for callers of the interfaces that cannot await (session state,
/// older middleware). They go over the client's shared connection, whose own reader thread wakes
/// the blocked request thread: no thread-pool thread is needed to finish a call, so many
/// concurrent synchronous requests cannot starve the pool.
/// </summary>
public sealed partial class RedisCache
{
    /// <inheritdoc/>
    public byte[]? Get(string key) => _get.InvokeBytes([Key(key)], [Now(), ReturnData]);

    /// <inheritdoc/>
    public bool TryGet(string key, IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return _get.Invoke(destination, [Key(key)], [Now(), ReturnData]);
    }

    /// <inheritdoc/>
    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        SetCore(key, value, options);
    }

    /// <inheritdoc/>
    public void Set(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options) =>
        SetCore(key, RedisValue.FromSequence(value), options);

    /// <inheritdoc/>
    public void Refresh(string key) => _get.InvokeBytes([Key(key)], [Now(), RefreshOnly]);

    /// <inheritdoc/>
    public void Remove(string key) => _client.ExecuteCommand("DEL", Key(key));

    private void SetCore(string key, RedisValue value, DistributedCacheEntryOptions options)
    {
        var redisKey = Key(key);
        var (absolute, sliding, ttl) = CacheEntryLayout.Expirations(options, _time.GetUtcNow());
        _set.Invoke([redisKey], [absolute, sliding, ttl, value]);
    }
}
