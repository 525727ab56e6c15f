namespace RedisKit.Caching;

/// <summary>Where a <see cref="RedisCache"/> stores its entries.</summary>
public sealed class RedisCacheOptions
{
    /// <summary>
    /// Prefix put verbatim in front of every cache key: the entry for <c>"user:1"</c> with
    /// <c>InstanceName = "shop:"</c> lives at the Redis key <c>shop:user:1</c>. No separator is added,
    /// exactly as Microsoft.Extensions.Caching.StackExchangeRedis applies its InstanceName, so both
    /// find the same entries. Null or empty for none.
    /// </summary>
    public string? InstanceName { get; set; }

    /// <summary>
    /// Use the keyed <see cref="RedisClient"/> registered under this key (<c>AddKeyedRedis</c>) instead of
    /// the default one. Ignored when <see cref="Url"/> is set.
    /// </summary>
    public object? ServiceKey { get; set; }

    /// <summary>
    /// A Redis URL for a client of the cache's own, made at first use and disposed with the cache,
    /// instead of a registered client. Never shown in messages.
    /// </summary>
    public string? Url { get; set; }
}
