namespace RedisKit.IntegrationTests.Pipelines;

public sealed class PipelineTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task The_aioredis_guide_examples_give_what_they_give_in_python(int protocol)
    {
        await using var redis = server.CreateClient(protocol, new RedisOptions { DecodeResponses = true });
        var keys = server.Keys();

        await using (var pipe = redis.Pipeline(transaction: true))
        {
            var results = await pipe.Set(keys["key1"], "value1").Set(keys["key2"], "value2").ExecuteAsync();
            Assert.Equal(new object?[] { true, true }, results);
        }

        await redis.DeleteAsync(keys["foo"], keys["bar"]);
        await using (var pipe = redis.Pipeline(transaction: true))
        {
            var results = await pipe.Incr(keys["foo"]).Incr(keys["bar"]).ExecuteAsync();
            Assert.Equal(new object?[] { 1L, 1L }, results);
            Assert.Equal(1L, results.Get<long>(0));
        }
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public async Task Ten_thousand_commands_leave_in_one_batch_and_come_back_typed(int protocol, bool transaction)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        await using var pipe = redis.Pipeline(transaction);
        for (var i = 0; i < 5000; i++)
        {
            pipe.Set(keys[$"k{i}"], i).Get(keys[$"k{i}"]);
        }

        Assert.Equal(10_000, pipe.Count);
        var results = await pipe.ExecuteAsync();
        Assert.Equal(10_000, results.Count);
        for (var i = 0; i < 5000; i++)
        {
            Assert.True(results.Get<bool>(2 * i));
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), results.Get<string>(2 * i + 1));
        }

        Assert.Equal(0, pipe.Count);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public async Task An_error_in_the_middle_is_raised_after_every_reply_or_returned_in_place(int protocol, bool transaction)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        await redis.HSetAsync(keys["hash"], "f", "v");

        await using var pipe = redis.Pipeline(transaction);
        var error = await Assert.ThrowsAsync<RedisResponseException>(async () =>
            await pipe.Set(keys["a"], "1").Incr(keys["hash"]).Set(keys["b"], "2").ExecuteAsync());
        Assert.Equal("WRONGTYPE", error.Prefix);
        Assert.Contains("Command #2 (INCR)", error.Message, StringComparison.Ordinal);
        Assert.Equal("2", await redis.GetAsync(keys["b"]));

        var results = await pipe.Set(keys["c"], "3").Incr(keys["hash"]).Get(keys["c"]).ExecuteAsync(raiseOnError: false);
        Assert.True(results.Get<bool>(0));
        Assert.Equal("WRONGTYPE", Assert.IsType<RedisResponseException>(results[1]).Prefix);
        Assert.Throws<RedisResponseException>(() => results.Get<long>(1));
        Assert.Equal("3", results.Get<string>(2));
        Assert.Throws<InvalidCastException>(() => results.Get<long>(2));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_queuing_error_aborts_the_transaction(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        await using var pipe = redis.Pipeline(transaction: true);
        var abort = await Assert.ThrowsAsync<RedisExecAbortException>(async () =>
            await pipe.Set(keys["a"], "1").ExecuteCommand("SET", keys["b"]).ExecuteAsync(raiseOnError: false));
        Assert.Contains("Command #2 (SET)", abort.Message, StringComparison.Ordinal);
        Assert.Null(await redis.GetAsync(keys["a"]));
        Assert.True(await redis.PingAsync());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_cancelled_pipeline_is_followed_by_normal_use_of_the_same_client(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        await using var pipe = redis.Pipeline(transaction: false);
        for (var i = 0; i < 20_000; i++)
        {
            pipe.Set(keys[$"k{i}"], new string('x', 100));
        }

        using var cts = new CancellationTokenSource();
        var running = pipe.ExecuteAsync(cancellationToken: cts.Token);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await running);

        Assert.Equal(0, pipe.Count);
        Assert.True(await redis.SetAsync(keys["after"], "fine"));
        Assert.Equal("fine", await redis.GetAsync(keys["after"]));
        var results = await redis.Pipeline(false).Get(keys["after"]).Ping().ExecuteAsync();
        Assert.Equal("fine", results[0]);
    }

    [Fact]
    public async Task Misuse_is_refused_with_a_clear_message()
    {
        await using var redis = server.CreateClient(3);
        await using var pipe = redis.Pipeline();
        Assert.Throws<InvalidOperationException>(() => pipe.ExecuteCommand("BLPOP", "q", 0));
        Assert.Throws<InvalidOperationException>(() => pipe.Immediate);
        Assert.Throws<InvalidOperationException>(() => pipe.Multi());
        Assert.Empty(await pipe.ExecuteAsync());
    }
}
