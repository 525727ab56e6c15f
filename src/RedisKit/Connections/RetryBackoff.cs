namespace RedisKit.Connections;

/// <summary>Exponential back-off with full jitter: a random delay up to base·2^(attempt-1), capped.</summary>
internal static class RetryBackoff
{
    public static TimeSpan Delay(int attempt, RedisOptions options) =>
        TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * CeilingMilliseconds(attempt, options));

    /// <summary>The longest delay <see cref="Delay"/> can pick for <paramref name="attempt"/>.</summary>
    public static double CeilingMilliseconds(int attempt, RedisOptions options)
    {
        var ceiling = options.RetryBackoffBase.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30));
        return Math.Min(ceiling, options.RetryBackoffCap.TotalMilliseconds);
    }
}
