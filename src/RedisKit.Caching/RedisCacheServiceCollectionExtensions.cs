using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RedisKit;
using RedisKit.Caching;
using RedisKit.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers <see cref="RedisCache"/> as the application's <see cref="IDistributedCache"/> (and so as
/// HybridCache's second level). By default it goes through the <see cref="RedisClient"/> registered
/// with <c>AddRedis</c>; <see cref="RedisCacheOptions.ServiceKey"/> picks a keyed client and
/// <see cref="RedisCacheOptions.Url"/> gives the cache a client of its own. Registration uses TryAdd:
/// calling it again adds nothing twice, and when another <see cref="IDistributedCache"/> is already
/// registered it throws rather than replace it or be silently ignored.
/// </summary>
public static class RedisCacheServiceCollectionExtensions
{
    /// <summary>Registers the default <see cref="IDistributedCache"/> as a <see cref="RedisCache"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the cache's options; may run more than once per call.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="InvalidOperationException">Another <see cref="IDistributedCache"/> is already registered.</exception>
    public static IServiceCollection AddRedisDistributedCache(this IServiceCollection services, Action<RedisCacheOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(IDistributedCache) && !descriptor.IsKeyedService
                && descriptor.ImplementationFactory?.Method.DeclaringType != typeof(RedisCacheServiceCollectionExtensions))
            {
                throw new InvalidOperationException(
                    $"An IDistributedCache is already registered ({descriptor.ImplementationType?.Name ?? "by a factory or instance"}); AddRedisDistributedCache does not replace it. Remove the other registration, or use AddKeyedRedisDistributedCache.");
            }
        }

        var options = services.AddOptions<RedisCacheOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<IDistributedCache>(CreateDefault);
        return services;
    }

    /// <summary>Registers a keyed <see cref="IDistributedCache"/>, resolved with <c>[FromKeyedServices(key)]</c>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The cache's key; also the name of its <see cref="RedisCacheOptions"/>.</param>
    /// <param name="configure">Sets the cache's options.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddKeyedRedisDistributedCache(this IServiceCollection services, object serviceKey, Action<RedisCacheOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(serviceKey);
        var name = OptionsName(serviceKey);
        var options = services.AddOptions<RedisCacheOptions>(name);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddKeyedSingleton<IDistributedCache>(serviceKey, (provider, _) => Create(provider, name));
        return services;
    }

    /// <summary>
    /// Registers the default <see cref="IDistributedCache"/> on this client: the default client, or this
    /// keyed client for a builder from <c>AddKeyedRedis</c>.
    /// </summary>
    /// <param name="builder">The client's builder.</param>
    /// <param name="instanceName">The key prefix; see <see cref="RedisCacheOptions.InstanceName"/>.</param>
    /// <returns>The builder.</returns>
    public static RedisBuilder AddDistributedCache(this RedisBuilder builder, string? instanceName = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRedisDistributedCache(options =>
        {
            options.ServiceKey = builder.ServiceKey;
            options.InstanceName = instanceName;
        });
        return builder;
    }

    private static IDistributedCache CreateDefault(IServiceProvider provider) => Create(provider, Options.Options.DefaultName);

    private static RedisCache Create(IServiceProvider provider, string name)
    {
        var options = provider.GetRequiredService<IOptionsMonitor<RedisCacheOptions>>().Get(name);
        if (options.Url is { } url)
        {
            return new RedisCache(RedisClient.FromUrl(url), ownsClient: true, options.InstanceName, TimeProvider.System);
        }

        var client = options.ServiceKey is { } key
            ? provider.GetRequiredKeyedService<RedisClient>(key)
            : provider.GetRequiredService<RedisClient>();
        return new RedisCache(client, ownsClient: false, options.InstanceName, TimeProvider.System);
    }

    private static string OptionsName(object serviceKey) => "RedisCache:" + serviceKey;
}
