using Microsoft.AspNetCore.DataProtection;
using RedisKit.DataProtection;
using RedisKit.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Keeps data protection's key ring on a client registered with <c>AddRedis</c>, <c>AddKeyedRedis</c> or <c>AddRedisClient</c>.</summary>
public static class RedisBuilderDataProtectionExtensions
{
    /// <summary>
    /// Adds data protection (if not added yet) and keeps its key ring in Redis through this client:
    /// the default client, or this keyed client for a builder from <c>AddKeyedRedis</c>. Set the
    /// application name with <c>services.AddDataProtection().SetApplicationName(...)</c> so that
    /// instances share protected payloads.
    /// </summary>
    /// <param name="builder">The client's builder.</param>
    /// <param name="key">The Redis key of the list; <see cref="RedisXmlRepository.DefaultKey"/> unless given.</param>
    /// <returns>The builder.</returns>
    public static RedisBuilder PersistDataProtectionKeys(this RedisBuilder builder, string key = RedisXmlRepository.DefaultKey)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var dataProtection = builder.Services.AddDataProtection();
        if (builder.ServiceKey is { } serviceKey)
        {
            dataProtection.PersistKeysToKeyedRedisKit(serviceKey, key);
        }
        else
        {
            dataProtection.PersistKeysToRedisKit(key);
        }

        return builder;
    }
}
