using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RedisKit.DependencyInjection;
using RedisKit.SignalR;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers <see cref="RedisKitHubLifetimeManager{THub}"/> as the SignalR backplane of every hub. It uses
/// the <see cref="RedisKit.RedisClient"/> registered with <c>AddRedis</c>, or a keyed one
/// (<see cref="RedisKitSignalROptions.ServiceKey"/>). Registering again adds nothing twice; options of
/// later calls add to the earlier ones.
/// </summary>
public static class RedisKitSignalRExtensions
{
    /// <summary>Scales SignalR out over the default <see cref="RedisKit.RedisClient"/> (or the one the options name).</summary>
    /// <param name="signalR">The SignalR server builder from <c>AddSignalR()</c>.</param>
    /// <param name="configure">Sets the backplane's options (channel prefix, keyed client...).</param>
    /// <returns>The builder.</returns>
    public static ISignalRServerBuilder AddRedisKit(this ISignalRServerBuilder signalR, Action<RedisKitSignalROptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(signalR);
        AddBackplane(signalR.Services, configure);
        return signalR;
    }

    /// <summary>Scales SignalR out over the keyed <see cref="RedisKit.RedisClient"/> registered under <paramref name="serviceKey"/>.</summary>
    /// <param name="signalR">The SignalR server builder from <c>AddSignalR()</c>.</param>
    /// <param name="serviceKey">The client's key, as given to <c>AddKeyedRedis</c>.</param>
    /// <param name="channelPrefix">Put before every channel name; see <see cref="RedisKitSignalROptions.ChannelPrefix"/>.</param>
    /// <returns>The builder.</returns>
    public static ISignalRServerBuilder AddRedisKit(this ISignalRServerBuilder signalR, object serviceKey, string? channelPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(signalR);
        ArgumentNullException.ThrowIfNull(serviceKey);
        AddBackplane(signalR.Services, options =>
        {
            options.ServiceKey = serviceKey;
            options.ChannelPrefix = channelPrefix;
        });
        return signalR;
    }

    /// <summary>
    /// Scales SignalR out over this client: the default client, or this keyed client for a builder from
    /// <c>AddKeyedRedis</c>. SignalR itself is still added with <c>AddSignalR()</c>.
    /// </summary>
    /// <param name="builder">The client's builder.</param>
    /// <param name="channelPrefix">Put before every channel name; see <see cref="RedisKitSignalROptions.ChannelPrefix"/>.</param>
    /// <returns>The builder.</returns>
    public static RedisBuilder AddSignalRBackplane(this RedisBuilder builder, string? channelPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddBackplane(builder.Services, options =>
        {
            options.ServiceKey = builder.ServiceKey;
            options.ChannelPrefix = channelPrefix;
        });
        return builder;
    }

    private static void AddBackplane(IServiceCollection services, Action<RedisKitSignalROptions>? configure)
    {
        var options = services.AddOptions<RedisKitSignalROptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        var ours = ServiceDescriptor.Singleton(typeof(HubLifetimeManager<>), typeof(RedisKitHubLifetimeManager<>));
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(HubLifetimeManager<>) && descriptor.ImplementationType == typeof(RedisKitHubLifetimeManager<>))
            {
                return;
            }
        }

        // Replaces SignalR's in-memory manager whether AddSignalR ran before or runs after.
        services.RemoveAll(typeof(HubLifetimeManager<>));
        services.Add(ours);
    }
}
