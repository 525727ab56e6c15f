namespace RedisKit.IntegrationTests.Pipelines;

public sealed class ScriptAndLockTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Scripts_survive_script_flush_and_run_inside_pipelines(int protocol)
    {
        await using var redis = server.CreateClient(protocol, new RedisOptions { DecodeResponses = true });
        var keys = server.Keys();
        var script = redis.RegisterScript($"return redis.call('incrby', KEYS[1], ARGV[1]) * {protocol}1");
        Assert.Equal(40, script.Sha.Length);

        await redis.ExecuteCommandAsync("SCRIPT", "FLUSH");
        Assert.Equal(5L * (protocol * 10 + 1), await script.InvokeAsync([keys["n"]], [5]));
        await redis.ExecuteCommandAsync("SCRIPT", "FLUSH");
        Assert.Equal(6L * (protocol * 10 + 1), await script.InvokeAsync([keys["n"]], [1]));

        await redis.ExecuteCommandAsync("SCRIPT", "FLUSH");
        await using var pipe = redis.Pipeline(transaction: true);
        var results = await pipe.Script(script, [keys["n"]], [4]).Get(keys["n"]).ExecuteAsync();
        Assert.Equal(10L * (protocol * 10 + 1), results[0]);
        Assert.Equal("10", results[1]);
    }

    [Fact]
    public async Task Two_contenders_take_turns_and_only_the_owner_may_release()
    {
        await using var redis = server.CreateClient(3);
        var name = server.Keys()["lock"];
        var first = redis.Lock(name, timeout: TimeSpan.FromSeconds(10));
        var second = redis.Lock(name, timeout: TimeSpan.FromSeconds(10), sleep: TimeSpan.FromMilliseconds(10));

        Assert.True(await first.AcquireAsync());
        Assert.True(await first.OwnedAsync());
        Assert.False(await second.AcquireAsync(blocking: false));
        Assert.False(await second.AcquireAsync(blockingTimeout: TimeSpan.FromMilliseconds(100)));
        await Assert.ThrowsAsync<RedisLockNotOwnedException>(async () => await second.ReleaseAsync());

        var waiting = second.AcquireAsync(blockingTimeout: TimeSpan.FromSeconds(5)).AsTask();
        await Task.Delay(50);
        await first.ReleaseAsync();
        Assert.True(await waiting);
        Assert.True(await second.LockedAsync());
        Assert.False(await first.OwnedAsync());
        await second.DisposeAsync();
        Assert.False(await second.LockedAsync());
    }

    [Fact]
    public async Task An_expired_lock_cannot_be_released_or_extended_and_extend_reacquire_work_while_held()
    {
        await using var redis = server.CreateClient(2);
        var name = server.Keys()["lock"];
        var holder = redis.Lock(name, timeout: TimeSpan.FromMilliseconds(300));
        Assert.True(await holder.AcquireAsync());
        await holder.ExtendAsync(TimeSpan.FromSeconds(10));
        Assert.InRange((await redis.PTtlAsync(name))!.Value.TotalSeconds, 9, 10.3);
        await holder.ExtendAsync(TimeSpan.FromSeconds(2), replaceTtl: true);
        Assert.InRange((await redis.PTtlAsync(name))!.Value.TotalSeconds, 1, 2);
        await holder.ReacquireAsync();
        Assert.InRange((await redis.PTtlAsync(name))!.Value.TotalMilliseconds, 1, 300);

        await Task.Delay(400);
        var thief = redis.Lock(name, timeout: TimeSpan.FromSeconds(5));
        Assert.True(await thief.AcquireAsync(blocking: false));
        await Assert.ThrowsAsync<RedisLockNotOwnedException>(async () => await holder.ExtendAsync(TimeSpan.FromSeconds(1)));
        Assert.True(await thief.OwnedAsync());
        await using (var scoped = redis.Lock(server.Keys()["other"], timeout: TimeSpan.FromSeconds(5)))
        {
            Assert.True(await scoped.AcquireAsync());
        }

        await thief.ReleaseAsync();
        await Assert.ThrowsAsync<RedisLockNotOwnedException>(async () => await holder.ReleaseAsync());
    }
}

public sealed class ZeroCopyTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Multi_segment_values_are_stored_whole_and_script_replies_copy_into_a_buffer(int protocol)
    {
        await using var redis = server.CreateClient(protocol, new RedisOptions { DecodeResponses = true });
        var keys = server.Keys();
        var first = new byte[70_000];
        var second = new byte[5];
        Random.Shared.NextBytes(first);
        Random.Shared.NextBytes(second);
        var sequence = RedisKit.Tests.Protocol.Segments.Of(first, [], second);
        Assert.True(await redis.SetAsync(keys["multi"], RedisValue.FromSequence(sequence)));
        byte[] whole = [.. first, .. second];
        var stored = await redis.GetBytesAsync(keys["multi"]);
        Assert.Equal(whole, stored);

        var script = redis.RegisterScript("return redis.call('get', KEYS[1])");
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        await redis.ExecuteCommandAsync("SCRIPT", "FLUSH");
        Assert.True(await script.InvokeAsync(buffer, [keys["multi"]]));
        Assert.Equal(whole, buffer.WrittenSpan.ToArray());
        Assert.False(await script.InvokeAsync(new System.Buffers.ArrayBufferWriter<byte>(), [keys["missing"]]));
    }
}
