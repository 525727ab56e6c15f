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

    public static RedisBuilder Register(IServiceCollection services, object? serviceKey, IConfiguration? configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var name = serviceKey is null ? DefaultName : NameOf(serviceKey);
        var builder = new RedisBuilder(services, serviceKey, name);
        var optionsName = builder.OptionsName;

        if (!IsRegistered(services, serviceKey))
        {
            services.AddSingleton(new RegisteredRedisClient(serviceKey, name));
            services.AddOptions<RedisOptions>(optionsName)
                .Configure<IServiceProvider>((options, provider) =>
                    RedisConfigurationBinder.Apply(options, configuration ?? provider.GetService<IConfiguration>(), name, keyed: serviceKey is not null))
                .ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisOptions>, RedisOptionsStartupValidator>());

            if (serviceKey is null)
            {
                services.TryAddSingleton(provider => CreateClient(provider, optionsName));
            }
            else
            {
                services.TryAddKeyedSingleton(serviceKey, (provider, _) => CreateClient(provider, optionsName));
            }
        }
        else if (configuration is not null)
        {
            // A later AddRedis(configuration) for the same client: its configuration applies too,
            // after what was registered before.
            services.AddOptions<RedisOptions>(optionsName)
                .Configure(options => RedisConfigurationBinder.Apply(options, configuration, name, keyed: serviceKey is not null));
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

    private static string NameOf(object serviceKey)
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

    /// <summary>Marks a registered client so that registering it again adds nothing twice.</summary>
    internal sealed record RegisteredRedisClient(object? ServiceKey, string Name);
}
