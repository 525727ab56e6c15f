using Microsoft.Extensions.Logging;
using RedisKit.Diagnostics;
using RedisKit.TestKit;

namespace RedisKit.IntegrationTests.Diagnostics;

/// <summary>
/// What the connection lifecycle logs through a real logging pipeline (Microsoft.Extensions.Logging's
/// LoggerFactory and a provider): event ids, levels, endpoints, and never a password.
/// </summary>
public sealed class ConnectionLoggingTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_client_kill_logs_the_failure_and_the_restore_with_the_endpoint_and_no_password(int protocol)
    {
        var capture = new CapturingLoggerProvider();
        using var factory = capture.CreateFactory();
        await using var user = await TestUser.CreateAsync(server);
        var name = "log-kill-" + Guid.NewGuid().ToString("N");
        await using var redis = RedisClient.FromUrl(user.Url($"?protocol={protocol}"), new RedisOptions { ClientName = name, LoggerFactory = factory });
        var key = server.Keys()["k"];

        await redis.SetAsync(key, "before");
        Assert.Equal(1, await user.KillByNameAsync(name));

        var failed = await capture.WaitForAsync(2001);
        Assert.Equal("before", await redis.GetAsync(key));
        var restored = await capture.WaitForAsync(2004);

        var endpoint = user.Endpoint;
        Assert.Equal(LogLevel.Warning, failed.Level);
        Assert.Equal("ConnectionFailed", failed.EventId.Name);
        Assert.Equal(RedisLog.Category, failed.Category);
        Assert.Equal(endpoint, failed.State["Endpoint"]);
        Assert.Equal(nameof(RedisConnectionKind.Shared), failed.State["Kind"]);
        Assert.Contains(endpoint, failed.Message, StringComparison.Ordinal);
        Assert.Contains("closed the connection", failed.Message, StringComparison.Ordinal);
        Assert.NotNull(failed.Exception);

        Assert.Equal(LogLevel.Information, restored.Level);
        Assert.Equal(endpoint, restored.State["Endpoint"]);

        var entries = capture.Entries.ToList();
        var connects = entries.Where(e => e.EventId.Id == 1001).ToList();
        Assert.True(connects.Count >= 2, string.Join('\n', entries));
        Assert.All(connects, c => Assert.Equal(LogLevel.Debug, c.Level));
        Assert.All(connects, c => Assert.Equal(user.Name, c.State["User"]));
        Assert.All(connects, c => Assert.Equal(protocol.ToString(System.Globalization.CultureInfo.InvariantCulture), c.State["Protocol"]));
        Assert.True(entries.IndexOf(failed) < entries.IndexOf(restored), "the failure is logged before the restore");
        AssertNoPassword(entries, user.Password);
    }

    [Fact]
    public async Task A_refused_handshake_logs_the_user_and_not_the_password()
    {
        var capture = new CapturingLoggerProvider();
        using var factory = capture.CreateFactory();
        await using var user = await TestUser.CreateAsync(server);
        const string WrongPassword = "Wr0ng-Pa55-word-for-logging";
        var url = new Uri(server.Url);
        await using var redis = RedisClient.FromUrl(
            $"redis://{user.Name}:{WrongPassword}@{url.Host}:{url.Port}", new RedisOptions { LoggerFactory = factory });

        await Assert.ThrowsAsync<RedisAuthenticationException>(async () => await redis.PingAsync());

        var refused = await capture.WaitForAsync(1003);
        Assert.Equal(LogLevel.Error, refused.Level);
        Assert.Equal(user.Name, refused.State["User"]);
        Assert.Equal(user.Endpoint, refused.State["Endpoint"]);
        AssertNoPassword(capture.Entries, WrongPassword);
    }

    [Fact]
    public async Task An_unreachable_server_logs_connect_failures_with_the_endpoint()
    {
        var capture = new CapturingLoggerProvider();
        using var factory = capture.CreateFactory();
        var port = FreePort.Find();
        await using var redis = RedisClient.FromUrl(
            $"redis://127.0.0.1:{port}?retries=1&retry_backoff_base=0.01", new RedisOptions { LoggerFactory = factory });

        await Assert.ThrowsAsync<RedisConnectionException>(async () => await redis.PingAsync());

        var failed = await capture.WaitForAsync(1002);
        Assert.Equal(LogLevel.Warning, failed.Level);
        Assert.Equal($"127.0.0.1:{port}", failed.State["Endpoint"]);
        var retry = await capture.WaitForAsync(3001);
        Assert.Equal("PING", retry.State["Command"]);
        Assert.Equal("1", retry.State["Attempt"]);
    }

    [Fact]
    public async Task A_server_that_stops_answering_logs_a_timeout()
    {
        var capture = new CapturingLoggerProvider();
        using var factory = capture.CreateFactory();
        var url = new Uri(server.Url);
        await using var proxy = await FaultProxy.StartAsync(url.Host, url.Port);
        await using var redis = RedisClient.FromUrl(
            $"redis://{proxy.Host}:{proxy.Port}?socket_timeout=0.3&retries=0", new RedisOptions { LoggerFactory = factory });
        Assert.True(await redis.PingAsync());

        proxy.Mode = FaultMode.Blackhole;
        await Assert.ThrowsAsync<RedisTimeoutException>(async () => await redis.PingAsync());

        var timedOut = await capture.WaitForAsync(2002);
        Assert.Equal(LogLevel.Warning, timedOut.Level);
        Assert.Equal("1", timedOut.State["PendingCount"]);
        Assert.Equal($"{proxy.Host}:{proxy.Port}", timedOut.State["Endpoint"]);
    }

    [Fact]
    public async Task Unreadable_data_logs_a_protocol_error()
    {
        var capture = new CapturingLoggerProvider();
        using var factory = capture.CreateFactory();
        await using var scripted = new ScriptedRedisServer(_ => ScriptedReply.Text("?not resp\r\n"));
        await using var redis = RedisClient.FromUrl(scripted.Url("retries=0"), new RedisOptions { LoggerFactory = factory });

        await Assert.ThrowsAsync<RedisConnectionException>(async () => await redis.ExecuteCommandAsync("GET", "k"));

        var error = await capture.WaitForAsync(2003);
        Assert.Equal(LogLevel.Error, error.Level);
        Assert.Contains("RedisProtocolException", error.Exception, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pool_timeout_logs_the_exhaustion()
    {
        var capture = new CapturingLoggerProvider();
        using var factory = capture.CreateFactory();
        await using var redis = server.CreateClient(3, new RedisOptions { MaxConnections = 1, PoolTimeout = TimeSpan.FromMilliseconds(100), LoggerFactory = factory });
        await using var holder = redis.Client();
        Assert.True(await holder.PingAsync());

        await using var second = redis.Client();
        await Assert.ThrowsAsync<RedisPoolExhaustedException>(async () => await second.PingAsync());

        var exhausted = await capture.WaitForAsync(4001);
        Assert.Equal(LogLevel.Warning, exhausted.Level);
        Assert.Equal("1", exhausted.State["MaxConnections"]);
    }

    [Fact]
    public async Task A_killed_subscriber_logs_its_failure_and_the_resubscription()
    {
        var capture = new CapturingLoggerProvider();
        using var factory = capture.CreateFactory();
        await using var user = await TestUser.CreateAsync(server);
        var name = "log-sub-" + Guid.NewGuid().ToString("N");
        await using var redis = RedisClient.FromUrl(user.Url(), new RedisOptions { ClientName = name, LoggerFactory = factory });
        var keys = server.Keys();
        await using var pubsub = redis.PubSub(ignoreSubscribeMessages: true);
        await pubsub.SubscribeAsync(keys["a"], keys["b"]);
        await pubsub.PSubscribeAsync(keys["p*"]);

        Assert.Equal(1, await user.KillByNameAsync(name));

        var failed = await capture.WaitForAsync(2001, e => e.State["Kind"] == nameof(RedisConnectionKind.PubSub));
        Assert.Equal(LogLevel.Warning, failed.Level);
        var resubscribed = await capture.WaitForAsync(5001);
        Assert.Equal(LogLevel.Information, resubscribed.Level);
        Assert.Equal("2", resubscribed.State["Channels"]);
        Assert.Equal("1", resubscribed.State["Patterns"]);
        Assert.Equal("0", resubscribed.State["ShardChannels"]);
        AssertNoPassword(capture.Entries, user.Password);
    }

    [Fact]
    public async Task Without_a_logger_factory_nothing_is_required_and_commands_work()
    {
        await using var redis = server.CreateClient(3);
        Assert.Null(redis.Options.LoggerFactory);
        Assert.True(await redis.PingAsync());
    }

    [Fact]
    public async Task An_undisposed_client_with_event_handlers_is_still_collected_and_logged()
    {
        var capture = new CapturingLoggerProvider();
        using var factory = capture.CreateFactory();
        await UseAndDropAsync(server, factory);

        // Connections refer to their pool's monitor, which holds the pool weakly: neither the
        // logger nor a handler that refers to the client keeps it reachable.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!capture.Entries.Any(e => e.EventId.Id == 6001) && DateTime.UtcNow < deadline)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(50);
        }

        var undisposed = await capture.WaitForAsync(6001);
        Assert.Equal(LogLevel.Warning, undisposed.Level);
        var url = new Uri(server.Url);
        Assert.Equal($"{url.Host}:{url.Port}", undisposed.State["Endpoint"]);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static async Task UseAndDropAsync(SharedServerFixture server, ILoggerFactory factory)
    {
        var redis = server.CreateClient(3, new RedisOptions { LoggerFactory = factory });
        redis.ConnectionFailed += (_, _) => GC.KeepAlive(redis);
        Assert.True(await redis.PingAsync());
    }

    internal static void AssertNoPassword(IReadOnlyList<CapturedLogEntry> entries, string password)
    {
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            Assert.DoesNotContain(password, entry.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain(Uri.EscapeDataString(password), entry.AllText, StringComparison.Ordinal);
        }
    }
}
