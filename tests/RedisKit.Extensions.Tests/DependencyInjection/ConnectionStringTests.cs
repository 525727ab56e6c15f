using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.DependencyInjection;

/// <summary>Connection strings in StackExchange.Redis syntax, as .NET Aspire injects them, in <c>ConnectionStrings:{name}</c>.</summary>
public sealed class ConnectionStringTests
{
    private const string Password = "Asp1re-Pa55-word";

    [Fact]
    public async Task An_aspire_style_string_with_a_password_starts_the_host_and_runs_commands()
    {
        await using var server = await RedisServerProcess.StartAsync("--requirepass", Password);
        using var host = TestHost.Build(
            new Dictionary<string, string?> { ["ConnectionStrings:redis"] = $"127.0.0.1:{server.Port},password={Password},abortConnect=false" },
            (services, configuration) =>
            {
                services.AddRedis(configuration);
                services.AddKeyedRedis("code", $"127.0.0.1:{server.Port},password={Password},defaultDatabase=3");
            });

        await host.StartAsync();
        var redis = host.Services.GetRequiredService<RedisClient>();
        var fromCode = host.Services.GetRequiredKeyedService<RedisClient>("code");
        var key = new TestKeys()["k"];
        await redis.SetAsync(key, "v");
        Assert.Equal("v", await redis.GetAsync(key));
        Assert.Null(await fromCode.GetAsync(key));
        Assert.Equal(3, fromCode.Options.Database);
        Assert.DoesNotContain(Password, redis.Options.ToString(), StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task An_aspire_style_string_without_a_password_starts_the_host_and_runs_commands()
    {
        var shared = new Uri((await RedisTestServers.GetSharedAsync()).Url);
        using var host = TestHost.Build(
            new Dictionary<string, string?> { ["ConnectionStrings:plain"] = $"{shared.Host}:{shared.Port}" },
            (services, configuration) => services.AddKeyedRedis("plain", configuration));

        await host.StartAsync();
        var redis = host.Services.GetRequiredKeyedService<RedisClient>("plain");
        Assert.Equal((shared.Host, shared.Port, false), (redis.Options.Host, redis.Options.Port, redis.Options.Ssl));
        Assert.True(await redis.PingAsync());
        await host.StopAsync();
    }

    [Fact]
    public async Task An_aspire_style_tls_string_starts_the_host_and_runs_commands()
    {
        await using var server = await RedisServerProcess.StartTlsAsync();
        var ca = server.Certificates!.CaCertificatePath;
        await using (var admin = RedisClient.FromUrl($"rediss://localhost:{server.Port}?ssl_ca_certs={Uri.EscapeDataString(ca)}"))
        {
            await admin.ExecuteCommandAsync("CONFIG", "SET", "requirepass", Password);
        }

        // The order Aspire 13.1 writes: password, then ssl; the test CA comes from the Redis section.
        using var host = TestHost.Build(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:redis"] = $"localhost:{server.Port},password={Password},ssl=true",
                ["Redis:SslCaCerts"] = ca,
            },
            (services, configuration) => services.AddRedis(configuration));

        await host.StartAsync();
        var redis = host.Services.GetRequiredService<RedisClient>();
        Assert.True(redis.Options.Ssl);
        var key = new TestKeys()["tls"];
        await redis.SetAsync(key, "over-tls");
        Assert.Equal("over-tls", await redis.GetAsync(key));
        await host.StopAsync();
    }

    [Theory]
    [InlineData("ConnectionStrings:redis", "")]
    [InlineData("ConnectionStrings:redis", "   ")]
    [InlineData("ConnectionStrings:cache", "")]
    public async Task A_connection_string_that_is_present_but_empty_fails_startup_naming_it(string path, string value)
    {
        using var host = TestHost.Build(
            new Dictionary<string, string?> { [path] = value },
            (services, configuration) =>
            {
                services.AddRedis(configuration);
                services.AddKeyedRedis("cache", configuration);
            });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains($"{path} is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_connection_string_at_all_keeps_the_documented_default()
    {
        using var host = TestHost.Build(new Dictionary<string, string?>(), (services, configuration) => services.AddRedis(configuration));

        await host.StartAsync();
        var options = host.Services.GetRequiredService<RedisClient>().Options;
        Assert.Equal(("localhost", RedisOptions.DefaultPort), (options.Host, options.Port));
        await host.StopAsync();
    }

    [Theory]
    [InlineData("127.0.0.1:6379,sockettimeout=5,password=" + Password, "ConnectionStrings:redis: Unknown connection string key 'sockettimeout'")]
    [InlineData("h1:6379,h2:6379,password=" + Password, "ConnectionStrings:redis: The connection string names more than one server")]
    [InlineData("127.0.0.1:6379,password=" + Password + ",connectTimeout=soon", "ConnectionStrings:redis: Invalid value 'soon' for connection string key 'connectTimeout'")]
    [InlineData("127.0.0.1:6379,serviceName=mymaster,password=" + Password, "ConnectionStrings:redis: The connection string key 'serviceName' is not supported")]
    public async Task A_bad_connection_string_fails_startup_naming_its_path_and_key_but_not_the_password(string value, string expected)
    {
        using var host = TestHost.Build(
            new Dictionary<string, string?> { ["ConnectionStrings:redis"] = value },
            (services, configuration) => services.AddRedis(configuration));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.ToString(), StringComparison.Ordinal);
    }
}
