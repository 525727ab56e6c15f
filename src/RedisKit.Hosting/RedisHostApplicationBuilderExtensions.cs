using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using RedisKit;
using RedisKit.DependencyInjection;
using RedisKit.Hosting;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Registers a <see cref="RedisClient"/> the way .NET Aspire's <c>AddRedisClient</c> registers a StackExchange.Redis
/// connection: one call adds the client (through <c>services.AddRedis</c>, so its options are validated when the host
/// starts and its logging comes from the container's <c>ILoggerFactory</c>), a health check, and RedisKit's
/// OpenTelemetry tracing and metrics.
/// </summary>
/// <remarks>
/// <para>
/// Configuration, for a connection named <c>cache</c>: the server from <c>ConnectionStrings:cache</c> (what an Aspire
/// AppHost injects with <c>WithReference</c>) or else <c>Redis:cache:ConnectionString</c>, and startup fails naming
/// both when neither is set. Options of every client come from the <c>Redis</c> section, then this client's own
/// <c>Redis:cache</c> section, which also holds the <see cref="RedisClientSettings"/> (<c>DisableHealthChecks</c>,
/// <c>HealthCheckTimeout</c>, <c>DisableTracing</c>, <c>DisableMetrics</c>). Code runs last: <c>configureSettings</c>
/// when registering, <c>configureOptions</c> after configuration when the client's options are built.
/// </para>
/// <para>
/// The settings decide what is registered, so they are read when this method runs; a setting that cannot be read
/// throws then, naming its configuration path.
/// </para>
/// </remarks>
public static class RedisHostApplicationBuilderExtensions
{
    private const string SectionName = "Redis";
    private const string ConnectionStringsSection = "ConnectionStrings";

    private static readonly string[] SettingNames =
    [
        nameof(RedisClientSettings.DisableHealthChecks),
        nameof(RedisClientSettings.HealthCheckTimeout),
        nameof(RedisClientSettings.DisableTracing),
        nameof(RedisClientSettings.DisableMetrics),
    ];

    /// <summary>
    /// Registers the default <see cref="RedisClient"/> for the connection <paramref name="connectionName"/>, with
    /// its health check (named <c>redis</c>), tracing and metrics.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="connectionName">The <c>ConnectionStrings</c> entry and the <c>Redis:{name}</c> section to read.</param>
    /// <param name="configureSettings">Changes the settings read from configuration.</param>
    /// <param name="configureOptions">Changes the client's options after configuration.</param>
    /// <returns>A builder for the client, to chain companions such as the distributed cache.</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionName"/> is empty or contains ':'.</exception>
    /// <exception cref="InvalidOperationException">A setting in configuration cannot be read, or the connection string set in code is invalid.</exception>
    public static RedisBuilder AddRedisClient(
        this IHostApplicationBuilder builder,
        string connectionName,
        Action<RedisClientSettings>? configureSettings = null,
        Action<RedisOptions>? configureOptions = null) =>
        Add(builder, connectionName, keyed: false, configureSettings, configureOptions);

    /// <summary>
    /// Registers a keyed <see cref="RedisClient"/> for the connection <paramref name="name"/>, resolved with
    /// <c>[FromKeyedServices(name)]</c>, with its health check (named <c>redis-{name}</c>), tracing and metrics.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="name">The service key, the <c>ConnectionStrings</c> entry and the <c>Redis:{name}</c> section.</param>
    /// <param name="configureSettings">Changes the settings read from configuration.</param>
    /// <param name="configureOptions">Changes the client's options after configuration.</param>
    /// <returns>A builder for the client, to chain companions such as the distributed cache.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or contains ':'.</exception>
    /// <exception cref="InvalidOperationException">A setting in configuration cannot be read, or the connection string set in code is invalid.</exception>
    public static RedisBuilder AddKeyedRedisClient(
        this IHostApplicationBuilder builder,
        string name,
        Action<RedisClientSettings>? configureSettings = null,
        Action<RedisOptions>? configureOptions = null) =>
        Add(builder, name, keyed: true, configureSettings, configureOptions);

    private static RedisBuilder Add(
        IHostApplicationBuilder builder,
        string connectionName,
        bool keyed,
        Action<RedisClientSettings>? configureSettings,
        Action<RedisOptions>? configureOptions)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connectionName);

        // Checks the name before anything is read under it.
        var registration = new RedisConnectionRegistration(connectionName);
        var section = builder.Configuration.GetSection(SectionName).GetSection(registration.ConnectionName);
        var fromConfiguration = builder.Configuration.GetSection(ConnectionStringsSection)[registration.ConnectionName]
            ?? section[nameof(RedisClientSettings.ConnectionString)];
        var settings = ReadSettings(section);
        settings.ConnectionString = fromConfiguration;
        configureSettings?.Invoke(settings);

        // A connection string from configuration is applied by AddRedis, which names its path in any error; one
        // set in code is checked here, where it is written, and applied after configuration.
        var fromCode = settings.ConnectionString is not null && !string.Equals(settings.ConnectionString, fromConfiguration, StringComparison.Ordinal)
            ? settings.ConnectionString
            : null;
        if (fromCode is not null)
        {
            try
            {
                new RedisOptions().ApplyUrl(fromCode);
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException)
            {
                throw new InvalidOperationException($"RedisClientSettings.ConnectionString for the Redis client '{registration.ConnectionName}': {ex.Message}", ex);
            }
        }

        var redis = builder.Services.AddRedis(new RedisConnectionRegistration(registration.ConnectionName)
        {
            Keyed = keyed,
            Configuration = builder.Configuration,
            ConnectionStringRequired = fromCode is null,
            IntegrationSettingNames = SettingNames,
        });
        if (fromCode is not null)
        {
            redis.Configure(options => options.ApplyUrl(fromCode));
        }

        if (configureOptions is not null)
        {
            redis.Configure(configureOptions);
        }

        // Calling this again for the same client (or a second client) must not add a second check of the same name,
        // which would fail every health report, nor a second span processor, which would record each span twice.
        if (!settings.DisableHealthChecks && RegisterOnce(builder.Services, "health:" + (keyed ? registration.ConnectionName : string.Empty)))
        {
            var healthChecks = builder.Services.AddHealthChecks();
            if (keyed)
            {
                healthChecks.AddKeyedRedis(registration.ConnectionName, timeout: settings.HealthCheckTimeout);
            }
            else
            {
                healthChecks.AddRedis(timeout: settings.HealthCheckTimeout);
            }
        }

        if (!settings.DisableTracing && RegisterOnce(builder.Services, "tracing"))
        {
            builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddRedisKitInstrumentation());
        }

        if (!settings.DisableMetrics && RegisterOnce(builder.Services, "metrics"))
        {
            builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddRedisKitInstrumentation());
        }

        return redis;
    }

    private static bool RegisterOnce(IServiceCollection services, string what)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(IntegrationPart) && descriptor.ImplementationInstance is IntegrationPart part && part.What == what)
            {
                return false;
            }
        }

        services.AddSingleton(new IntegrationPart(what));
        return true;
    }

    private static RedisClientSettings ReadSettings(IConfigurationSection section) => new()
    {
        DisableHealthChecks = ReadFlag(section, nameof(RedisClientSettings.DisableHealthChecks)),
        DisableTracing = ReadFlag(section, nameof(RedisClientSettings.DisableTracing)),
        DisableMetrics = ReadFlag(section, nameof(RedisClientSettings.DisableMetrics)),
        HealthCheckTimeout = ReadDuration(section, nameof(RedisClientSettings.HealthCheckTimeout)),
    };

    private static bool ReadFlag(IConfigurationSection section, string key)
    {
        var value = section.GetSection(key);
        if (string.IsNullOrWhiteSpace(value.Value))
        {
            return false;
        }

        return bool.TryParse(value.Value, out var flag)
            ? flag
            : throw new InvalidOperationException($"{value.Path}: '{value.Value}' is not true or false.");
    }

    private static TimeSpan? ReadDuration(IConfigurationSection section, string key)
    {
        var value = section.GetSection(key);
        if (string.IsNullOrWhiteSpace(value.Value))
        {
            return null;
        }

        return TimeSpan.TryParse(value.Value, CultureInfo.InvariantCulture, out var duration) && duration > TimeSpan.Zero
            ? duration
            : throw new InvalidOperationException($"{value.Path}: '{value.Value}' is not a positive duration; write [d.]hh:mm:ss[.fff] (00:00:05 is five seconds).");
    }

    /// <summary>Marks a part of the integration (a client's health check, tracing, metrics) as registered.</summary>
    private sealed record IntegrationPart(string What);
}
