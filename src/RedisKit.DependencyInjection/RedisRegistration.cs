using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RedisKit.DependencyInjection;

/// <summary>
/// Registers a client once per name: its options pipeline (configuration, then URL, then code),
/// startup validation and the singleton. A second registration of the same name only adds its own
/// URL or delegate.
/// </summary>
internal static class RedisRegistration
{
    /// <summary>The name of the default client: its <c>ConnectionStrings</c> entry.</summary>
    public const string DefaultName = "redis";

    public static string OptionsNameOf(object? serviceKey) =>
        serviceKey is null ? Options.DefaultName : NameOf(serviceKey);

    public static RedisBuilder Register(IServiceCollection services, object? serviceKey, IConfiguration? configuration) =>
        RegisterClient(services, new RegisteredRedisClient(serviceKey, serviceKey is null ? DefaultName : NameOf(serviceKey), HasOwnSection: serviceKey is not null), configuration);

    public static RedisBuilder RegisterClient(IServiceCollection services, RegisteredRedisClient client, IConfiguration? configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var serviceKey = client.ServiceKey;
        var name = client.Name;
        var builder = new RedisBuilder(services, serviceKey, name);
        var optionsName = builder.OptionsName;

        if (!IsRegistered(services, serviceKey))
        {
            services.AddSingleton(client);
            services.AddOptions<RedisOptions>(optionsName)
                .Configure<IServiceProvider>((options, provider) =>
                    RedisConfigurationBinder.Apply(options, configuration ?? provider.GetService<IConfiguration>(), client))
                .ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisOptions>, RedisOptionsStartupValidator>());

            if (serviceKey is null)
            {
                services.TryAddSingleton(provider => CreateClient(provider, optionsName));
                services.TryAddSingleton<IRedisClient>(static provider => provider.GetRequiredService<RedisClient>());
            }
            else
            {
                services.TryAddKeyedSingleton(serviceKey, (provider, _) => CreateClient(provider, optionsName));
                services.TryAddKeyedSingleton<IRedisClient>(serviceKey, static (provider, key) => provider.GetRequiredKeyedService<RedisClient>(key));
            }
        }
        else if (configuration is not null)
        {
            // A later AddRedis(configuration) for the same client: its configuration applies too,
            // after what was registered before.
            services.AddOptions<RedisOptions>(optionsName)
                .Configure(options => RedisConfigurationBinder.Apply(options, configuration, client with { ConnectionStringRequired = false }));
        }

        return builder;
    }

    private static bool IsRegistered(IServiceCollection services, object? serviceKey)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(RegisteredRedisClient)
                && descriptor.ImplementationInstance is RegisteredRedisClient registered
                && Equals(registered.ServiceKey, serviceKey))
            {
                return true;
            }
        }

        return false;
    }

    // No I/O: the pool connects at the first command, so a host builds and starts with Redis down.
    // The container's logger factory is used unless the options name one of their own.
    private static RedisClient CreateClient(IServiceProvider provider, string optionsName)
    {
        var options = provider.GetRequiredService<IOptionsMonitor<RedisOptions>>().Get(optionsName);
        if (options.LoggerFactory is null && provider.GetService<ILoggerFactory>() is { } loggerFactory)
        {
            options = options.Clone();
            options.LoggerFactory = loggerFactory;
        }

        return new RedisClient(options);
    }

    public static string NameOf(object serviceKey)
    {
        var name = serviceKey as string ?? Convert.ToString(serviceKey, CultureInfo.InvariantCulture);
        if (string.IsNullOrWhiteSpace(name) || name.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The service key '{name}' cannot name a Redis client: it must be non-empty text without ':' because it names the ConnectionStrings entry and the Redis:{{name}} section.",
                nameof(serviceKey));
        }

        return name;
    }

    /// <summary>
    /// Marks a registered client so that registering it again adds nothing twice, and says how its configuration
    /// is read: whether it has a <c>Redis:{name}</c> section of its own (keyed clients, and clients an integration
    /// names by connection), which further settings an integration reads from that section, and whether a missing
    /// connection string is an error.
    /// </summary>
    internal sealed record RegisteredRedisClient(object? ServiceKey, string Name, bool HasOwnSection)
    {
        public bool ConnectionStringRequired { get; init; }

        public IReadOnlyCollection<string> IntegrationSettingNames { get; init; } = [];
    }
}
