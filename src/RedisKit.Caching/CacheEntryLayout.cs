using Microsoft.Extensions.Caching.Distributed;

namespace RedisKit.Caching;

/// <summary>
/// How an entry is stored, the same way Microsoft.Extensions.Caching.StackExchangeRedis stores it so
/// that either can read the other's entries: one hash per key with <c>absexp</c> (the absolute
/// expiration as UTC ticks), <c>sldexp</c> (the sliding window in ticks) and <c>data</c>, -1 standing
/// for "none". Unlike that implementation, the key's TTL is set in milliseconds, in the same
/// server-side step as the data, and cleared when an entry without expiration overwrites one with.
/// </summary>
internal static class CacheEntryLayout
{
    public const long NotPresent = -1;

    // KEYS[1] key; ARGV[1] absexp; ARGV[2] sldexp; ARGV[3] TTL in ms or -1; ARGV[4] data.
    public const string SetScript = """
        redis.call('HSET', KEYS[1], 'absexp', ARGV[1], 'sldexp', ARGV[2], 'data', ARGV[4])
        if ARGV[3] ~= '-1' then
          redis.call('PEXPIRE', KEYS[1], ARGV[3])
        else
          redis.call('PERSIST', KEYS[1])
        end
        return 1
        """;

    // KEYS[1] key; ARGV[1] now as UTC ticks; ARGV[2] '1' to return the data, '0' to refresh only.
    // A sliding entry's TTL is renewed here, in the same step as the read, capped by its absolute
    // expiration. Ticks exceed a Lua number's exact range, but a difference of them stays exact to
    // well under a millisecond.
    public const string GetScript = """
        local entry = redis.call('HMGET', KEYS[1], 'absexp', 'sldexp', 'data')
        if not entry[3] then
          return false
        end
        local sliding = tonumber(entry[2])
        local absolute = tonumber(entry[1])
        local now = tonumber(ARGV[1])
        if absolute and absolute ~= -1 and absolute <= now then
          return false
        end
        if sliding and sliding ~= -1 then
          local ttl = sliding
          if absolute and absolute ~= -1 and absolute - now < ttl then
            ttl = absolute - now
          end
          redis.call('PEXPIRE', KEYS[1], math.max(1, math.ceil(ttl / 10000)))
        end
        if ARGV[2] == '1' then
          return entry[3]
        end
        return ''
        """;

    /// <summary>
    /// Reads the expirations the way the interface documents them, throwing for an absolute
    /// expiration in the past (the relative ones already refuse zero and negatives when set).
    /// </summary>
    public static (long AbsoluteTicks, long SlidingTicks, long TtlMilliseconds) Expirations(DistributedCacheEntryOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(options);
        DateTimeOffset? absolute = null;
        if (options.AbsoluteExpirationRelativeToNow is { } relative)
        {
            // As in Microsoft's implementations, a relative expiration wins over an absolute one.
            if (relative <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(options), relative, "The relative expiration value must be positive.");
            }

            absolute = now + relative;
        }
        else if (options.AbsoluteExpiration is { } at)
        {
            if (at <= now)
            {
                throw new ArgumentOutOfRangeException(nameof(options), at, "The absolute expiration value must be in the future.");
            }

            absolute = at;
        }

        var sliding = options.SlidingExpiration;
        if (sliding is { } window && window <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), window, "The sliding expiration value must be positive.");
        }

        TimeSpan? ttl = (absolute, sliding) switch
        {
            ({ } a, { } s) => a - now < s ? a - now : s,
            ({ } a, null) => a - now,
            (null, { } s) => s,
            _ => null,
        };

        return (
            absolute?.UtcTicks ?? NotPresent,
            sliding?.Ticks ?? NotPresent,
            ttl is { } t ? Math.Max(1, (long)Math.Ceiling(t.TotalMilliseconds)) : NotPresent);
    }
}
