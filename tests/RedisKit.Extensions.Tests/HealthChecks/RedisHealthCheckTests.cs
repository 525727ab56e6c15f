using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.HealthChecks;

public sealed class RedisHealthCheckTests
{
    [Fact]
    public async Task Healthy_with_the_server_up_with_latency_and_unhealthy_once_it_stops()
    {
        await using var server = await RedisServerProcess.StartAsync();
        using var host = TestHost.Build(
            new Dictionary<string, string?> { ["ConnectionStrings:redis"] = server.Url + "?socket_connect_timeout=1&retries=0" },
            (services, configuration) =>
            {
                services.AddRedis(configuration);
                services.AddHealthChecks().AddRedis(tags: ["ready"]);
            });
        await host.StartAsync();
        var health = host.Services.GetRequiredService<HealthCheckService>();

        var up = await health.CheckHealthAsync();
        var entry = up.Entries["redis"];
        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.True((double)entry.Data["latency_ms"] > 0);
        Assert.Equal($"127.0.0.1:{server.Port}/0", entry.Data["server"]);
        Assert.Contains("ready", entry.Tags);

        await server.StopAsync();
        var down = await health.CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, down.Entries["redis"].Status);
        Assert.IsAssignableFrom<RedisException>(down.Entries["redis"].Exception);
        await host.StopAsync();
    }

    [Fact]
    public async Task Unhealthy_within_its_timeout_against_a_listener_that_never_answers()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepted = new List<Socket>();
        using var stop = new CancellationTokenSource();
        var acceptLoop = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    accepted.Add(await listener.AcceptSocketAsync(stop.Token));
                }
            }
            catch (OperationCanceledException)
            {
            }
        });

        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var host = TestHost.Build(
            new Dictionary<string, string?>(),
            (services, _) => services.AddHealthChecks().AddRedisUrl($"redis://127.0.0.1:{port}?socket_connect_timeout=30", timeout: TimeSpan.FromSeconds(1)));
        var health = host.Services.GetRequiredService<HealthCheckService>();

        var watch = Stopwatch.StartNew();
        var report = await health.CheckHealthAsync();
        watch.Stop();

        Assert.Equal(HealthStatus.Unhealthy, report.Entries[$"redis:127.0.0.1:{port}"].Status);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"The check took {watch.Elapsed}; its timeout was 1 s and the connect timeout 30 s.");
        Assert.NotEmpty(accepted);

        stop.Cancel();
        await acceptLoop;
        foreach (var socket in accepted)
        {
            socket.Dispose();
        }
    }

    [Fact]
    public async Task A_keyed_client_is_checked_with_its_own_name_and_failure_status()
    {
        await using var server = await RedisServerProcess.StartAsync();
        var downPort = FreePort.Find();
        using var host = TestHost.Build(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:cache"] = server.Url,
                ["ConnectionStrings:offline"] = $"redis://127.0.0.1:{downPort}?socket_connect_timeout=1&retries=0",
            },
            (services, configuration) =>
            {
                services.AddKeyedRedis("cache", configuration);
                services.AddKeyedRedis("offline", configuration);
                services.AddHealthChecks()
                    .AddKeyedRedis("cache")
                    .AddKeyedRedis("offline", failureStatus: HealthStatus.Degraded);
            });
        var health = host.Services.GetRequiredService<HealthCheckService>();

        var report = await health.CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, report.Entries["redis-cache"].Status);
        Assert.Equal(HealthStatus.Degraded, report.Entries["redis-offline"].Status);
    }

    [Fact]
    public async Task A_slow_ping_is_degraded_past_the_threshold()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var proxy = await FaultProxy.StartAsync(server.Host, server.Port);
        using var host = TestHost.Build(
            new Dictionary<string, string?>(),
            (services, _) => services.AddHealthChecks().AddRedisUrl($"redis://{proxy.Host}:{proxy.Port}", name: "redis", degradedThreshold: TimeSpan.FromMilliseconds(100)));
        var health = host.Services.GetRequiredService<HealthCheckService>();

        // The first check of a process also pays for connecting, code compiled on first use and a
        // thread pool still growing, which took a PING past 600 ms now and then: it only warms up.
        // A warm PING on a loaded two-core machine can still pass 100 ms once in a while, so the
        // healthy side needs one healthy check out of a few; the delayed side is 300 ms every time.
        await health.CheckHealthAsync();
        var statuses = new List<HealthStatus>();
        for (var i = 0; i < 5 && !statuses.Contains(HealthStatus.Healthy); i++)
        {
            statuses.Add((await health.CheckHealthAsync()).Entries["redis"].Status);
        }

        Assert.Contains(HealthStatus.Healthy, statuses);
        proxy.Delay = TimeSpan.FromMilliseconds(300);
        proxy.Mode = FaultMode.Delay;
        var slow = (await health.CheckHealthAsync()).Entries["redis"];
        Assert.Equal(HealthStatus.Degraded, slow.Status);
        Assert.True((double)slow.Data["latency_ms"] >= 100);
    }

    [Fact]
    public async Task A_password_never_reaches_a_health_result_or_log()
    {
        const string Secret = "S3cret-Pa55-word";
        var logs = new CapturedLogs();
        await using var server = await RedisServerProcess.StartAclAsync();
        using var host = TestHost.Build(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:wrong"] = $"redis://admin:{Secret}@127.0.0.1:{server.Port}",
                ["ConnectionStrings:down"] = $"redis://admin:{Secret}@127.0.0.1:{FreePort.Find()}?socket_connect_timeout=1&retries=0",
            },
            (services, configuration) =>
            {
                services.AddKeyedRedis("wrong", configuration);
                services.AddKeyedRedis("down", configuration);
                services.AddHealthChecks().AddKeyedRedis("wrong").AddKeyedRedis("down").AddRedisUrl($"redis://admin:{Secret}@127.0.0.1:{server.Port}", name: "url");
            },
            logs);
        await host.StartAsync();
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        var texts = new List<string>(logs.Lines);
        foreach (var (name, entry) in report.Entries)
        {
            Assert.Equal(HealthStatus.Unhealthy, entry.Status);
            texts.Add(name + " " + entry.Description + " " + entry.Exception);
            foreach (var (key, value) in entry.Data)
            {
                texts.Add(key + "=" + value);
            }
        }

        Assert.Contains(texts, t => t.Contains("WRONGPASS", StringComparison.Ordinal) || t.Contains("invalid", StringComparison.OrdinalIgnoreCase));
        foreach (var text in texts)
        {
            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        }

        await host.StopAsync();
    }

    [Fact]
    public void The_default_client_check_takes_no_string_a_url_could_fill_by_position()
    {
        // AspNetCore.HealthChecks.Redis users write AddRedis("redis://..."): that call must not
        // compile into a check of the default client named after the URL. No AddRedis overload may
        // take a string in first place, and its name comes last, so only name: reaches it.
        var overloads = new List<MethodInfo>();
        foreach (var method in typeof(RedisHealthChecksBuilderExtensions).GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            if (method.Name == nameof(RedisHealthChecksBuilderExtensions.AddRedis))
            {
                overloads.Add(method);
            }
        }

        Assert.NotEmpty(overloads);
        foreach (var method in overloads)
        {
            var parameters = method.GetParameters();
            Assert.Equal(typeof(IHealthChecksBuilder), parameters[0].ParameterType);
            for (var i = 1; i < parameters.Length; i++)
            {
                if (parameters[i].ParameterType.IsAssignableFrom(typeof(string)))
                {
                    Assert.Equal("name", parameters[i].Name);
                    Assert.Equal(parameters.Length - 1, i);
                    Assert.True(i > 1, "A string may not be the first argument after the builder.");
                }
            }
        }

        var url = typeof(RedisHealthChecksBuilderExtensions).GetMethod(nameof(RedisHealthChecksBuilderExtensions.AddRedisUrl))!.GetParameters()[1];
        Assert.Equal(("url", typeof(string)), (url.Name, url.ParameterType));
    }

    [Fact]
    public async Task A_check_given_a_name_still_checks_the_default_client()
    {
        var server = await RedisTestServers.GetSharedAsync();
        var url = new Uri(server.Url);
        using var host = TestHost.Build(
            new Dictionary<string, string?> { ["ConnectionStrings:redis"] = $"redis://{url.Host}:{url.Port}/5" },
            (services, configuration) =>
            {
                services.AddRedis(configuration);
                services.AddHealthChecks().AddRedis(name: "x");
            });

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        var entry = Assert.Single(report.Entries);
        Assert.Equal("x", entry.Key);
        Assert.Equal(HealthStatus.Healthy, entry.Value.Status);
        Assert.Equal($"{url.Host}:{url.Port}/5", entry.Value.Data["server"]);
    }

    [Fact]
    public async Task A_url_check_of_an_unreachable_server_is_unhealthy_under_a_name_without_the_password()
    {
        const string Secret = "S3cret-Pa55-word";
        var logs = new CapturedLogs();
        var urlPort = FreePort.Find();
        var connectionStringPort = FreePort.Find();
        using var host = TestHost.Build(
            new Dictionary<string, string?>(),
            (services, _) => services.AddHealthChecks()
                .AddRedisUrl($"redis://admin:{Secret}@127.0.0.1:{urlPort}?socket_connect_timeout=1&retries=0")
                .AddRedisUrl($"127.0.0.1:{connectionStringPort},password={Secret},connectTimeout=1000,abortConnect=false", timeout: TimeSpan.FromSeconds(3)),
            logs);

        var names = new List<string>();
        foreach (var registration in host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations)
        {
            names.Add(registration.Name);
        }

        Assert.Equal([$"redis:127.0.0.1:{urlPort}", $"redis:127.0.0.1:{connectionStringPort}"], names);

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        var texts = new List<string>(names);
        foreach (var (name, entry) in report.Entries)
        {
            Assert.Equal(HealthStatus.Unhealthy, entry.Status);
            texts.Add(name + " " + entry.Description + " " + entry.Exception);
            foreach (var (key, value) in entry.Data)
            {
                texts.Add(key + "=" + value);
            }
        }

        // The health service's own log line names each check: it is there, and without the password.
        Assert.Contains(logs.Lines, line => line.Contains($"redis:127.0.0.1:{urlPort}", StringComparison.Ordinal) && line.Contains("Unhealthy", StringComparison.Ordinal));
        texts.AddRange(logs.Lines);
        foreach (var text in texts)
        {
            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_check_name_holding_credentials_is_refused_without_showing_them()
    {
        const string Secret = "S3cret-Pa55-word";
        var services = new ServiceCollection();
        var checks = services.AddHealthChecks();

        var errors = new[]
        {
            Assert.Throws<ArgumentException>(() => checks.AddRedis(name: $"redis://:{Secret}@cache-host:6379")),
            Assert.Throws<ArgumentException>(() => checks.AddKeyedRedis($"rediss://admin:{Secret}@cache-host")),
            Assert.Throws<ArgumentException>(() => checks.AddRedisUrl("redis://cache-host:6379", name: $"cache-host:6379,password={Secret}")),
        };

        Assert.Equal(["name", "serviceKey", "name"], errors.Select(e => e.ParamName));
        foreach (var error in errors)
        {
            Assert.Contains("AddRedisUrl", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
        }

        using var provider = services.AddOptions().BuildServiceProvider();
        Assert.Empty(provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations);
    }
}
