using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.DependencyInjection;

public sealed class AddRedisTests
{
    private const string Secret = "S3cret-Pa55-word";

    [Fact]
    public async Task A_host_builds_and_starts_with_redis_down_and_the_first_command_fails_clearly()
    {
        var port = FreePort.Find();
        using var host = TestHost.Build(
            new Dictionary<string, string?> { ["ConnectionStrings:redis"] = $"redis://127.0.0.1:{port}?socket_connect_timeout=1&retries=0" },
            (services, configuration) => services.AddRedis(configuration));

        await host.StartAsync();
        var redis = host.Services.GetRequiredService<RedisClient>();
        var error = await Assert.ThrowsAnyAsync<RedisConnectionException>(async () => await redis.GetAsync("k"));
        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task Sections_then_the_connection_string_then_code_shape_the_options()
    {
        var server = await RedisTestServers.GetSharedAsync();
        var url = new Uri(server.Url);
        using var host = TestHost.Build(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:redis"] = $"redis://{url.Host}:{url.Port}/3",
                ["Redis:SocketTimeout"] = "00:00:02",
                ["Redis:MaxConnections"] = "7",
                ["Redis:Database"] = "9",
                ["Redis:SslCertReqs"] = "optional",
                ["Redis:Encoding"] = "iso-8859-1",
                ["Redis:ClientName"] = "from-config",
            },
            (services, _) => services.AddRedis(o => o.ClientName = "from-code"));

        await host.StartAsync();
        var redis = host.Services.GetRequiredService<RedisClient>();
        var options = redis.Options;
        Assert.Equal(TimeSpan.FromSeconds(2), options.SocketTimeout);
        Assert.Equal(7, options.MaxConnections);
        Assert.Equal(3, options.Database);
        Assert.Equal(SslCertificateRequirements.Optional, options.SslCertReqs);
        Assert.Equal("iso-8859-1", options.Encoding.WebName);
        Assert.Equal("from-code", options.ClientName);

        var key = new TestKeys()["k"];
        await redis.SetAsync(key, "v");
        Assert.Equal("v", await redis.GetAsync(key));
        await host.StopAsync();
    }

    [Fact]
    public async Task Keyed_clients_get_their_own_configuration()
    {
        var server = await RedisTestServers.GetSharedAsync();
        var url = new Uri(server.Url);
        using var host = TestHost.Build(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:redis"] = $"redis://{url.Host}:{url.Port}/1",
                ["ConnectionStrings:cache"] = $"redis://{url.Host}:{url.Port}/2",
                ["Redis:MaxConnections"] = "5",
                ["Redis:cache:MaxConnections"] = "9",
                ["Redis:cache:ClientName"] = "cache-client",
            },
            (services, configuration) =>
            {
                services.AddRedis(configuration);
                services.AddKeyedRedis("cache", configuration);
                services.AddKeyedRedis("sessions", $"redis://{url.Host}:{url.Port}/4").Configure(o => o.MaxConnections = 3);
            });

        await host.StartAsync();
        var main = host.Services.GetRequiredService<RedisClient>();
        var cache = host.Services.GetRequiredKeyedService<RedisClient>("cache");
        var sessions = host.Services.GetRequiredKeyedService<RedisClient>("sessions");
        Assert.NotSame(main, cache);
        Assert.Equal((1, 5, null), (main.Options.Database, main.Options.MaxConnections, main.Options.ClientName));
        Assert.Equal((2, 9, "cache-client"), (cache.Options.Database, cache.Options.MaxConnections, cache.Options.ClientName));
        Assert.Equal((4, 3), (sessions.Options.Database, sessions.Options.MaxConnections));

        var key = new TestKeys()["k"];
        await cache.SetAsync(key, "in-db-2");
        Assert.Null(await main.GetAsync(key));
        Assert.Equal("in-db-2", await cache.GetAsync(key));
        Assert.Equal("cache-client", await cache.Client().ClientGetNameAsync());
        await host.StopAsync();
    }

    [Theory]
    [InlineData("Redis:cache:SocketTimeout", "5 seconds", "Redis:cache:SocketTimeout: '5 seconds' is not a duration")]
    [InlineData("Redis:MaxConnections", "0", "Redis:MaxConnections is 0; allowed: 1 or more.")]
    [InlineData("Redis:cache:Port", "70000", "Redis:cache:Port is 70000; allowed: 1 to 65535.")]
    [InlineData("Redis:Protocol", "three", "Redis:Protocol: 'three' is not a whole number.")]
    [InlineData("Redis:SslCertReqs", "always", "Redis:SslCertReqs: 'always' is not one of Required, Optional, None.")]
    [InlineData("Redis:SocketTimout", "00:00:01", "Redis:SocketTimout is not a Redis setting")]
    [InlineData("Redis:LoggerFactory", "Console", "Redis:LoggerFactory is not a Redis setting")]
    [InlineData("ConnectionStrings:cache", "http://localhost", "ConnectionStrings:cache:")]
    [InlineData("Redis:cahce:Port", "6380", "Redis:cahce is neither a Redis setting nor the section of a keyed client (registered: cache)")]
    public async Task A_bad_configuration_value_fails_at_startup_naming_its_path(string path, string value, string expected)
    {
        using var host = TestHost.Build(
            new Dictionary<string, string?> { [path] = value },
            (services, configuration) => services.AddKeyedRedis("cache", configuration));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_keyed_section_fails_startup_naming_it_and_the_registered_keys()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:sessions"] = "redis://127.0.0.1:6399",
            ["Redis:MaxConnections"] = "4",
            ["Redis:SocketTimeout"] = "00:00:03",
            ["Redis:sessions:MaxConnections"] = "3",
        };
        static void Register(IServiceCollection services, IConfiguration configuration)
        {
            services.AddRedis(configuration);
            services.AddKeyedRedis("sessions", configuration);
        }

        // Settings of the shared section and a registered client's section start the host...
        using (var host = TestHost.Build(settings, Register))
        {
            await host.StartAsync();
            Assert.Equal(3, host.Services.GetRequiredKeyedService<RedisClient>("sessions").Options.MaxConnections);
            Assert.Equal(4, host.Services.GetRequiredService<RedisClient>().Options.MaxConnections);
            await host.StopAsync();
        }

        // ...and a section named after no registered client does not.
        settings["Redis:sesions:MaxConnections"] = "5";
        using var misspelt = TestHost.Build(settings, Register);
        var error = await Assert.ThrowsAnyAsync<Exception>(() => misspelt.StartAsync());
        var validation = error as OptionsValidationException
            ?? Assert.IsType<OptionsValidationException>(Assert.IsType<AggregateException>(error).InnerExceptions[0]);
        var failure = Assert.Single(validation.Failures);
        Assert.StartsWith("Redis:sesions is neither a Redis setting nor the section of a keyed client (registered: sessions)", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("Redis:sessions ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Redis:MaxConnections", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_url_in_code_fails_where_it_is_written()
    {
        var services = new ServiceCollection();
        var error = Assert.ThrowsAny<FormatException>(() => services.AddRedis($"redis://user:{Secret}@host:port"));
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_in_configuration_appears_in_no_exception_log_or_options_text()
    {
        var logs = new CapturedLogs();
        var port = FreePort.Find();
        using var host = TestHost.Build(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:redis"] = $"redis://admin:{Secret}@127.0.0.1:{port}?socket_connect_timeout=1&retries=0",
                ["ConnectionStrings:broken"] = $"redis://admin:{Secret}@127.0.0.1:notaport",
                ["Redis:broken:SslPassword"] = Secret,
                ["Redis:broken:Password"] = Secret,
                ["Redis:broken:MaxConnections"] = "-1",
            },
            (services, configuration) =>
            {
                services.AddRedis(configuration);
                services.AddKeyedRedis("broken", configuration);
            },
            logs);

        var startup = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        var texts = new List<string> { startup.ToString() };

        var redis = host.Services.GetRequiredService<RedisClient>();
        texts.Add((await Assert.ThrowsAnyAsync<RedisException>(async () => await redis.PingAsync())).ToString());
        texts.Add(redis.ToString());
        texts.Add(redis.Options.ToString());
        texts.Add(redis.ConnectionPool.ToString());
        texts.AddRange(logs.Lines);

        Assert.Contains("ConnectionStrings:broken", startup.Message, StringComparison.Ordinal);
        Assert.Contains("Redis:broken:MaxConnections is -1", startup.Message, StringComparison.Ordinal);
        foreach (var text in texts)
        {
            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Registering_the_same_client_twice_registers_it_once_and_the_container_disposes_it()
    {
        var server = await RedisTestServers.GetSharedAsync();
        var services = new ServiceCollection();
        services.AddRedis(server.Url);
        services.AddRedis(o => o.ClientName = "second-call");
        services.AddKeyedRedis("k", server.Url);
        services.AddKeyedRedis("k", server.Url);

        Assert.Single(services, d => d.ServiceType == typeof(RedisClient) && !d.IsKeyedService);
        Assert.Single(services, d => d.ServiceType == typeof(RedisClient) && d.IsKeyedService);

        RedisClient redis;
        await using (var provider = services.BuildServiceProvider())
        {
            redis = provider.GetRequiredService<RedisClient>();
            Assert.Single(provider.GetServices<RedisClient>());
            Assert.Equal("second-call", redis.Options.ClientName);
            Assert.True(await redis.PingAsync());
        }

        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await redis.PingAsync());
    }

    [Fact]
    public void A_cluster_client_is_selected_from_configuration()
    {
        var settings = new Dictionary<string, string?> { ["Redis:Host"] = "10.0.0.5", ["Redis:Port"] = "7000", ["Redis:Cluster"] = "true" };
        using var host = TestHost.Build(settings, (services, configuration) => services.AddRedis(configuration));
        var redis = host.Services.GetRequiredService<RedisClient>();
        Assert.True(redis.IsCluster);
        Assert.Equal("RedisClient(cluster 10.0.0.5:7000)", redis.ToString());
    }

    [Fact]
    public void Every_option_can_be_bound_from_configuration()
    {
        var settings = new Dictionary<string, string?>();
        var expected = new RedisOptions();
        foreach (var property in BindableProperties())
        {

            (string text, object value) = property.PropertyType switch
            {
                var t when t == typeof(string) => ("text-" + property.Name, (object)("text-" + property.Name)),
                var t when t == typeof(int) && property.Name == nameof(RedisOptions.Protocol) => ("2", 2),
                var t when t == typeof(int) => ("11", 11),
                // A cluster has only database 0 and no Unix socket, which this test sets: Cluster binds in its own test.
                var t when t == typeof(bool) && property.Name == nameof(RedisOptions.Cluster) => ("False", false),
                var t when t == typeof(bool) => ((!(bool)property.GetValue(expected)!).ToString(), !(bool)property.GetValue(expected)!),
                var t when t == typeof(TimeSpan) => ("00:00:07.5", TimeSpan.FromSeconds(7.5)),
                var t when t == typeof(SslCertificateRequirements) => ("None", SslCertificateRequirements.None),
                var t when t == typeof(System.Text.Encoding) => ("us-ascii", System.Text.Encoding.ASCII),
                _ => throw new InvalidOperationException($"No configuration value for {property.Name} in this test."),
            };
            settings["Redis:" + property.Name] = text;
            property.SetValue(expected, value);
        }

        using var host = TestHost.Build(settings, (services, configuration) => services.AddRedis(configuration));
        var bound = host.Services.GetRequiredService<IOptionsMonitor<RedisOptions>>().Get(Options.DefaultName);
        foreach (var property in BindableProperties())
        {
            Assert.True(Equals(property.GetValue(expected), property.GetValue(bound)), $"Redis:{property.Name} was not bound.");
        }
    }

    [Fact]
    public void The_configuration_schema_describes_every_option()
    {
        var path = Path.Combine(RepositoryPaths.Root, "src", "RedisKit.DependencyInjection", "ConfigurationSchema.json");
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var described = schema.RootElement.GetProperty("definitions").GetProperty("redisOptions").GetProperty("properties")
            .EnumerateObject().Select(p => p.Name).Order().ToArray();
        var options = BindableProperties().Select(p => p.Name).Order().ToArray();
        Assert.Equal(options, described);
        Assert.True(schema.RootElement.GetProperty("properties").TryGetProperty("ConnectionStrings", out _));
    }

    // Settings, as configuration knows them: services such as RedisOptions.LoggerFactory are set in code.
    private static IEnumerable<System.Reflection.PropertyInfo> BindableProperties() =>
        typeof(RedisOptions).GetProperties().Where(p => p.CanWrite && !p.PropertyType.IsInterface && p.PropertyType != typeof(RedisCredentialProvider));
}
