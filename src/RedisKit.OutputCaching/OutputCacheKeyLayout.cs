namespace RedisKit.OutputCaching;

/// <summary>
/// The keys Microsoft.AspNetCore.OutputCaching.StackExchangeRedis uses, so both stores read, write and
/// evict the same entries: each entry is a string at <c>{instance}__MSOCV_{key}</c> with the entry's TTL;
/// each tag is a sorted set at <c>{instance}__MSOCT_{tag}</c> of entry keys scored by their expiry
/// (Unix milliseconds); <c>{instance}__MSOCT</c> scores every tag by its latest expiry, for the sweep;
/// <c>{instance}__MSOCTGC</c> marks a sweep in progress on some node.
/// </summary>
internal sealed class OutputCacheKeyLayout
{
    public OutputCacheKeyLayout(string? instanceName)
    {
        var instance = instanceName ?? string.Empty;
        InstanceName = instance;
        ValuePrefix = instance + "__MSOCV_";
        TagPrefix = instance + "__MSOCT_";
        TagIndex = instance + "__MSOCT";
        SweepLock = instance + "__MSOCTGC";
    }

    public string InstanceName { get; }

    public string ValuePrefix { get; }

    public string TagPrefix { get; }

    public RedisKey TagIndex { get; }

    public RedisKey SweepLock { get; }

    public RedisKey ValueKey(string key) => ValuePrefix + key;

    public RedisKey TagKey(string tag) => TagPrefix + tag;

    /// <summary>The score of an entry valid for <paramref name="validFor"/> from <paramref name="now"/>: Unix milliseconds, as Microsoft's store writes it.</summary>
    public static double ExpiryScore(DateTimeOffset now, TimeSpan validFor) => (now + validFor).ToUnixTimeMilliseconds();
}
