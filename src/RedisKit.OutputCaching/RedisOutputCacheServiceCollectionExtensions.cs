using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RedisKit;
using RedisKit.DependencyInjection;
using RedisKit.OutputCaching;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers <see cref="RedisOutputCacheStore"/> as the application's <see cref="IOutputCacheStore"/>, on the
/// <see cref="RedisClient"/> registered with <c>AddRedis</c> (or the keyed one named by
/// <see cref="RedisOutputCacheOptions.ServiceKey"/>). The middleware itself still comes from
/// <c>services.AddOutputCache(...)</c>, called before or after this. Calling it again adds nothing twice;
/// like Microsoft's <c>AddStackExchangeRedisOutputCache</c>, it takes precedence over a store registered
/// earlier (such as the in-memory default).
/// </summary>
public static class RedisOutputCacheServiceCollectionExtensions
{
    /// <summary>Registers <see cref="RedisOutputCacheStore"/> as the <see cref="IOutputCacheStore"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the store's options; may run more than once per call.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRedisOutputCache(this IServiceCollection services, Action<RedisOutputCacheOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<RedisOutputCacheOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(Create);
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(IOutputCacheStore) && !descriptor.IsKeyedService
                && descriptor.ImplementationFactory?.Method.DeclaringType == typeof(RedisOutputCacheServiceCollectionExtensions))
            {
                return services;
            }
        }

        services.AddSingleton<IOutputCacheStore>(Resolve);
        return services;
    }

    /// <summary>
    /// Registers <see cref="RedisOutputCacheStore"/> as the <see cref="IOutputCacheStore"/> on this client: the
    /// default client, or this keyed client for a builder from <c>AddKeyedRedis</c>.
    /// </summary>
    /// <param name="builder">The client's builder.</param>
    /// <param name="configure">Sets the store's options (instance name, sweep interval).</param>
    /// <returns>The builder.</returns>
    public static RedisBuilder AddRedisOutputCache(this RedisBuilder builder, Action<RedisOutputCacheOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var serviceKey = builder.ServiceKey;
        builder.Services.AddRedisOutputCache(options =>
        {
            options.ServiceKey = serviceKey;
            configure?.Invoke(options);
        });
        return builder;
    }

    private static IOutputCacheStore Resolve(IServiceProvider provider) => provider.GetRequiredService<RedisOutputCacheStore>();

    private static RedisOutputCacheStore Create(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<RedisOutputCacheOptions>>().Value;
        var client = options.ServiceKey is { } key
            ? provider.GetRequiredKeyedService<RedisClient>(key)
            : provider.GetRequiredService<RedisClient>();
        var logger = provider.GetService<ILoggerFactory>()?.CreateLogger<RedisOutputCacheStore>();
        return new RedisOutputCacheStore(client, options, logger, TimeProvider.System);
    }
}
