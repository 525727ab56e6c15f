namespace RedisKit.IntegrationTests.Pipelines;

public sealed class TransactionTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Watch_runs_reads_immediately_and_a_change_discards_the_transaction(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        await redis.SetAsync(keys["balance"], 10);

        await using var pipe = redis.Pipeline();
        await pipe.WatchAsync(keys["balance"]);
        var balance = long.Parse((await pipe.Immediate.GetAsync(keys["balance"]))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Throws<InvalidOperationException>(() => pipe.Set(keys["balance"], 0));
        await redis.SetAsync(keys["balance"], 99);
        pipe.Multi();
        pipe.Set(keys["balance"], balance + 1);
        await Assert.ThrowsAsync<RedisWatchException>(async () => await pipe.ExecuteAsync());
        Assert.Equal("99", await redis.GetAsync(keys["balance"]));
        Assert.False(pipe.IsWatching);

        await pipe.WatchAsync(keys["balance"]);
        pipe.Multi();
        var results = await pipe.Incr(keys["balance"]).ExecuteAsync();
        Assert.Equal(100L, results[0]);
    }

    [Fact]
    public async Task A_hundred_concurrent_check_and_set_increments_end_at_the_exact_count()
    {
        await using var redis = server.CreateClient(3);
        await using var other = server.CreateClient(2);
        var keys = server.Keys();
        await redis.SetAsync(keys["counter"], 0);
        using var stop = new CancellationTokenSource();
        var writes = 0;
        var interference = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await other.IncrByAsync(keys["counter"], 1000);
                Interlocked.Increment(ref writes);
                await Task.Delay(1);
            }
        });

        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => redis.TransactionAsync(async pipe =>
        {
            var current = long.Parse((await pipe.Immediate.GetAsync(keys["counter"]))!, System.Globalization.CultureInfo.InvariantCulture);
            pipe.Multi();
            pipe.Set(keys["counter"], current + 1);
        }, [keys["counter"]], maxAttempts: 1000)));

        await stop.CancelAsync();
        await interference;
        Assert.True(writes > 0);
        Assert.Equal(100 + (1000L * writes), long.Parse((await redis.GetAsync(keys["counter"]))!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Retries_are_bounded()
    {
        await using var redis = server.CreateClient(3);
        var keys = server.Keys();
        var attempts = 0;
        await Assert.ThrowsAsync<RedisWatchException>(async () => await redis.TransactionAsync(async pipe =>
        {
            attempts++;
            await redis.IncrAsync(keys["contended"]);
            pipe.Multi();
            pipe.Incr(keys["contended"]);
        }, [keys["contended"]], maxAttempts: 3));
        Assert.Equal(3, attempts);
    }
}
