using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace RedisKit.DataProtection;

/// <summary>Where the key ring lives: which client (the default, a keyed one, or a given one) and which Redis key.</summary>
internal sealed record RedisKeyRingRegistration(IRedisClient? Client, object? ServiceKey, string Key);

/// <summary>
/// Points <see cref="KeyManagementOptions.XmlRepository"/> at a <see cref="RedisXmlRepository"/>. One
/// per service collection: a later <c>PersistKeysToRedisKit</c> replaces the registration this reads.
/// </summary>
internal sealed class RedisKeyRingSetup(IServiceProvider services, RedisKeyRingRegistration registration) : IConfigureOptions<KeyManagementOptions>
{
    public void Configure(KeyManagementOptions options) =>
        options.XmlRepository = new RedisXmlRepository(ResolveClient(), registration.Key);

    private IRedisClient ResolveClient()
    {
        if (registration.Client is { } client)
        {
            return client;
        }

        if (registration.ServiceKey is { } serviceKey)
        {
            return services.GetKeyedService<IRedisClient>(serviceKey) ?? throw new InvalidOperationException(
                $"PersistKeysToKeyedRedisKit found no Redis client registered with the key '{serviceKey}': register it with AddKeyedRedis (or AddKeyedRedisClient) under the same key.");
        }

        return services.GetService<IRedisClient>() ?? throw new InvalidOperationException(
            "PersistKeysToRedisKit found no Redis client registered: register one with AddRedis (or AddRedisClient), or pass a client to PersistKeysToRedisKit.");
    }
}
