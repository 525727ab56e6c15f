using System.Buffers;
using Microsoft.Extensions.Caching.Distributed;

namespace RedisKit.Caching;

/// <summary>
/// <see cref="IDistributedCache"/> and <see cref="IBufferDistributedCache"/> on a <see cref="RedisClient"/>.
/// Each set is one server-side step (data, expirations and TTL together), each read with a sliding
/// expiration renews the TTL in the same round trip, TTLs are kept to the millisecond, and entries
/// are stored as Microsoft.Extensions.Caching.StackExchangeRedis stores them, so an application
/// can move between the two with a warm cache. Keys are case-sensitive.
/// </summary>
public sealed partial class RedisCache : IDistributedCache, IBufferDistributedCache, IAsyncDisposable, IDisposable
{
    private static readonly RedisValue ReturnData = "1";
    private static readonly RedisValue RefreshOnly = "0";
    private readonly RedisClient _client;
    private readonly bool _ownsClient;
    private readonly string _prefix;
    private readonly Script _get;
    private readonly Script _set;
    private readonly TimeProvider _time;

    /// <summary>A cache on <paramref name="client"/>, which the cache does not dispose.</summary>
    /// <param name="client">The client the entries go through.</param>
    /// <param name="instanceName">The key prefix; see <see cref="RedisCacheOptions.InstanceName"/>.</param>
    public RedisCache(RedisClient client, string? instanceName = null)
        : this(client, ownsClient: false, instanceName, TimeProvider.System)
    {
    }

    internal RedisCache(RedisClient client, bool ownsClient, string? instanceName, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _ownsClient = ownsClient;
        _prefix = instanceName ?? string.Empty;
        _time = time;
        _get = client.RegisterScript(CacheEntryLayout.GetScript);
        _set = client.RegisterScript(CacheEntryLayout.SetScript);
    }

    /// <summary>The client the entries go through.</summary>
    public RedisClient Client => _client;

    /// <summary>The key prefix, empty for none.</summary>
    public string InstanceName => _prefix;

    /// <inheritdoc/>
    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        _get.InvokeBytesAsync([Key(key)], [Now(), ReturnData], cancellationToken: token).AsTask();

    /// <inheritdoc/>
    public ValueTask<bool> TryGetAsync(string key, IBufferWriter<byte> destination, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return _get.InvokeAsync(destination, [Key(key)], [Now(), ReturnData], cancellationToken: token);
    }

    /// <inheritdoc/>
    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        return SetCoreAsync(key, value, options, token).AsTask();
    }

    /// <inheritdoc/>
    public ValueTask SetAsync(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        SetCoreAsync(key, RedisValue.FromSequence(value), options, token);

    /// <inheritdoc/>
    public async Task RefreshAsync(string key, CancellationToken token = default) =>
        await _get.InvokeBytesAsync([Key(key)], [Now(), RefreshOnly], cancellationToken: token).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task RemoveAsync(string key, CancellationToken token = default) =>
        await _client.DeleteAsync([Key(key)], token).ConfigureAwait(false);

    /// <summary>Disposes the client when the cache made it (<see cref="RedisCacheOptions.Url"/>).</summary>
    public ValueTask DisposeAsync() => _ownsClient ? _client.DisposeAsync() : ValueTask.CompletedTask;

    /// <summary>Disposes the client when the cache made it (<see cref="RedisCacheOptions.Url"/>).</summary>
    public void Dispose()
    {
        if (_ownsClient)
        {
            _client.Dispose();
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"RedisCache({_client}, InstanceName='{_prefix}')";

    private async ValueTask SetCoreAsync(string key, RedisValue value, DistributedCacheEntryOptions options, CancellationToken token)
    {
        var redisKey = Key(key);
        var (absolute, sliding, ttl) = CacheEntryLayout.Expirations(options, _time.GetUtcNow());
        await _set.InvokeAsync([redisKey], [absolute, sliding, ttl, value], cancellationToken: token).ConfigureAwait(false);
    }

    private RedisKey Key(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _prefix.Length == 0 ? key : _prefix + key;
    }

    private RedisValue Now() => _time.GetUtcNow().UtcTicks;
}
