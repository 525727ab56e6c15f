namespace RedisKit.Connections;

/// <summary>When a connection authenticates again, given when its credentials expire.</summary>
internal static class CredentialSchedule
{
    /// <summary>Share of the remaining lifetime after which a connection authenticates again.</summary>
    public const double RefreshShare = 0.8;

    /// <summary>
    /// The shortest wait between two re-authentications, so a provider handing out credentials that
    /// are already expired (or nearly) cannot make connections authenticate in a busy loop.
    /// </summary>
    public static readonly TimeSpan MinimumDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long to wait before authenticating again: 80% of the time left until
    /// <paramref name="expiresAt"/>, at least <see cref="MinimumDelay"/>; null when the credentials
    /// do not expire.
    /// </summary>
    public static TimeSpan? RefreshDelay(DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        if (expiresAt is not { } expires)
        {
            return null;
        }

        var remaining = expires - now;
        var delay = TimeSpan.FromTicks((long)(remaining.Ticks * RefreshShare));
        return delay < MinimumDelay ? MinimumDelay : delay;
    }

    /// <summary>True when credentials that expire at <paramref name="expiresAt"/> are no longer valid at <paramref name="now"/>.</summary>
    public static bool IsExpired(DateTimeOffset? expiresAt, DateTimeOffset now) => expiresAt is { } expires && expires <= now;
}
