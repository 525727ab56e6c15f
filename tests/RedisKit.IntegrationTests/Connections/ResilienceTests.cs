using System.Diagnostics;
using RedisKit.TestKit;

namespace RedisKit.IntegrationTests.Connections;

/// <summary>Faults on servers of the test's own: crashes, restarts, stalls and a full pool.</summary>
public sealed class ResilienceTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task The_client_recovers_after_the_server_is_killed_and_restarted(int protocol)
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = RedisClient.FromUrl($"{server.Url}?protocol={protocol}&retries=0");
        Assert.True(await redis.SetAsync("k", "before"));

        await server.KillAsync();
        await Assert.ThrowsAsync<RedisConnectionException>(async () => await redis.GetAsync("k"));

        await server.RestartAsync();
        Assert.True(await redis.PingAsync());
        Assert.True(await redis.SetAsync("k", "after"));
        Assert.Equal("after", await redis.GetAsync("k"));
    }

    [Fact]
    public async Task Idempotent_commands_ride_out_a_restart_with_retries()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = RedisClient.FromUrl($"{server.Url}?retries=8&retry_backoff_base=0.05&retry_backoff_cap=0.5");
        await redis.SetAsync("k", "v");
        await server.KillAsync();
        var restart = Task.Run(async () =>
        {
            await Task.Delay(300);
            await server.RestartAsync();
        });

        // GET is read-only, so it is retried until the server is back (the data was not persisted).
        Assert.Null(await redis.GetAsync("k"));
        await restart;
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_stalled_server_gives_a_timeout_and_the_client_keeps_working(int protocol)
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = RedisClient.FromUrl($"{server.Url}?protocol={protocol}&socket_timeout=0.5&retries=0");
        Assert.True(await redis.PingAsync());

        var watch = Stopwatch.StartNew();
        var timeout = await Assert.ThrowsAsync<RedisTimeoutException>(async () => await redis.ExecuteCommandAsync("DEBUG", "SLEEP", "2"));
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.4), TimeSpan.FromSeconds(1.9));
        Assert.Contains("socket timeout", timeout.Message, StringComparison.Ordinal);

        // A new connection is opened; it waits for the server to wake up and then works.
        await Task.Delay(1600);
        Assert.True(await redis.SetAsync("k", "v"));
        Assert.Equal("v", await redis.GetAsync("k"));
    }

    [Fact]
    public async Task Pool_exhaustion_waits_up_to_the_pool_timeout_then_fails_clearly()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = RedisClient.FromUrl($"{server.Url}?max_connections=2&timeout=0.3");
        await using var first = redis.Client();
        await using var second = redis.Client();
        await first.PingAsync();
        await second.PingAsync();
        Assert.Equal(2, redis.ConnectionPool.TotalConnections);

        await using var third = redis.Client();
        var watch = Stopwatch.StartNew();
        var exhausted = await Assert.ThrowsAsync<RedisPoolExhaustedException>(async () => await third.PingAsync());
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.25), TimeSpan.FromSeconds(3));
        Assert.Contains("max_connections=2", exhausted.Message, StringComparison.Ordinal);

        // A waiter gets the connection given back while it waits.
        var waiting = third.PingAsync().AsTask();
        await Task.Delay(50);
        await first.DisposeAsync();
        Assert.True(await waiting);
        Assert.Equal(2, redis.ConnectionPool.TotalConnections);
    }

    [Fact]
    public async Task A_server_that_accepts_and_never_answers_times_out()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var proxy = await FaultProxy.StartAsync(server.Host, server.Port);
        proxy.Mode = FaultMode.Blackhole;
        await using var redis = RedisClient.FromUrl($"redis://{proxy.Host}:{proxy.Port}?socket_connect_timeout=0.5&retries=0");
        var watch = Stopwatch.StartNew();
        await Assert.ThrowsAsync<RedisTimeoutException>(async () => await redis.PingAsync());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3));

        proxy.Mode = FaultMode.PassThrough;
        Assert.True(await redis.PingAsync());
    }

    [Fact]
    public async Task Connecting_to_a_closed_port_fails_with_a_connection_error_naming_the_endpoint()
    {
        var port = FreePort.Find();
        await using var redis = RedisClient.FromUrl($"redis://127.0.0.1:{port}?retries=1&retry_backoff_base=0.01");
        var error = await Assert.ThrowsAsync<RedisConnectionException>(async () => await redis.PingAsync());
        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_is_not_remembered_once_the_server_comes_up()
    {
        var port = FreePort.Find();
        await using var redis = RedisClient.FromUrl($"redis://127.0.0.1:{port}?retries=0");
        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<RedisConnectionException>(async () => await redis.PingAsync());
        }

        await using var server = await RedisServerProcess.StartOnPortAsync(port);
        Assert.True(await redis.PingAsync());
    }

    [Fact]
    public async Task Disconnect_fails_pending_work_and_the_pool_reconnects_lazily()
    {
        await using var server = await RedisServerProcess.StartAsync();
        var pool = ConnectionPool.FromUrl(server.Url);
        var redis = new RedisClient(pool);
        Assert.True(await redis.PingAsync());
        Assert.Equal(1, pool.TotalConnections);
        await pool.DisconnectAsync();
        Assert.Equal(0, pool.TotalConnections);
        Assert.True(await redis.PingAsync());
        await redis.DisposeAsync();

        // The client did not own the pool, so the pool is still usable.
        Assert.True(await new RedisClient(pool).PingAsync());
        await pool.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await new RedisClient(pool).PingAsync());
    }
}
