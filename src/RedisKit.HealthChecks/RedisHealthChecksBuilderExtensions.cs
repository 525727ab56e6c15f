using Microsoft.Extensions.Diagnostics.HealthChecks;
using RedisKit;
using RedisKit.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Adds <see cref="RedisHealthCheck"/> to a health check registration: PING through the default client,
/// a keyed client, or a client of the check's own for a URL. The check's timeout (default
/// <see cref="RedisHealthCheck.DefaultTimeout"/>) bounds the whole check, connecting included.
/// </summary>
public static class RedisHealthChecksBuilderExtensions
{
    /// <summary>Checks the default <see cref="RedisClient"/> registered in the container (<c>services.AddRedis</c>).</summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name.</param>
    /// <param name="failureStatus">Reported when PING fails or times out; default <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <param name="tags">Tags to filter checks by.</param>
    /// <param name="timeout">How long the check may take.</param>
    /// <param name="degradedThreshold">A PING slower than this reports Degraded.</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddRedis(
        this IHealthChecksBuilder builder,
        string name = "redis",
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null,
        TimeSpan? timeout = null,
        TimeSpan? degradedThreshold = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return Add(builder, name, provider => provider.GetRequiredService<RedisClient>(), failureStatus, tags, timeout, degradedThreshold);
    }

    /// <summary>Checks the keyed <see cref="RedisClient"/> registered under <paramref name="serviceKey"/> (<c>services.AddKeyedRedis</c>).</summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="serviceKey">The client's key.</param>
    /// <param name="name">The check's name; default <c>redis-{key}</c>.</param>
    /// <param name="failureStatus">Reported when PING fails or times out; default <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <param name="tags">Tags to filter checks by.</param>
    /// <param name="timeout">How long the check may take.</param>
    /// <param name="degradedThreshold">A PING slower than this reports Degraded.</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddKeyedRedis(
        this IHealthChecksBuilder builder,
        object serviceKey,
        string? name = null,
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null,
        TimeSpan? timeout = null,
        TimeSpan? degradedThreshold = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(serviceKey);
        return Add(builder, name ?? "redis-" + serviceKey, provider => provider.GetRequiredKeyedService<RedisClient>(serviceKey), failureStatus, tags, timeout, degradedThreshold);
    }

    /// <summary>
    /// Checks the server at <paramref name="url"/> with a client of the check's own, made at the first
    /// check and disposed with the container.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="url">A URL such as <c>redis://user:password@host:6379/0</c>; it is checked now, and never shown.</param>
    /// <param name="name">The check's name.</param>
    /// <param name="failureStatus">Reported when PING fails or times out; default <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <param name="tags">Tags to filter checks by.</param>
    /// <param name="timeout">How long the check may take.</param>
    /// <param name="degradedThreshold">A PING slower than this reports Degraded.</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddRedisUrl(
        this IHealthChecksBuilder builder,
        string url,
        string name = "redis",
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null,
        TimeSpan? timeout = null,
        TimeSpan? degradedThreshold = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(url);
        new RedisOptions().ApplyUrl(url);

        // The client lives in the container under a key only this registration knows, so the
        // container disposes it and no one else resolves it.
        var clientKey = new object();
        builder.Services.AddKeyedSingleton(clientKey, (_, _) => RedisClient.FromUrl(url));
        return Add(builder, name, provider => provider.GetRequiredKeyedService<RedisClient>(clientKey), failureStatus, tags, timeout, degradedThreshold);
    }

    private static IHealthChecksBuilder Add(
        IHealthChecksBuilder builder,
        string name,
        Func<IServiceProvider, RedisClient> client,
        HealthStatus? failureStatus,
        IEnumerable<string>? tags,
        TimeSpan? timeout,
        TimeSpan? degradedThreshold)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (timeout is { } limit && limit <= TimeSpan.Zero && limit != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), limit, "The health check timeout must be greater than zero.");
        }

        if (degradedThreshold is { } threshold && threshold <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(degradedThreshold), threshold, "The degraded threshold must be greater than zero, or null for none.");
        }

        return builder.Add(new HealthCheckRegistration(
            name,
            provider => new RedisHealthCheck(client(provider), degradedThreshold),
            failureStatus,
            tags,
            timeout ?? RedisHealthCheck.DefaultTimeout));
    }
}
