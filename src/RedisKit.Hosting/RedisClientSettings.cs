namespace RedisKit.Hosting;

/// <summary>
/// What <c>AddRedisClient</c> and <c>AddKeyedRedisClient</c> register besides the client. Read from the client's
/// <c>Redis:{name}</c> section (beside its <see cref="RedisOptions"/> settings), with the connection string from
/// <c>ConnectionStrings:{name}</c> when present; the <c>configureSettings</c> delegate runs last.
/// </summary>
public sealed class RedisClientSettings
{
    /// <summary>
    /// The server: a URL (<c>redis://host:6379/0</c>) or a StackExchange.Redis-style connection string
    /// (<c>host:6379,password=...,ssl=true</c>, as .NET Aspire injects it). Read from <c>ConnectionStrings:{name}</c>,
    /// or else <c>Redis:{name}:ConnectionString</c>; startup fails when none is set.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Registers no health check for the client. Default false: a check named <c>redis</c> (default client) or <c>redis-{name}</c> (keyed).</summary>
    public bool DisableHealthChecks { get; set; }

    /// <summary>How long the health check may take, connecting included; null for the health check's default.</summary>
    public TimeSpan? HealthCheckTimeout { get; set; }

    /// <summary>
    /// Adds no RedisKit spans to the host's OpenTelemetry tracing. Spans come from one process-wide source, so
    /// they are recorded for every client as soon as one client (or the application) turns them on.
    /// </summary>
    public bool DisableTracing { get; set; }

    /// <summary>
    /// Adds no RedisKit metrics to the host's OpenTelemetry metrics. Like tracing, the meter is process-wide:
    /// one client with metrics on records them for all.
    /// </summary>
    public bool DisableMetrics { get; set; }
}
