namespace RedisKit.OutputCaching;

/// <summary>Where a <see cref="RedisOutputCacheStore"/> keeps its entries and how it tidies its tag sets.</summary>
public sealed class RedisOutputCacheOptions
{
    /// <summary>
    /// Prefix put verbatim in front of every key the store writes: with <c>InstanceName = "shop:"</c> the
    /// entry <c>/home</c> lives at <c>shop:__MSOCV_/home</c>. No separator is added, exactly as
    /// Microsoft.AspNetCore.OutputCaching.StackExchangeRedis applies its InstanceName, so both stores
    /// share entries and tags when given the same value. Null or empty for none.
    /// </summary>
    public string? InstanceName { get; set; }

    /// <summary>
    /// Use the keyed <see cref="RedisClient"/> registered under this key (<c>AddKeyedRedis</c>) instead of
    /// the default one.
    /// </summary>
    public object? ServiceKey { get; set; }

    /// <summary>
    /// How often the store removes expired members from its tag sets (a little jitter is added so a fleet
    /// does not sweep in step; one node sweeps at a time, Microsoft's store included). Default five minutes,
    /// as Microsoft's store; <see cref="TimeSpan.Zero"/> or <see cref="Timeout.InfiniteTimeSpan"/> turns the
    /// background sweep off (<see cref="RedisOutputCacheStore.CollectGarbageAsync"/> still runs one on demand).
    /// </summary>
    public TimeSpan GarbageCollectionInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// After a read or write fails because Redis cannot be reached (connection failure, timeout, pool
    /// exhausted), reads are misses and writes are skipped without trying Redis for this long, so an outage
    /// does not add a connection attempt to every request. Default one second; <see cref="TimeSpan.Zero"/>
    /// tries Redis on every call.
    /// </summary>
    public TimeSpan RetryAfterFailure { get; set; } = TimeSpan.FromSeconds(1);
}
