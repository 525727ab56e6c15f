using System.Diagnostics;
using System.Globalization;
using RedisKit.TestKit;

namespace RedisKit.IntegrationTests.PubSub;

public sealed class PubSubTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_hundred_thousand_messages_arrive_complete_and_in_order(int protocol)
    {
        await using var redis = server.CreateClient(protocol, new RedisOptions { DecodeResponses = true });
        await using var publisher = server.CreateClient(protocol);
        var channel = server.Keys()["stream"];
        await using var pubsub = redis.PubSub(ignoreSubscribeMessages: true, bufferCapacity: 200_000);
        await pubsub.SubscribeAsync(channel);

        const int Count = 100_000;
        var publishing = Task.Run(async () =>
        {
            for (var batch = 0; batch < Count; batch += 1000)
            {
                await using var pipe = publisher.Pipeline(transaction: false);
                for (var i = batch; i < batch + 1000; i++)
                {
                    pipe.ExecuteCommand("PUBLISH", channel, i);
                }

                await pipe.ExecuteAsync();
            }
        });

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var expected = 0;
        await foreach (var message in pubsub.ListenAsync(timeout.Token))
        {
            Assert.Equal("message", message.Type);
            Assert.Equal(channel, message.Channel);
            Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), Assert.IsType<string>(message.Data));
            if (++expected == Count)
            {
                break;
            }
        }

        await publishing;
        Assert.Equal(0, pubsub.DroppedMessages);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Channels_patterns_and_sharded_channels_deliver_and_unsubscribe_all_stops_delivery(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        await using var pubsub = redis.PubSub();

        await pubsub.SubscribeAsync(keys["a"], keys["b"]);
        var first = await pubsub.GetMessageAsync(TimeSpan.FromSeconds(2));
        Assert.Equal(new PubSubMessage("subscribe", null, keys["a"], 1L), first);
        Assert.Equal(2L, (await pubsub.GetMessageAsync(TimeSpan.FromSeconds(2)))!.Data);
        await pubsub.PSubscribeAsync(keys["p.*"]);
        await pubsub.SSubscribeAsync(keys["s"]);
        Assert.Equal(["a", "b"], pubsub.Channels.Select(c => c[keys.Prefix.Length..]).Order());
        Assert.Single(pubsub.Patterns);
        Assert.Single(pubsub.ShardChannels);

        Assert.Equal(1, await redis.PublishAsync(keys["a"], "to-a"));
        Assert.Equal(1, await redis.PublishAsync(keys["p.x"], "to-pattern"));
        Assert.Equal(1, await redis.SPublishAsync(keys["s"], "to-shard"));
        var data = new List<PubSubMessage>();
        while (data.Count < 3 && await pubsub.GetMessageAsync(TimeSpan.FromSeconds(2)) is { } message)
        {
            if (message.IsData)
            {
                data.Add(message);
            }
        }

        Assert.Equal(new PubSubMessage("message", null, keys["a"], "to-a"u8.ToArray()).Type, data[0].Type);
        Assert.Equal("to-a", data[0].DataAsString);
        Assert.Equal(("pmessage", keys["p.*"], keys["p.x"], "to-pattern"), (data[1].Type, data[1].Pattern, data[1].Channel, data[1].DataAsString));
        Assert.Equal(("smessage", keys["s"], "to-shard"), (data[2].Type, data[2].Channel, data[2].DataAsString));
        Assert.IsType<byte[]>(data[2].Data);

        Assert.Contains(keys["a"], await redis.PubSubChannelsAsync(keys.Prefix + "*"));
        Assert.Equal(1, (await redis.PubSubNumSubAsync([keys["a"]]))[keys["a"]]);
        Assert.True(await redis.PubSubNumPatAsync() >= 1);
        Assert.Contains(keys["s"], await redis.PubSubShardChannelsAsync());
        Assert.Equal(1, (await redis.PubSubShardNumSubAsync([keys["s"]]))[keys["s"]]);

        await pubsub.UnsubscribeAsync();
        await pubsub.PUnsubscribeAsync();
        await pubsub.SUnsubscribeAsync();
        Assert.False(pubsub.IsSubscribed);
        Assert.Equal(0, await redis.PublishAsync(keys["a"], "nobody"));
        while (await pubsub.GetMessageAsync(TimeSpan.FromMilliseconds(200)) is { } message)
        {
            Assert.False(message.IsData, $"unexpected {message}");
        }

        Assert.Equal("PONG", await pubsub.PingAsync());
        Assert.Equal("hello", await pubsub.PingAsync("hello"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Handlers_take_their_messages_and_run_async_dispatches_until_cancelled(int protocol)
    {
        await using var redis = server.CreateClient(protocol, new RedisOptions { DecodeResponses = true });
        var keys = server.Keys();
        await using var pubsub = redis.PubSub(ignoreSubscribeMessages: true);
        var received = new List<string>();
        var done = new TaskCompletionSource();
        await pubsub.SubscribeAsync(keys["handled"], message =>
        {
            lock (received)
            {
                received.Add(message.DataAsString!);
                if (received.Count == 4)
                {
                    done.TrySetResult();
                }
            }
        });
        await pubsub.PSubscribeAsync(keys["async.*"], async message =>
        {
            await Task.Yield();
            lock (received)
            {
                received.Add("async:" + message.DataAsString);
            }
        });

        using var stop = new CancellationTokenSource();
        var running = pubsub.RunAsync(stop.Token);
        await redis.PublishAsync(keys["async.1"], "x");
        for (var i = 0; i < 3; i++)
        {
            await redis.PublishAsync(keys["handled"], i);
        }

        await done.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(["async:x", "0", "1", "2"], received);

        await pubsub.SubscribeAsync(keys["plain"]);
        await Assert.ThrowsAsync<InvalidOperationException>(() => pubsub.RunAsync());
        Assert.Null(await pubsub.GetMessageAsync());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Subscriptions_come_back_after_client_kill_and_later_messages_arrive(int protocol)
    {
        // A name of its own, so that the kill below reaches this test's subscriber only: other
        // classes' subscribers on the shared server would otherwise lose messages too.
        var name = "kill-me-" + Guid.NewGuid().ToString("N");
        await using var redis = server.CreateClient(protocol, new RedisOptions { DecodeResponses = true, ClientName = name });
        var keys = server.Keys();
        await using var pubsub = redis.PubSub(ignoreSubscribeMessages: true);
        await pubsub.SubscribeAsync(keys["c"]);
        await pubsub.PSubscribeAsync(keys["p*"]);
        using var traffic = new CancellationTokenSource();
        var publishing = Task.Run(async () =>
        {
            var n = 0;
            while (!traffic.IsCancellationRequested)
            {
                await redis.PublishAsync(keys["c"], $"during-{n++}");
                await Task.Delay(1);
            }
        });

        await Task.Delay(100);
        await using (var admin = server.CreateClient(3))
        {
            var killed = 0L;
            foreach (var client in await admin.ClientListAsync(type: "pubsub"))
            {
                if (client.Name == name)
                {
                    killed += await admin.ClientKillFilterAsync(new ClientKillFilter { Id = client.Id });
                }
            }

            Assert.True(killed >= 1);
        }

        // Subscriptions are restored once each: publishing counts one subscriber per subscription.
        var deadline = Stopwatch.StartNew();
        while (await redis.PublishAsync(keys["p1"], "probe") < 1 && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        await traffic.CancelAsync();
        await publishing;
        Assert.Equal(1, (await redis.PubSubNumSubAsync([keys["c"]]))[keys["c"]]);
        Assert.Equal(1, await redis.PublishAsync(keys["c"], "after"));
        var sawAfter = false;
        while (!sawAfter && await pubsub.GetMessageAsync(TimeSpan.FromSeconds(5)) is { } message)
        {
            sawAfter = message.DataAsString == "after";
        }

        Assert.True(sawAfter);
    }

    [Fact]
    public async Task A_slow_reader_loses_the_oldest_messages_and_they_are_counted()
    {
        await using var redis = server.CreateClient(3, new RedisOptions { DecodeResponses = true });
        var channel = server.Keys()["slow"];
        await using var pubsub = redis.PubSub(ignoreSubscribeMessages: true, bufferCapacity: 10);
        await pubsub.SubscribeAsync(channel);
        for (var i = 0; i < 50; i++)
        {
            await redis.PublishAsync(channel, i);
        }

        await pubsub.PingAsync();

        // The buffer held the subscribe confirmation too (ignoring happens when reading), so of 51
        // arrivals the 41 oldest were dropped and the last 10 messages remain.
        Assert.Equal(41, pubsub.DroppedMessages);
        var first = await pubsub.GetMessageAsync(TimeSpan.FromSeconds(1));
        Assert.Equal("40", first!.DataAsString);
    }

    [Fact]
    public async Task Dispose_returns_promptly_under_traffic_and_with_the_server_gone()
    {
        await using var dedicated = await RedisServerProcess.StartAsync();
        await using var redis = RedisClient.FromUrl(dedicated.Url);
        var pubsub = redis.PubSub();
        await pubsub.SubscribeAsync("busy");
        using var traffic = new CancellationTokenSource();
        var publishing = Task.Run(async () =>
        {
            while (!traffic.IsCancellationRequested)
            {
                try
                {
                    await redis.PublishAsync("busy", new string('x', 1000));
                }
                catch (RedisException)
                {
                    return;
                }
            }
        });

        await Task.Delay(100);
        var watch = Stopwatch.StartNew();
        await pubsub.DisposeAsync();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"dispose took {watch.Elapsed}");
        await traffic.CancelAsync();
        await publishing;
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await pubsub.SubscribeAsync("again"));

        var second = redis.PubSub();
        await second.SubscribeAsync("gone");
        var listening = Task.Run(async () =>
        {
            await foreach (var message in second.ListenAsync())
            {
                _ = message;
            }
        });
        await dedicated.StopAsync();
        await Task.Delay(200);
        watch.Restart();
        await second.DisposeAsync();
        await listening.WaitAsync(TimeSpan.FromSeconds(2));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"dispose took {watch.Elapsed}");
    }
}
