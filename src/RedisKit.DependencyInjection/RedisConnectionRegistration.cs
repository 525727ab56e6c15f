using Microsoft.Extensions.Configuration;

namespace RedisKit.DependencyInjection;

/// <summary>
/// A client named by its connection, as integration packages register one (RedisKit.Hosting's
/// <c>AddRedisClient</c>): the client reads <c>ConnectionStrings:{ConnectionName}</c>, or else the
/// <c>ConnectionString</c> key of its own <c>Redis:{ConnectionName}</c> section, and its options from the
/// <c>Redis</c> section and then its own section, whether it is the default client or a keyed one.
/// Pass it to <see cref="Microsoft.Extensions.DependencyInjection.RedisServiceCollectionExtensions.AddRedis(Microsoft.Extensions.DependencyInjection.IServiceCollection, RedisConnectionRegistration)"/>.
/// </summary>
public sealed class RedisConnectionRegistration
{
    /// <summary>Creates a registration for the connection <paramref name="connectionName"/>.</summary>
    /// <param name="connectionName">The name of the <c>ConnectionStrings</c> entry and of the <c>Redis:{name}</c> section: non-empty, without ':'.</param>
    /// <exception cref="ArgumentException"><paramref name="connectionName"/> is empty or contains ':'.</exception>
    public RedisConnectionRegistration(string connectionName)
    {
        ArgumentNullException.ThrowIfNull(connectionName);
        ConnectionName = RedisRegistration.NameOf(connectionName);
    }

    /// <summary>The name of the <c>ConnectionStrings</c> entry and of the client's <c>Redis:{name}</c> section.</summary>
    public string ConnectionName { get; }

    /// <summary>Registers a keyed client under <see cref="ConnectionName"/> (<c>[FromKeyedServices(name)]</c>) instead of the default client.</summary>
    public bool Keyed { get; init; }

    /// <summary>The configuration to read; null for the <see cref="IConfiguration"/> registered in the container.</summary>
    public IConfiguration? Configuration { get; init; }

    /// <summary>
    /// Fails startup when neither <c>ConnectionStrings:{name}</c> nor <c>Redis:{name}:ConnectionString</c> is set,
    /// naming both, instead of falling back to the defaults (localhost:6379). Leave it off when code sets the server.
    /// </summary>
    public bool ConnectionStringRequired { get; init; }

    /// <summary>
    /// Further keys of the client's own section that the integration reads itself (such as
    /// <c>DisableTracing</c>); validation does not report them as unknown Redis settings.
    /// </summary>
    public IReadOnlyCollection<string> IntegrationSettingNames { get; init; } = [];
}
