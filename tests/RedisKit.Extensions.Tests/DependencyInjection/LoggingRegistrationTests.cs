using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.DependencyInjection;

public sealed class LoggingRegistrationTests
{
    [Fact]
    public async Task AddRedis_logs_through_the_containers_logger_factory()
    {
        var server = await RedisTestServers.GetSharedAsync();
        var logs = new CapturedLogs();
        using var host = TestHost.Build(
            new Dictionary<string, string?> { ["ConnectionStrings:redis"] = server.Url, ["ConnectionStrings:cache"] = server.Url },
            (services, configuration) =>
            {
                services.AddRedis(configuration);
                services.AddKeyedRedis("cache", configuration);
            },
            logs);

        await host.StartAsync();
        var redis = host.Services.GetRequiredService<RedisClient>();
        var cache = host.Services.GetRequiredKeyedService<RedisClient>("cache");
        var factory = host.Services.GetRequiredService<ILoggerFactory>();
        Assert.Same(factory, redis.Options.LoggerFactory);
        Assert.Same(factory, cache.Options.LoggerFactory);

        Assert.True(await redis.PingAsync());
        var url = new Uri(server.Url);
        Assert.Contains(logs.Lines, line => line.StartsWith($"RedisKit Debug: Connected to {url.Host}:{url.Port}", StringComparison.Ordinal));
        await host.StopAsync();
    }

    [Fact]
    public void A_logger_factory_set_in_code_wins_over_the_containers()
    {
        using var own = new NullLoggerFactory();
        using var host = TestHost.Build(
            new Dictionary<string, string?>(),
            (services, _) => services.AddRedis(options => options.LoggerFactory = own));

        var redis = host.Services.GetRequiredService<RedisClient>();
        Assert.Same(own, redis.Options.LoggerFactory);
    }
}
