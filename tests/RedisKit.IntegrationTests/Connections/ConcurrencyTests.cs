namespace RedisKit.IntegrationTests.Connections;

public sealed class ConcurrencyTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_thousand_concurrent_callers_each_read_their_own_value(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => redis.SetAsync(keys[$"c{i}"], $"value-{i}").AsTask()));

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(async i =>
        {
            await Task.Yield();
            return (i, value: await redis.GetAsync(keys[$"c{i}"]));
        }));

        foreach (var (i, value) in results)
        {
            Assert.Equal($"value-{i}", value);
        }

        // All of that went through the one shared connection.
        Assert.Equal(1, redis.ConnectionPool.TotalConnections);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Random_cancellations_under_load_never_deliver_a_reply_to_the_wrong_caller(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        const int Callers = 2000;
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => redis.SetAsync(keys[$"v{i}"], new string('x', i) + i).AsTask()));

        var cancelled = 0;
        var completed = 0;
        var random = new Random(1234);
        var delays = Enumerable.Range(0, Callers).Select(_ => random.Next(0, 3)).ToArray();
        var cancelAt = Enumerable.Range(0, Callers).Select(i => i % 2 == 0).ToArray();
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(async i =>
        {
            var n = i % 200;
            using var cts = new CancellationTokenSource();
            if (cancelAt[i])
            {
                cts.CancelAfter(delays[i]);
            }

            try
            {
                var value = await redis.GetAsync(keys[$"v{n}"], cts.Token);
                Assert.Equal(new string('x', n) + n, value);
                Interlocked.Increment(ref completed);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref cancelled);
            }
        }));

        Assert.Equal(Callers, cancelled + completed);
        Assert.True(cancelled > 0, "no call was cancelled, so the test proved nothing");
        Assert.True(completed >= Callers / 2, $"only {completed} of {Callers} completed");

        // The connection is still in sync: every later caller gets its own reply.
        for (var n = 0; n < 200; n++)
        {
            Assert.Equal(new string('x', n) + n, await redis.GetAsync(keys[$"v{n}"]));
        }
    }

    [Fact]
    public async Task A_cancelled_token_fails_at_once_without_sending()
    {
        await using var redis = server.CreateClient(3);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await redis.SetAsync(server.Keys()["k"], "v", cancellationToken: cts.Token));
        Assert.Null(await redis.GetAsync(server.Keys()["k"]));
    }
}
