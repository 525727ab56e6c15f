using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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

    /// <summary>
    /// Authenticates the client's connections with credentials from <typeparamref name="TProvider"/>,
    /// resolved from the container (registered as a singleton here unless it already is), in place
    /// of a user name and password from configuration or the URL: the provider is asked on every
    /// connect and before expiring credentials run out (<see cref="RedisOptions.CredentialProvider"/>).
    /// </summary>
    /// <typeparam name="TProvider">The provider type; its dependencies come from the container.</typeparam>
    /// <returns>This builder.</returns>
    public RedisBuilder WithCredentialProvider<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TProvider>()
        where TProvider : RedisCredentialProvider
    {
        Services.TryAddSingleton<TProvider>();
        return WithCredentialProvider(static provider => provider.GetRequiredService<TProvider>());
    }

    /// <summary>
    /// Authenticates the client's connections with credentials from the provider
    /// <paramref name="createProvider"/> returns, in place of a user name and password from
    /// configuration or the URL (<see cref="RedisOptions.CredentialProvider"/>).
    /// </summary>
    /// <param name="createProvider">Returns the provider, given the service provider; called once, when the client's options are built.</param>
    /// <returns>This builder.</returns>
    public RedisBuilder WithCredentialProvider(Func<IServiceProvider, RedisCredentialProvider> createProvider)
    {
        ArgumentNullException.ThrowIfNull(createProvider);
        return Configure((services, options) => options.CredentialProvider = createProvider(services)
            ?? throw new InvalidOperationException($"The credential provider factory of the Redis client '{Name}' returned null."));
    }

    /// <summary>The name of this client's <see cref="RedisOptions"/> in the options system.</summary>
    internal string OptionsName => RedisRegistration.OptionsNameOf(ServiceKey);
}
