using System.Collections.Concurrent;

namespace RedisKit.IntegrationTests.Diagnostics;

/// <summary>ConnectionFailed and ConnectionRestored: raised in order, off the reader thread, and a throwing handler is contained.</summary>
public sealed class ConnectionEventTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_killed_connection_raises_failed_then_restored_on_a_thread_pool_thread(int protocol)
    {
        var name = "events-" + Guid.NewGuid().ToString("N");
        await using var redis = server.CreateClient(protocol, new RedisOptions { ClientName = name });
        var seen = new ConcurrentQueue<(string Event, object? Sender, RedisConnectionEventArgs Args, bool PoolThread, string? ThreadName)>();
        redis.ConnectionFailed += (sender, args) => seen.Enqueue(("failed", sender, args, Thread.CurrentThread.IsThreadPoolThread, Thread.CurrentThread.Name));
        redis.ConnectionRestored += (sender, args) => seen.Enqueue(("restored", sender, args, Thread.CurrentThread.IsThreadPoolThread, Thread.CurrentThread.Name));
        var key = server.Keys()["k"];
        await redis.SetAsync(key, "v");

        await KillAsync(name);
        await WaitForAsync(() => seen.Any(e => e.Event == "failed"));
        Assert.Equal("v", await redis.GetAsync(key));
        await WaitForAsync(() => seen.Any(e => e.Event == "restored"));

        var events = seen.ToArray();
        Assert.Equal(["failed", "restored"], events.Select(e => e.Event));
        var url = new Uri(server.Url);
        foreach (var (_, sender, args, poolThread, threadName) in events)
        {
            Assert.Same(redis.ConnectionPool, sender);
            Assert.Equal($"{url.Host}:{url.Port}", args.Endpoint);
            Assert.Equal(RedisConnectionKind.Shared, args.ConnectionKind);
            Assert.True(poolThread, "handlers run on the thread pool");
            Assert.False(threadName?.StartsWith("RedisKit reader", StringComparison.Ordinal) ?? false, "handlers never run on a reader thread");
            Assert.True(DateTimeOffset.UtcNow - args.Timestamp < TimeSpan.FromMinutes(1));
        }

        Assert.IsType<RedisConnectionException>(events[0].Args.Exception);
        Assert.Null(events[1].Args.Exception);
    }

    [Fact]
    public async Task A_throwing_handler_neither_stops_the_other_handlers_nor_hurts_the_client()
    {
        var capture = new CapturingLoggerProvider();
        using var factory = capture.CreateFactory();
        var name = "events-throw-" + Guid.NewGuid().ToString("N");
        await using var redis = server.CreateClient(3, new RedisOptions { ClientName = name, LoggerFactory = factory });
        var after = 0;
        redis.ConnectionFailed += (_, _) => throw new InvalidOperationException("handler bug");
        redis.ConnectionFailed += (_, _) => Interlocked.Increment(ref after);
        redis.ConnectionRestored += (_, _) => throw new InvalidOperationException("handler bug on restore");
        var key = server.Keys()["k"];
        await redis.SetAsync(key, "v");

        await KillAsync(name);
        await WaitForAsync(() => Volatile.Read(ref after) == 1);
        Assert.Equal("v", await redis.GetAsync(key));
        var restoreHandlerFailed = await capture.WaitForAsync(6002, e => e.State["Event"] == "ConnectionRestored");
        var failHandlerFailed = await capture.WaitForAsync(6002, e => e.State["Event"] == "ConnectionFailed");

        Assert.Contains("handler bug", failHandlerFailed.Exception, StringComparison.Ordinal);
        Assert.Contains("handler bug on restore", restoreHandlerFailed.Exception, StringComparison.Ordinal);
        await redis.SetAsync(key, "still working");
        Assert.Equal("still working", await redis.GetAsync(key));
    }

    [Fact]
    public async Task Closing_on_purpose_raises_nothing_and_a_removed_handler_is_not_called()
    {
        var name = "events-quiet-" + Guid.NewGuid().ToString("N");
        var redis = server.CreateClient(3, new RedisOptions { ClientName = name });
        var calls = 0;
        EventHandler<RedisConnectionEventArgs> removed = (_, _) => Interlocked.Increment(ref calls);
        redis.ConnectionFailed += removed;
        redis.ConnectionFailed -= removed;
        var failures = 0;
        redis.ConnectionPool.ConnectionFailed += (_, _) => Interlocked.Increment(ref failures);
        Assert.True(await redis.PingAsync());
        await using (var bound = redis.Client())
        {
            Assert.True(await bound.PingAsync());
        }

        await redis.ConnectionPool.DisconnectAsync();
        Assert.True(await redis.PingAsync());
        await KillAsync(name);
        await WaitForAsync(() => Volatile.Read(ref failures) == 1);
        await redis.DisposeAsync();

        // Give a wrongly raised event time to arrive: the kill's one was seen, nothing else may follow.
        await Task.Delay(200);
        Assert.Equal(1, Volatile.Read(ref failures));
        Assert.Equal(0, Volatile.Read(ref calls));
    }

    private async Task KillAsync(string clientName)
    {
        await using var admin = server.CreateClient(3);
        var killed = 0L;
        foreach (var client in await admin.ClientListAsync())
        {
            if (client.Name == clientName)
            {
                killed += await admin.ClientKillFilterAsync(new ClientKillFilter { Id = client.Id });
            }
        }

        Assert.True(killed >= 1, $"no connection named {clientName} to kill");
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the event did not arrive within 10 s");
            await Task.Delay(20);
        }
    }
}
