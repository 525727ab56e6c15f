using Microsoft.Extensions.DependencyInjection;

namespace RedisKit.DependencyInjection;

/// <summary>
/// One registered <see cref="RedisClient"/>, returned by <c>AddRedis</c> and <c>AddKeyedRedis</c> so that
/// companions (health checks, caching) and further configuration can be chained to it.
/// </summary>
public sealed class RedisBuilder
{
    internal RedisBuilder(IServiceCollection services, object? serviceKey, string name)
    {
        Services = services;
        ServiceKey = serviceKey;
        Name = name;
    }

    /// <summary>The service collection the client is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The key of a keyed client (<c>AddKeyedRedis</c>); null for the default client.</summary>
    public object? ServiceKey { get; }

    /// <summary>
    /// The client's name: the options name of its <see cref="RedisOptions"/>, the
    /// <c>ConnectionStrings</c> entry its URL is read from and, for a keyed client, its <c>Redis:{name}</c>
    /// section. <c>redis</c> for the default client; the key's text for a keyed one.
    /// </summary>
    public string Name { get; }

    /// <summary>Adds a delegate that runs after configuration and the URL, in the order added.</summary>
    /// <param name="configure">Changes the options.</param>
    /// <returns>This builder.</returns>
    public RedisBuilder Configure(Action<RedisOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.AddOptions<RedisOptions>(OptionsName).Configure(configure);
        return this;
    }

    /// <summary>Adds a delegate, given the service provider, that runs after configuration and the URL, in the order added.</summary>
    /// <param name="configure">Changes the options.</param>
    /// <returns>This builder.</returns>
    public RedisBuilder Configure(Action<IServiceProvider, RedisOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.AddOptions<RedisOptions>(OptionsName).Configure<IServiceProvider>((options, provider) => configure(provider, options));
        return this;
    }

    /// <summary>The name of this client's <see cref="RedisOptions"/> in the options system.</summary>
    internal string OptionsName => RedisRegistration.OptionsNameOf(ServiceKey);
}
