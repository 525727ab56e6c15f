using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RedisKit;
using RedisKit.DataProtection;

namespace Microsoft.AspNetCore.DataProtection;

/// <summary>
/// Keeps data protection's key ring in Redis through RedisKit, in the layout of
/// Microsoft.AspNetCore.DataProtection.StackExchangeRedis (a list of XML elements under one key,
/// <c>DataProtection-Keys</c> unless named), so instances on either library share one key ring.
/// Calling any of these again replaces the earlier choice rather than adding a second repository.
/// </summary>
public static class RedisKitDataProtectionBuilderExtensions
{
    /// <summary>Keeps the key ring in Redis through the application's default <see cref="IRedisClient"/> (registered with <c>AddRedis</c>).</summary>
    /// <param name="builder">The data protection builder.</param>
    /// <param name="key">The Redis key of the list; <see cref="RedisXmlRepository.DefaultKey"/> unless given.</param>
    /// <returns>The builder.</returns>
    public static IDataProtectionBuilder PersistKeysToRedisKit(this IDataProtectionBuilder builder, string key = RedisXmlRepository.DefaultKey) =>
        Register(builder, new RedisKeyRingRegistration(null, null, key));

    /// <summary>Keeps the key ring in Redis through <paramref name="client"/>, which the repository does not dispose.</summary>
    /// <param name="builder">The data protection builder.</param>
    /// <param name="client">The client (a <see cref="RedisClient"/> or any <see cref="IRedisClient"/>).</param>
    /// <param name="key">The Redis key of the list; <see cref="RedisXmlRepository.DefaultKey"/> unless given.</param>
    /// <returns>The builder.</returns>
    public static IDataProtectionBuilder PersistKeysToRedisKit(this IDataProtectionBuilder builder, IRedisClient client, string key = RedisXmlRepository.DefaultKey)
    {
        ArgumentNullException.ThrowIfNull(client);
        return Register(builder, new RedisKeyRingRegistration(client, null, key));
    }

    /// <summary>Keeps the key ring in Redis through the keyed client registered under <paramref name="serviceKey"/> (<c>AddKeyedRedis</c>).</summary>
    /// <param name="builder">The data protection builder.</param>
    /// <param name="serviceKey">The client's service key.</param>
    /// <param name="key">The Redis key of the list; <see cref="RedisXmlRepository.DefaultKey"/> unless given.</param>
    /// <returns>The builder.</returns>
    public static IDataProtectionBuilder PersistKeysToKeyedRedisKit(this IDataProtectionBuilder builder, object serviceKey, string key = RedisXmlRepository.DefaultKey)
    {
        ArgumentNullException.ThrowIfNull(serviceKey);
        return Register(builder, new RedisKeyRingRegistration(null, serviceKey, key));
    }

    private static IDataProtectionBuilder Register(IDataProtectionBuilder builder, RedisKeyRingRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(registration.Key, "key");
        var services = builder.Services;
        for (var i = services.Count - 1; i >= 0; i--)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType == typeof(RedisKeyRingRegistration)
                || (descriptor.ServiceType == typeof(IConfigureOptions<KeyManagementOptions>) && descriptor.ImplementationType == typeof(RedisKeyRingSetup)))
            {
                services.RemoveAt(i);
            }
        }

        // Added last, so it wins over an earlier PersistKeysTo... as the last call does with Microsoft's extensions.
        services.AddSingleton(registration);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, RedisKeyRingSetup>();
        return builder;
    }
}
