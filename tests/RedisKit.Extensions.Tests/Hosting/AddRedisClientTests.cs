using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using RedisKit.Extensions.Tests.OpenTelemetry;
using RedisKit.Hosting;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.Hosting;

/// <summary>
/// <c>builder.AddRedisClient</c> in a real host against a real server: Aspire's connection strings, the settings
/// section, what each setting registers, and startup failures. In the telemetry group, since the tracing and metrics
/// tests switch process-wide listeners on.
/// </summary>
[Collection(TelemetryTestGroup.Name)]
public sealed class AddRedisClientTests
{
    private const string Password = "H0sted-Secret";
    private static readonly ActivitySource TestSource = new("RedisKit.Tests.Hosting");

    [Fact]
    public async Task An_aspire_string_without_a_password_starts_the_host_and_the_client_works()
    {
        var shared = new Uri((await RedisTestServers.GetSharedAsync()).Url);
        using var host = Build(new() { ["ConnectionStrings:cache"] = $"{shared.Host}:{shared.Port}" }, builder => builder.AddRedisClient("cache"));

        await host.StartAsync();
        var redis = host.Services.GetRequiredService<RedisClient>();
        Assert.Equal((shared.Host, shared.Port), (redis.Options.Host, redis.Options.Port));
        var key = new TestKeys()["plain"];
        await redis.SetAsync(key, "v");
        Assert.Equal("v", await redis.GetAsync(key));
        await host.StopAsync();
    }

    [Fact]
    public async Task An_aspire_string_with_a_password_starts_the_host_and_the_client_works()
    {
        await using var server = await RedisServerProcess.StartAsync("--requirepass", Password);
        using var host = Build(
            new() { ["ConnectionStrings:cache"] = $"127.0.0.1:{server.Port},password={Password},abortConnect=false" },
            builder => builder.AddRedisClient("cache"));

        await host.StartAsync();
        var redis = host.Services.GetRequiredService<RedisClient>();
        Assert.True(await redis.PingAsync());
        Assert.DoesNotContain(Password, redis.Options.ToString(), StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task An_aspire_tls_string_starts_the_host_with_the_ca_from_the_clients_own_section()
    {
        await using var server = await RedisServerProcess.StartTlsAsync();
        var ca = server.Certificates!.CaCertificatePath;
        await using (var admin = RedisClient.FromUrl($"rediss://localhost:{server.Port}?ssl_ca_certs={Uri.EscapeDataString(ca)}"))
        {
            await admin.ExecuteCommandAsync("CONFIG", "SET", "requirepass", Password);
        }

        using var host = Build(
            new()
            {
                ["ConnectionStrings:secure"] = $"localhost:{server.Port},password={Password},ssl=true",
                ["Redis:secure:SslCaCerts"] = ca,
            },
            builder => builder.AddKeyedRedisClient("secure"));

        await host.StartAsync();
        var redis = host.Services.GetRequiredKeyedService<RedisClient>("secure");
        Assert.True(redis.Options.Ssl);
        var key = new TestKeys()["tls"];
        await redis.SetAsync(key, "over-tls");
        Assert.Equal("over-tls", await redis.GetAsync(key));
        await host.StopAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_missing_connection_string_fails_startup_naming_both_places_looked(bool keyed)
    {
        using var host = Build(
            new() { ["ConnectionStrings:cahce"] = "127.0.0.1:6379", ["Redis:cache:MaxConnections"] = "5" },
            builder =>
            {
                if (keyed)
                {
                    builder.AddKeyedRedisClient("cache");
                }
                else
                {
                    builder.AddRedisClient("cache");
                }
            });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("ConnectionStrings:cache", error.Message, StringComparison.Ordinal);
        Assert.Contains("Redis:cache:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_settings_section_holds_the_connection_string_and_connection_strings_win_over_it()
    {
        var shared = new Uri((await RedisTestServers.GetSharedAsync()).Url);
        using var host = Build(
            new()
            {
                ["Redis:fromSection:ConnectionString"] = $"{shared.Host}:{shared.Port},defaultDatabase=2",
                ["ConnectionStrings:both"] = $"{shared.Host}:{shared.Port},defaultDatabase=4",
                ["Redis:both:ConnectionString"] = "unused.invalid:1",
            },
            builder =>
            {
                builder.AddKeyedRedisClient("fromSection");
                builder.AddKeyedRedisClient("both");
            });

        await host.StartAsync();
        var fromSection = host.Services.GetRequiredKeyedService<RedisClient>("fromSection");
        var both = host.Services.GetRequiredKeyedService<RedisClient>("both");
        Assert.Equal(2, fromSection.Options.Database);
        Assert.Equal((shared.Host, 4), (both.Options.Host, both.Options.Database));
        Assert.True(await both.PingAsync());
        await host.StopAsync();
    }

    [Fact]
    public async Task Code_runs_after_configuration_for_settings_and_options()
    {
        var shared = new Uri((await RedisTestServers.GetSharedAsync()).Url);
        using var host = Build(
            new() { ["Redis:cache:MaxConnections"] = "7", ["Redis:cache:DisableHealthChecks"] = "true" },
            builder => builder.AddRedisClient(
                "cache",
                settings =>
                {
                    Assert.True(settings.DisableHealthChecks);
                    Assert.Null(settings.ConnectionString);
                    settings.ConnectionString = $"{shared.Host}:{shared.Port}";
                    settings.DisableHealthChecks = false;
                },
                options => options.ClientName = "from-code"));

        await host.StartAsync();
        var redis = host.Services.GetRequiredService<RedisClient>();
        Assert.Equal((7, "from-code"), (redis.Options.MaxConnections, redis.Options.ClientName));
        Assert.True(await redis.PingAsync());
        Assert.Contains(HealthCheckNames(host), name => name == "redis");
        await host.StopAsync();
    }

    [Fact]
    public void Unreadable_settings_and_a_bad_connection_string_in_code_fail_where_they_are_written()
    {
        var flag = Assert.Throws<InvalidOperationException>(() =>
            Build(new() { ["Redis:cache:DisableTracing"] = "yes" }, builder => builder.AddRedisClient("cache")).Dispose());
        Assert.Contains("Redis:cache:DisableTracing: 'yes' is not true or false", flag.Message, StringComparison.Ordinal);

        var timeout = Assert.Throws<InvalidOperationException>(() =>
            Build(new() { ["Redis:cache:HealthCheckTimeout"] = "soon" }, builder => builder.AddRedisClient("cache")).Dispose());
        Assert.Contains("Redis:cache:HealthCheckTimeout", timeout.Message, StringComparison.Ordinal);

        var code = Assert.Throws<InvalidOperationException>(() =>
            Build([], builder => builder.AddRedisClient("cache", settings => settings.ConnectionString = $"127.0.0.1:6379,password={Password},bogus=1")).Dispose());
        Assert.Contains("RedisClientSettings.ConnectionString for the Redis client 'cache'", code.Message, StringComparison.Ordinal);
        Assert.Contains("Unknown connection string key", code.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, code.ToString(), StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => Build([], builder => builder.AddRedisClient("a:b")).Dispose());
    }

    [Fact]
    public async Task Hosting_settings_are_unknown_to_a_client_registered_without_the_integration()
    {
        using var host = Build(
            new() { ["ConnectionStrings:cache"] = "127.0.0.1:6379", ["Redis:cache:DisableTracing"] = "true" },
            builder => builder.Services.AddKeyedRedis("cache", builder.Configuration));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Redis:cache:DisableTracing is not a Redis setting", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_keyed_client_is_resolved_by_its_name_beside_the_default_client()
    {
        var shared = new Uri((await RedisTestServers.GetSharedAsync()).Url);
        using var host = Build(
            new()
            {
                ["ConnectionStrings:cache"] = $"{shared.Host}:{shared.Port}",
                ["ConnectionStrings:sessions"] = $"{shared.Host}:{shared.Port},defaultDatabase=5",
                ["Redis:sessions:MaxConnections"] = "3",
            },
            builder =>
            {
                builder.AddRedisClient("cache");
                builder.AddKeyedRedisClient("sessions");
            });

        await host.StartAsync();
        var consumer = ActivatorUtilities.CreateInstance<SessionStore>(host.Services);
        var sessions = host.Services.GetRequiredKeyedService<RedisClient>("sessions");
        Assert.Same(sessions, consumer.Redis);
        Assert.NotSame(host.Services.GetRequiredService<RedisClient>(), sessions);
        Assert.Equal((5, 3), (sessions.Options.Database, sessions.Options.MaxConnections));
        var key = new TestKeys()["session"];
        await consumer.Redis.SetAsync(key, "s");
        Assert.Equal("s", await sessions.GetAsync(key));
        Assert.Null(await host.Services.GetRequiredService<RedisClient>().GetAsync(key));
        Assert.Equal(["redis", "redis-sessions"], HealthCheckNames(host).Order(StringComparer.Ordinal));
        await host.StopAsync();
    }

    [Fact]
    public async Task The_health_check_reports_healthy_then_unhealthy_once_the_server_stops_within_its_configured_timeout()
    {
        await using var server = await RedisServerProcess.StartAsync();
        using var host = Build(
            new()
            {
                ["ConnectionStrings:cache"] = $"127.0.0.1:{server.Port}",
                ["Redis:cache:HealthCheckTimeout"] = "00:00:03",
                ["Redis:cache:SocketConnectTimeout"] = "00:00:01",
            },
            builder => builder.AddKeyedRedisClient("cache"));
        await host.StartAsync();
        var registration = Assert.Single(host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations);
        Assert.Equal(("redis-cache", TimeSpan.FromSeconds(3)), (registration.Name, registration.Timeout));
        var health = host.Services.GetRequiredService<HealthCheckService>();

        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Entries["redis-cache"].Status);
        await server.StopAsync();
        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync()).Entries["redis-cache"].Status);
        await host.StopAsync();
    }

    [Fact]
    public async Task DisableHealthChecks_registers_no_check()
    {
        using var host = Build(
            new()
            {
                ["ConnectionStrings:cache"] = "127.0.0.1:6379",
                ["ConnectionStrings:sessions"] = "127.0.0.1:6379",
                ["Redis:sessions:DisableHealthChecks"] = "true",
            },
            builder =>
            {
                builder.AddRedisClient("cache", settings => settings.DisableHealthChecks = true);
                builder.AddKeyedRedisClient("sessions");
            });

        await host.StartAsync();
        Assert.Empty(HealthCheckNames(host));
        await host.StopAsync();
    }

    [Fact]
    public async Task Registering_the_same_clients_twice_adds_each_client_and_its_health_check_once()
    {
        using var host = Build(
            new() { ["ConnectionStrings:cache"] = "127.0.0.1:6379", ["ConnectionStrings:sessions"] = "127.0.0.1:6379" },
            builder =>
            {
                builder.AddRedisClient("cache");
                builder.AddRedisClient("cache");
                builder.AddKeyedRedisClient("sessions");
                builder.AddKeyedRedisClient("sessions");
            });

        await host.StartAsync();
        Assert.Equal(["redis", "redis-sessions"], HealthCheckNames(host).Order(StringComparer.Ordinal));
        Assert.Single(host.Services.GetServices<RedisClient>());
        Assert.Single(host.Services.GetKeyedServices<RedisClient>("sessions"));
        await host.StopAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DisableTracing_decides_whether_the_clients_spans_are_recorded(bool disable)
    {
        var shared = new Uri((await RedisTestServers.GetSharedAsync()).Url);
        var spans = new List<Activity>();
        using var host = Build(
            new() { ["ConnectionStrings:cache"] = $"{shared.Host}:{shared.Port}", ["Redis:cache:DisableTracing"] = disable ? "true" : "false" },
            builder =>
            {
                builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource(TestSource.Name).AddInMemoryExporter(spans));
                builder.AddRedisClient("cache");
            });
        await host.StartAsync();
        var redis = host.Services.GetRequiredService<RedisClient>();

        ActivityTraceId traceId;
        using (var parent = TestSource.StartActivity("request"))
        {
            Assert.NotNull(parent);
            traceId = parent.TraceId;
            await redis.SetAsync(new TestKeys()["traced"], "v");
        }

        host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        List<Activity> redisSpans;
        lock (spans)
        {
            Assert.Contains(spans, span => span.TraceId == traceId && span.Source.Name == TestSource.Name);
            redisSpans = spans.Where(span => span.TraceId == traceId && span.Source.Name == RedisTelemetry.SourceName).ToList();
        }

        if (disable)
        {
            Assert.Empty(redisSpans);
        }
        else
        {
            Assert.Contains(redisSpans, span => span.DisplayName == "SET");
        }

        await host.StopAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DisableMetrics_decides_whether_the_clients_metrics_are_recorded(bool disable)
    {
        await using var server = await RedisServerProcess.StartAsync();
        var metrics = new List<Metric>();
        using var host = Build(
            new() { ["ConnectionStrings:cache"] = $"127.0.0.1:{server.Port}" },
            builder =>
            {
                builder.Services.AddOpenTelemetry().WithMetrics(meters => meters.AddInMemoryExporter(metrics));
                builder.AddRedisClient("cache", settings => settings.DisableMetrics = disable);
            });
        await host.StartAsync();
        await host.Services.GetRequiredService<RedisClient>().PingAsync();

        host.Services.GetRequiredService<MeterProvider>().ForceFlush();
        var duration = metrics.Where(m => m.Name == "db.client.operation.duration").ToList();
        var mine = 0;
        foreach (var metric in duration)
        {
            foreach (var point in metric.GetMetricPoints())
            {
                foreach (var tag in point.Tags)
                {
                    if (tag.Key == "server.port" && tag.Value is int port && port == server.Port)
                    {
                        mine++;
                    }
                }
            }
        }

        if (disable)
        {
            Assert.Empty(duration);
        }
        else
        {
            Assert.True(mine > 0, $"no operation duration recorded for port {server.Port}");
        }

        await host.StopAsync();
    }

    [Fact]
    public void The_configuration_schema_describes_every_setting_of_a_clients_own_section()
    {
        var path = Path.Combine(RepositoryPaths.Root, "src", "RedisKit.DependencyInjection", "ConfigurationSchema.json");
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var described = schema.RootElement.GetProperty("definitions").GetProperty("redisClientSection").GetProperty("properties")
            .EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        var settings = typeof(RedisClientSettings).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(settings, described);
    }

    private static IHost Build(Dictionary<string, string?> settings, Action<HostApplicationBuilder> configure)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        configure(builder);
        return builder.Build();
    }

    private static IEnumerable<string> HealthCheckNames(IHost host) =>
        host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations.Select(r => r.Name);

    private sealed class SessionStore([FromKeyedServices("sessions")] RedisClient redis)
    {
        public RedisClient Redis { get; } = redis;
    }
}
