namespace RedisKit.IntegrationTests.Commands;

public sealed class SynchronousCallTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Synchronous_commands_and_scripts_go_over_the_shared_connection(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var key = server.Keys()["sync"];

        Assert.Equal("OK"u8.ToArray(), redis.ExecuteCommand("SET", key, "1"));
        Assert.Equal(2L, redis.ExecuteCommand("INCR", key));
        Assert.Equal("2", await redis.GetAsync(key));
        Assert.Throws<RedisResponseException>(() => redis.ExecuteCommand("HGET", key, "field"));

        var script = redis.RegisterScript("return redis.call('INCRBY', KEYS[1], ARGV[1])");
        redis.ExecuteCommand("SCRIPT", "FLUSH");
        Assert.Equal(7L, script.Invoke([key], [5]));
        Assert.Equal("7"u8.ToArray(), redis.RegisterScript("return redis.call('GET', KEYS[1])").InvokeBytes([key]));

        var error = Assert.Throws<InvalidOperationException>(() => redis.ExecuteCommand("BLPOP", key, 1));
        Assert.Contains("cannot run synchronously", error.Message, StringComparison.Ordinal);

        // Synchronous and asynchronous calls share the one multiplexed connection.
        Assert.Equal(1, redis.ConnectionPool.TotalConnections);
        Parallel.For(0, 200, i => Assert.IsType<long>(redis.ExecuteCommand("INCR", key)));
        Assert.Equal("207", await redis.GetAsync(key));
        Assert.Equal(1, redis.ConnectionPool.TotalConnections);
    }

    [Fact]
    public async Task A_synchronous_call_times_out_and_the_next_one_reconnects()
    {
        // DEBUG SLEEP stalls the whole server, so this test has one of its own.
        await using var own = await RedisKit.TestKit.RedisServerProcess.StartAsync();
        await using var redis = RedisClient.FromUrl(own.Url + "?socket_timeout=0.5&retries=0");
        Assert.Equal(0L, redis.ExecuteCommand("EXISTS", "never-" + Guid.NewGuid().ToString("N")));
        Assert.Throws<RedisTimeoutException>(() => redis.ExecuteCommand("DEBUG", "SLEEP", "1"));
        Assert.Equal(0L, redis.ExecuteCommand("EXISTS", "never-" + Guid.NewGuid().ToString("N")));
    }
}
