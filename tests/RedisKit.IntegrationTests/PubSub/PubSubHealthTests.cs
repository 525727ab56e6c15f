using System.Diagnostics;
using System.Globalization;
using System.Text;
using RedisKit.TestKit;

namespace RedisKit.IntegrationTests.PubSub;

/// <summary>Health PINGs on the subscriber connection: a silent server is noticed and replaced, and the PINGs stay invisible.</summary>
public sealed class PubSubHealthTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan SocketTimeout = TimeSpan.FromSeconds(1);

    // Timer ticks, the proxy noticing the close and this test's polling, on a busy machine.
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(2);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_silent_subscriber_connection_is_replaced_within_interval_plus_timeout_and_later_messages_arrive_once_in_order(int protocol)
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var proxy = await FaultProxy.StartAsync(server.Host, server.Port);
        await using var publisher = RedisClient.FromUrl(server.Url);
        await using var subscriber = new RedisClient(SubscriberOptions(proxy, protocol, Interval));
        await using var pubsub = subscriber.PubSub(ignoreSubscribeMessages: true);
        await pubsub.SubscribeAsync("news");
        Assert.Equal(1, await SubscribersAsync(publisher));

        proxy.Mode = FaultMode.Blackhole;
        var silent = Stopwatch.StartNew();
        Assert.True(await WaitForSubscribersAsync(publisher, 0, TimeSpan.FromSeconds(10)), "the silent subscriber connection was never closed");
        Assert.True(silent.Elapsed < Interval + SocketTimeout + Slack, $"noticed after {silent.Elapsed}");

        proxy.Mode = FaultMode.PassThrough;
        Assert.True(await WaitForSubscribersAsync(publisher, 1, TimeSpan.FromSeconds(15)), "the subscription was never restored");
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(1, await publisher.PublishAsync("news", i.ToString(CultureInfo.InvariantCulture)));
        }

        for (var i = 0; i < 50; i++)
        {
            var message = await pubsub.GetMessageAsync(TimeSpan.FromSeconds(5));
            Assert.NotNull(message);
            Assert.Equal("message", message.Type);
            Assert.Equal(i.ToString(CultureInfo.InvariantCulture), Encoding.UTF8.GetString(Assert.IsType<byte[]>(message.Data)));
        }

        Assert.Null(await pubsub.GetMessageAsync(TimeSpan.FromMilliseconds(300)));
        Assert.True(await pubsub.PingAsync() is "PONG");
    }

    [Fact]
    public async Task Without_a_health_check_interval_a_silent_subscriber_connection_stays()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var proxy = await FaultProxy.StartAsync(server.Host, server.Port);
        await using var publisher = RedisClient.FromUrl(server.Url);
        await using var subscriber = new RedisClient(SubscriberOptions(proxy, 3, TimeSpan.Zero));
        await using var pubsub = subscriber.PubSub(ignoreSubscribeMessages: true);
        await pubsub.SubscribeAsync("news");

        proxy.Mode = FaultMode.Blackhole;
        Assert.False(await WaitForSubscribersAsync(publisher, 0, Interval + SocketTimeout + Slack));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public async Task Health_pings_never_reach_readers_and_user_pings_keep_their_answers(int protocol, bool listen)
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var publisher = RedisClient.FromUrl(server.Url);
        var options = RedisClient.FromUrl(server.Url).Options;
        options.Protocol = protocol;
        options.DecodeResponses = true;
        options.HealthCheckInterval = TimeSpan.FromMilliseconds(50);
        await using var subscriber = new RedisClient(options);
        await using var pubsub = subscriber.PubSub();
        await pubsub.SubscribeAsync("news");
        var pingsBefore = await PingCallsAsync(publisher);

        using var reading = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = new List<PubSubMessage>();
        var reader = Task.Run(async () =>
        {
            if (listen)
            {
                await foreach (var message in pubsub.ListenAsync(reading.Token))
                {
                    received.Add(message);
                    if (message.Data is "last")
                    {
                        return;
                    }
                }
            }
            else
            {
                while (await pubsub.GetMessageAsync(TimeSpan.FromSeconds(30), cancellationToken: reading.Token) is { } message)
                {
                    received.Add(message);
                    if (message.Data is "last")
                    {
                        return;
                    }
                }
            }
        });

        for (var round = 0; round < 10; round++)
        {
            await Task.Delay(100);
            Assert.Equal("PONG", await pubsub.PingAsync());
            Assert.Equal("mine-" + round, await pubsub.PingAsync("mine-" + round));
            Assert.Equal(1, await publisher.PublishAsync("news", "m" + round));
        }

        Assert.Equal(1, await publisher.PublishAsync("news", "last"));
        await reader;

        // Idle gaps of 100 ms against a 50 ms interval: health PINGs went out besides the user's 20.
        Assert.True(await PingCallsAsync(publisher) - pingsBefore > 20 + 3);
        Assert.Equal(12, received.Count);
        Assert.Equal(new PubSubMessage("subscribe", null, "news", 1L), received[0]);
        for (var round = 0; round < 10; round++)
        {
            Assert.Equal(new PubSubMessage("message", null, "news", "m" + round), received[round + 1]);
        }
    }

    private static RedisOptions SubscriberOptions(FaultProxy proxy, int protocol, TimeSpan interval) => new()
    {
        Host = proxy.Host,
        Port = proxy.Port,
        Protocol = protocol,
        HealthCheckInterval = interval,
        SocketTimeout = SocketTimeout,
        SocketConnectTimeout = TimeSpan.FromMilliseconds(500),
    };

    private static async Task<long> SubscribersAsync(RedisClient publisher) => (await publisher.PubSubNumSubAsync(["news"]))["news"];

    private static async Task<bool> WaitForSubscribersAsync(RedisClient publisher, long expected, TimeSpan within)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < within)
        {
            if (await SubscribersAsync(publisher) == expected)
            {
                return true;
            }

            await Task.Delay(25);
        }

        return false;
    }

    private static async Task<long> PingCallsAsync(RedisClient client)
    {
        var text = Assert.IsType<byte[]>(await client.ExecuteCommandAsync("INFO", "commandstats"));
        foreach (var line in Encoding.UTF8.GetString(text).Split("\r\n"))
        {
            if (line.StartsWith("cmdstat_ping:calls=", StringComparison.Ordinal))
            {
                var calls = line["cmdstat_ping:calls=".Length..];
                return long.Parse(calls[..calls.IndexOf(',', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
