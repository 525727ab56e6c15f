using Microsoft.Extensions.Configuration;
using RedisKit;
using RedisKit.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers <see cref="RedisClient"/> singletons, each also resolvable as <see cref="IRedisClient"/>
/// (the same instance, under the same key), so handlers can take the interface and tests can fake it. Every form builds the client's options the same way,
/// later steps winning: the <c>Redis</c> configuration section, then (keyed clients) the
/// <c>Redis:{name}</c> section, then the URL or StackExchange.Redis-style connection string in
/// <c>ConnectionStrings:{name}</c> (as .NET Aspire injects it; present but empty fails validation) or else the
/// <c>ConnectionString</c> key of the <c>Redis:{name}</c> section, then the URL given
/// here, then code delegates in the order added. Configuration comes from the
/// <see cref="IConfiguration"/> given, or else the one registered in the container. Options are
/// validated when the host starts, each problem named by its configuration path; nothing connects
/// while registering, building or starting the host, so an app starts while Redis is down and its
/// first command reports the failure. Registering the same client again adds no second client.
/// </summary>
public static class RedisServiceCollectionExtensions
{
    /// <summary>Registers the default client for the server at <paramref name="url"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="url">A URL such as <c>redis://user:password@host:6379/0</c>, or a connection string such as <c>host:6379,password=...</c>; see <see cref="RedisClient.FromUrl(string, RedisOptions?)"/>.</param>
    /// <returns>A builder for the client.</returns>
    public static RedisBuilder AddRedis(this IServiceCollection services, string url) =>
        WithUrl(RedisRegistration.Register(services, null, null), url);

    /// <summary>Registers the default client configured in code (after any configuration).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder for the client.</returns>
    public static RedisBuilder AddRedis(this IServiceCollection services, Action<RedisOptions> configure) =>
        RedisRegistration.Register(services, null, null).Configure(configure);

    /// <summary>Registers the default client configured in code with access to other services.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options, given the service provider.</param>
    /// <returns>A builder for the client.</returns>
    public static RedisBuilder AddRedis(this IServiceCollection services, Action<IServiceProvider, RedisOptions> configure) =>
        RedisRegistration.Register(services, null, null).Configure(configure);

    /// <summary>
    /// Registers the default client from <paramref name="configuration"/>, the application's configuration:
    /// its URL from <c>ConnectionStrings:redis</c> and its options from the <c>Redis</c> section.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration holding <c>ConnectionStrings</c> and <c>Redis</c>.</param>
    /// <returns>A builder for the client.</returns>
    public static RedisBuilder AddRedis(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return RedisRegistration.Register(services, null, configuration);
    }

    /// <summary>Registers a keyed client for the server at <paramref name="url"/>; resolve it with <c>[FromKeyedServices(key)]</c>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The key; its text names the client's <c>ConnectionStrings</c> entry and <c>Redis:{name}</c> section.</param>
    /// <param name="url">A URL such as <c>redis://user:password@host:6379/0</c>, or a connection string such as <c>host:6379,password=...</c>.</param>
    /// <returns>A builder for the client.</returns>
    public static RedisBuilder AddKeyedRedis(this IServiceCollection services, object serviceKey, string url) =>
        WithUrl(RedisRegistration.Register(services, Key(serviceKey), null), url);

    /// <summary>Registers a keyed client configured in code (after any configuration).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The key; its text names the client's <c>ConnectionStrings</c> entry and <c>Redis:{name}</c> section.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder for the client.</returns>
    public static RedisBuilder AddKeyedRedis(this IServiceCollection services, object serviceKey, Action<RedisOptions> configure) =>
        RedisRegistration.Register(services, Key(serviceKey), null).Configure(configure);

    /// <summary>Registers a keyed client configured in code with access to other services.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The key; its text names the client's <c>ConnectionStrings</c> entry and <c>Redis:{name}</c> section.</param>
    /// <param name="configure">Sets the options, given the service provider.</param>
    /// <returns>A builder for the client.</returns>
    public static RedisBuilder AddKeyedRedis(this IServiceCollection services, object serviceKey, Action<IServiceProvider, RedisOptions> configure) =>
        RedisRegistration.Register(services, Key(serviceKey), null).Configure(configure);

    /// <summary>
    /// Registers a keyed client from <paramref name="configuration"/>: its URL from <c>ConnectionStrings:{name}</c>,
    /// its options from the <c>Redis</c> section and then the <c>Redis:{name}</c> section.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The key; its text is the client's name.</param>
    /// <param name="configuration">The configuration holding <c>ConnectionStrings</c> and <c>Redis</c>.</param>
    /// <returns>A builder for the client.</returns>
    public static RedisBuilder AddKeyedRedis(this IServiceCollection services, object serviceKey, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return RedisRegistration.Register(services, Key(serviceKey), configuration);
    }

    /// <summary>
    /// Registers a client named by its connection (the default client, or a keyed one under that name), as
    /// integration packages such as RedisKit.Hosting do; see <see cref="RedisConnectionRegistration"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="registration">The connection's name and how its configuration is read.</param>
    /// <returns>A builder for the client.</returns>
    public static RedisBuilder AddRedis(this IServiceCollection services, RedisConnectionRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var name = registration.ConnectionName;
        var client = new RedisRegistration.RegisteredRedisClient(registration.Keyed ? name : null, name, HasOwnSection: true)
        {
            ConnectionStringRequired = registration.ConnectionStringRequired,
            IntegrationSettingNames = [.. registration.IntegrationSettingNames],
        };
        return RedisRegistration.RegisterClient(services, client, registration.Configuration);
    }

    private static object Key(object serviceKey)
    {
        ArgumentNullException.ThrowIfNull(serviceKey);
        return serviceKey;
    }

    private static RedisBuilder WithUrl(RedisBuilder builder, string url)
    {
        ArgumentNullException.ThrowIfNull(url);

        // Checked now so that a bad URL in code fails where it is written; applied in order with the other steps.
        new RedisOptions().ApplyUrl(url);
        return builder.Configure(options => options.ApplyUrl(url));
    }
}
