using System.Globalization;

namespace RedisKit.IntegrationTests.PubSub;

/// <summary>Cancelled waits for messages cost nothing: no message is lost, reordered or repeated.</summary>
public sealed class PubSubCancellationTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Cancelled_waits_for_messages_lose_none_and_keep_their_order(int protocol)
    {
        await using var redis = server.CreateClient(protocol, new RedisOptions { DecodeResponses = true });
        await using var publisher = server.CreateClient(protocol);
        var channel = server.Keys()["cancel"];
        await using var pubsub = redis.PubSub(ignoreSubscribeMessages: true);
        await pubsub.SubscribeAsync(channel);

        const int Count = 2000;
        var publishing = Task.Run(async () =>
        {
            for (var i = 0; i < Count; i++)
            {
                await publisher.PublishAsync(channel, i.ToString(CultureInfo.InvariantCulture));
                if (i % 50 == 0)
                {
                    await Task.Delay(1);
                }
            }
        });

        var expected = 0;
        var cancelled = 0;
        var random = new Random(7);
        using var overall = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (expected < Count)
        {
            overall.Token.ThrowIfCancellationRequested();
            using var cts = new CancellationTokenSource();
            var waiting = pubsub.GetMessageAsync(Timeout.InfiniteTimeSpan, cancellationToken: cts.Token).AsTask();
            if (random.Next(3) == 0)
            {
                cts.Cancel();
            }

            PubSubMessage? message;
            try
            {
                message = await waiting;
            }
            catch (OperationCanceledException)
            {
                cancelled++;
                continue;
            }

            Assert.NotNull(message);
            Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), message.DataAsString);
            expected++;
        }

        await publishing;
        Assert.True(cancelled > 0, "no wait was cancelled, so the test proved nothing");
        Assert.Null(await pubsub.GetMessageAsync(TimeSpan.FromMilliseconds(100)));
    }
}
