namespace RedisKit.IntegrationTests.Commands;

public sealed class HyperLogLogAndBitmapCommandTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task HyperLogLog_add_count_and_merge(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        RedisKey a = keys["a"], b = keys["b"], all = keys["all"];

        Assert.True(await redis.PfAddAsync(a, "x", "y", "z"));
        Assert.False(await redis.PfAddAsync(a, "x", "y"));
        Assert.True(await redis.PfAddAsync(b, Enumerable.Range(0, 1000).Select(i => (RedisValue)i)));
        Assert.True(await redis.PfAddAsync(keys["created"]));
        Assert.Equal(0, await redis.PfCountAsync(keys["created"]));
        Assert.Equal(3, await redis.PfCountAsync(a));
        Assert.InRange(await redis.PfCountAsync(b), 980, 1020);
        Assert.InRange(await redis.PfCountAsync(a, b), 983, 1023);
        Assert.Equal(0, await redis.PfCountAsync(keys["missing"]));

        Assert.True(await redis.PfMergeAsync(all, a, b));
        Assert.InRange(await redis.PfCountAsync(all), 983, 1023);
        Assert.True(await redis.PfMergeAsync(keys["empty"]));
        Assert.Equal("keys", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.PfCountAsync())).ParamName);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Bits_set_get_count_and_find(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var key = keys["bits"];

        Assert.False(await redis.SetBitAsync(key, 7, true));
        Assert.True(await redis.SetBitAsync(key, 7, true));
        Assert.True(await redis.GetBitAsync(key, 7));
        Assert.False(await redis.GetBitAsync(key, 6));
        Assert.False(await redis.GetBitAsync(key, 1000));
        Assert.False(await redis.GetBitAsync(keys["missing"], 0));

        await redis.SetAsync(key, "foobar");
        Assert.Equal(26, await redis.BitCountAsync(key));
        Assert.Equal(4, await redis.BitCountAsync(key, 0, 0));
        Assert.Equal(6, await redis.BitCountAsync(key, 1, 1));
        Assert.Equal(12, await redis.BitCountAsync(key, 1, 2, BitUnit.Byte));
        Assert.Equal(17, await redis.BitCountAsync(key, 5, 30, BitUnit.Bit));
        Assert.Equal(0, await redis.BitCountAsync(keys["missing"]));

        await redis.SetAsync(keys["pos"], new byte[] { 0xff, 0xf0, 0x00 });
        Assert.Equal(12, await redis.BitPosAsync(keys["pos"], false));
        Assert.Equal(0, await redis.BitPosAsync(keys["pos"], true));
        Assert.Equal(8, await redis.BitPosAsync(keys["pos"], true, 1));
        Assert.Equal(-1, await redis.BitPosAsync(keys["pos"], true, 2, -1));
        Assert.Equal(2, await redis.BitPosAsync(keys["pos"], true, 2, -1, BitUnit.Bit));
        Assert.Equal(-1, await redis.BitPosAsync(keys["pos"], false, 0, 11, BitUnit.Bit));

        Assert.Equal("end", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.BitCountAsync(key, start: 1))).ParamName);
        Assert.Equal("mode", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.BitCountAsync(key, mode: BitUnit.Bit))).ParamName);
        Assert.Equal("start", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.BitPosAsync(key, true, end: 3))).ParamName);
        Assert.Equal("mode", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.BitPosAsync(key, true, 1, mode: BitUnit.Bit))).ParamName);
        Assert.Equal("offset", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.SetBitAsync(key, -1, true))).ParamName);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Bitop_combines_keys(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        RedisKey a = keys["a"], b = keys["b"], dest = keys["dest"];
        await redis.SetAsync(a, new byte[] { 0b1100, 0xff });
        await redis.SetAsync(b, new byte[] { 0b1010 });

        Assert.Equal(2, await redis.BitOpAsync(BitOperation.And, dest, a, b));
        Assert.Equal(new byte[] { 0b1000, 0x00 }, await redis.GetBytesAsync(dest));
        Assert.Equal(2, await redis.BitOpAsync(BitOperation.Or, dest, a, b));
        Assert.Equal(new byte[] { 0b1110, 0xff }, await redis.GetBytesAsync(dest));
        Assert.Equal(2, await redis.BitOpAsync(BitOperation.Xor, dest, a, b));
        Assert.Equal(new byte[] { 0b0110, 0xff }, await redis.GetBytesAsync(dest));
        Assert.Equal(1, await redis.BitOpAsync(BitOperation.Not, dest, b));
        Assert.Equal(new byte[] { 0xf5 }, await redis.GetBytesAsync(dest));
        Assert.Equal(0, await redis.BitOpAsync(BitOperation.Or, dest, keys["missing"]));

        Assert.Equal("keys", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.BitOpAsync(BitOperation.Not, dest, a, b))).ParamName);
        Assert.Equal("keys", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.BitOpAsync(BitOperation.And, dest))).ParamName);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Bitfield_get_set_incrby_and_overflow(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var key = keys["bf"];

        var results = await redis.BitFieldAsync(key, new BitFieldOperations()
            .Set("u8", 0, 255)
            .Get("u8", 0)
            .IncrBy("u8", 0, 10)
            .IncrBy("u8", 0, 300, BitFieldOverflow.Sat)
            .IncrBy("u8", 0, 1, BitFieldOverflow.Fail)
            .Overflow(BitFieldOverflow.Wrap)
            .IncrBy("i5", "#1", 17)
            .Set("u4", "#3", 9)
            .Get("u4", "#3"));
        // i5 at field #1 spans bits 5..9: 0b11100 (-4) after the u8 writes, so +17 gives 13, which also clears bit 5 of the u8.
        Assert.Equal(new long?[] { 0, 255, 9, 255, null, 13, 0, 9 }, results);

        var read = new BitFieldOperations().Get("u8", 0).Get("i5", "#1").Get("u16", 1000);
        Assert.Equal(new long?[] { 251, 13, 0 }, await redis.BitFieldRoAsync(key, read));
        Assert.Equal(new long?[] { 251, 13, 0 }, await redis.BitFieldAsync(key, read));
        Assert.Empty(await redis.BitFieldAsync(key, new BitFieldOperations()));
        Assert.Equal(new long?[] { 0 }, await redis.BitFieldAsync(keys["sat"], new BitFieldOperations(BitFieldOverflow.Sat).Set("i8", 0, 1000)));
        Assert.Equal(new long?[] { 127 }, await redis.BitFieldRoAsync(keys["sat"], new BitFieldOperations().Get("i8", 0)));

        Assert.Equal("operations", (await Assert.ThrowsAsync<ArgumentException>(async () =>
            await redis.BitFieldRoAsync(key, new BitFieldOperations().Get("u8", 0).Set("u8", 0, 1)))).ParamName);
        Assert.Equal("encoding", Assert.Throws<ArgumentException>(() => new BitFieldOperations().Get("u64", 0)).ParamName);
        Assert.Equal("offset", Assert.Throws<ArgumentException>(() => new BitFieldOperations().Get("u8", "3")).ParamName);
    }

    [Fact]
    public async Task Replies_are_identical_under_resp2_and_resp3()
    {
        await using var resp2 = server.CreateClient(2);
        await using var resp3 = server.CreateClient(3);
        var keys = server.Keys();
        await resp2.SetAsync(keys["s"], "foobar");
        await resp2.PfAddAsync(keys["h"], "a", "b", "c");
        var operations = new BitFieldOperations().Get("u8", 0).Get("i4", "#3").Get("u8", 4000);

        foreach (var read in new Func<RedisClient, Task<object>>[]
        {
            async r => await r.BitCountAsync(keys["s"], 1, 30, BitUnit.Bit),
            async r => await r.BitPosAsync(keys["s"], true, 2),
            async r => await r.GetBitAsync(keys["s"], 1),
            async r => await r.BitFieldRoAsync(keys["s"], operations),
            async r => await r.PfCountAsync(keys["h"], keys["missing"]),
        })
        {
            Assert.Equal(await read(resp2), await read(resp3));
        }

        var fail = new BitFieldOperations(BitFieldOverflow.Fail).IncrBy("u2", 0, 5).IncrBy("u2", 0, 1);
        Assert.Equal(await resp2.BitFieldAsync(keys["f2"], fail), await resp3.BitFieldAsync(keys["f3"], fail));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task HyperLogLog_and_bitmap_commands_queue_in_a_pipeline(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        await using var pipe = redis.Pipeline();
        var operations = new BitFieldOperations().Set("u8", 8, 200);
        var results = await pipe
            .PfAdd(keys["h"], "a", "b")
            .PfCount(keys["h"])
            .PfMerge(keys["h2"], keys["h"])
            .SetBit(keys["b"], 3, true)
            .GetBit(keys["b"], 3)
            .BitCount(keys["b"])
            .BitPos(keys["b"], true)
            .BitOp(BitOperation.Not, keys["n"], keys["b"])
            .BitField(keys["b"], operations)
            .BitFieldRo(keys["b"], new BitFieldOperations().Get("u8", 8))
            .ExecuteAsync();

        Assert.True(results.Get<bool>(0));
        Assert.Equal(2L, results.Get<long>(1));
        Assert.True(results.Get<bool>(2));
        Assert.False(results.Get<bool>(3));
        Assert.True(results.Get<bool>(4));
        Assert.Equal(1L, results.Get<long>(5));
        Assert.Equal(3L, results.Get<long>(6));
        Assert.Equal(1L, results.Get<long>(7));
        Assert.Equal(new long?[] { 0 }, results.Get<long?[]>(8));
        Assert.Equal(new long?[] { 200 }, results.Get<long?[]>(9));
    }
}
