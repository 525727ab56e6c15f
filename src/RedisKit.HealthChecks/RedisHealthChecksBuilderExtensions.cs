using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RedisKit;
using RedisKit.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Adds <see cref="RedisHealthCheck"/> to a health check registration: PING through the default client,
/// a keyed client, or a client of the check's own for a URL. The check's timeout (default
/// <see cref="RedisHealthCheck.DefaultTimeout"/>) bounds the whole check, connecting included.
/// </summary>
/// <remarks>
/// <c>AddRedis</c> takes no string in first place: AspNetCore.HealthChecks.Redis users write
/// <c>AddRedis("redis://...")</c> for a check of that server, and that call must not compile into a
/// check of the default client named after the URL. A URL is checked with <c>AddRedisUrl</c>, and a
/// check name holding credentials is refused, since names are shown in health reports and logs.
/// </remarks>
public static class RedisHealthChecksBuilderExtensions
{
    /// <summary>The name of the default client's check.</summary>
    public const string DefaultName = "redis";

    /// <summary>
    /// Checks the default <see cref="RedisClient"/> registered in the container (<c>services.AddRedis</c>).
    /// To check a server by URL, use <see cref="AddRedisUrl"/>.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="failureStatus">Reported when PING fails or times out; default <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <param name="tags">Tags to filter checks by.</param>
    /// <param name="timeout">How long the check may take.</param>
    /// <param name="degradedThreshold">A PING slower than this reports Degraded.</param>
    /// <param name="name">The check's name (last, so that a URL given first does not compile as one); default <c>redis</c>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or holds credentials (a URL with a user or password, or <c>password=</c>).</exception>
    public static IHealthChecksBuilder AddRedis(
        this IHealthChecksBuilder builder,
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null,
        TimeSpan? timeout = null,
        TimeSpan? degradedThreshold = null,
        string name = DefaultName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return Add(builder, name, nameof(name), provider => provider.GetRequiredService<RedisClient>(), failureStatus, tags, timeout, degradedThreshold);
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
    /// <exception cref="ArgumentException">The check's name is empty or holds credentials.</exception>
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
        return Add(builder, name ?? DefaultName + "-" + serviceKey, name is null ? nameof(serviceKey) : nameof(name), provider => provider.GetRequiredKeyedService<RedisClient>(serviceKey), failureStatus, tags, timeout, degradedThreshold);
    }

    /// <summary>
    /// Checks the server at <paramref name="url"/> with a client of the check's own, made at the first
    /// check and disposed with the container.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="url">
    /// A URL such as <c>redis://user:password@host:6379/0</c> or a connection string such as
    /// <c>host:6379,password=...</c>; it is checked now, and never shown.
    /// </param>
    /// <param name="name">The check's name; default <c>redis:{host}:{port}</c> (<c>redis:{socket path}</c> for a Unix socket), never the URL.</param>
    /// <param name="failureStatus">Reported when PING fails or times out; default <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <param name="tags">Tags to filter checks by.</param>
    /// <param name="timeout">How long the check may take.</param>
    /// <param name="degradedThreshold">A PING slower than this reports Degraded.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not a valid URL or connection string, or <paramref name="name"/> is empty or holds credentials.</exception>
    /// <exception cref="FormatException">A part of <paramref name="url"/> is malformed.</exception>
    public static IHealthChecksBuilder AddRedisUrl(
        this IHealthChecksBuilder builder,
        string url,
        string? name = null,
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null,
        TimeSpan? timeout = null,
        TimeSpan? degradedThreshold = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(url);
        var target = new RedisOptions();
        target.ApplyUrl(url);
        name ??= DefaultName + ":" + (target.UnixSocketPath ?? target.Host + ":" + target.Port.ToString(CultureInfo.InvariantCulture));

        // The client lives in the container under a key only this registration knows, so the
        // container disposes it and no one else resolves it.
        var clientKey = new object();
        builder.Services.AddKeyedSingleton(clientKey, (_, _) => RedisClient.FromUrl(url));
        return Add(builder, name, nameof(name), provider => provider.GetRequiredKeyedService<RedisClient>(clientKey), failureStatus, tags, timeout, degradedThreshold);
    }

    private static IHealthChecksBuilder Add(
        IHealthChecksBuilder builder,
        string name,
        string nameParameter,
        Func<IServiceProvider, RedisClient> client,
        HealthStatus? failureStatus,
        IEnumerable<string>? tags,
        TimeSpan? timeout,
        TimeSpan? degradedThreshold)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, nameParameter);
        if (HoldsCredentials(name))
        {
            // The name itself stays out of the message: it holds the password.
            throw new ArgumentException(
                "The health check name looks like a Redis URL or connection string with credentials, and a check's name is shown in health reports and logs. "
                + "Give the check a plain name; to check a server by URL, use AddRedisUrl(url), whose default name leaves out the credentials.",
                nameParameter);
        }

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

    private static bool HoldsCredentials(string name)
    {
        var scheme = name.IndexOf("://", StringComparison.Ordinal);
        return (scheme >= 0 && name.IndexOf('@', scheme) >= 0)
            || name.Contains("password=", StringComparison.OrdinalIgnoreCase);
    }
}
