using System.Buffers;
using System.Text;

namespace RedisKit.IntegrationTests.Commands;

public sealed class StringCommandTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Get_and_set_round_trip_text_bytes_and_numbers(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();

        Assert.True(await redis.SetAsync(keys["text"], "héllo wörld"));
        Assert.Equal("héllo wörld", await redis.GetAsync(keys["text"]));
        Assert.True(await redis.SetAsync(keys["bytes"], new byte[] { 0, 1, 2, 255 }));
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, await redis.GetBytesAsync(keys["bytes"]));
        Assert.True(await redis.SetAsync(keys["int"], 42));
        Assert.Equal("42", await redis.GetAsync(keys["int"]));
        Assert.True(await redis.SetAsync(keys["double"], 1.5));
        Assert.Equal("1.5", await redis.GetAsync(keys["double"]));
        Assert.True(await redis.SetAsync(keys["empty"], string.Empty));
        Assert.Equal(string.Empty, await redis.GetAsync(keys["empty"]));
        Assert.Null(await redis.GetAsync(keys["missing"]));
        Assert.Null(await redis.GetBytesAsync(keys["missing"]));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Set_options_behave_as_redis_py(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var key = server.Keys()["k"];

        Assert.False(await redis.SetAsync(key, "v", xx: true));
        Assert.True(await redis.SetAsync(key, "v1", nx: true));
        Assert.False(await redis.SetAsync(key, "v2", nx: true));
        Assert.Equal("v1", await redis.SetGetAsync(key, "v3"));
        Assert.True(await redis.SetAsync(key, "v4", ex: TimeSpan.FromSeconds(100)));
        var ttl = await redis.TtlAsync(key);
        Assert.InRange(ttl!.Value.TotalSeconds, 90, 100);
        Assert.True(await redis.SetAsync(key, "v5", keepTtl: true));
        Assert.NotNull(await redis.TtlAsync(key));
        Assert.True(await redis.SetAsync(key, "v6", px: TimeSpan.FromMilliseconds(50_000)));
        Assert.InRange((await redis.PTtlAsync(key))!.Value.TotalMilliseconds, 40_000, 50_000);
        Assert.True(await redis.SetAsync(key, "v7", exAt: DateTimeOffset.UtcNow.AddHours(1)));
        Assert.InRange((await redis.TtlAsync(key))!.Value.TotalSeconds, 3500, 3601);
        Assert.True(await redis.SetAsync(key, "v8", pxAt: DateTimeOffset.UtcNow.AddHours(2)));
        Assert.InRange((await redis.TtlAsync(key))!.Value.TotalSeconds, 7100, 7201);
        Assert.True(await redis.SetAsync(key, "v9"));
        Assert.Null(await redis.TtlAsync(key));
        Assert.Null(await redis.SetGetAsync(server.Keys()["fresh"], "x"));
    }

    [Fact]
    public async Task Invalid_set_options_throw_before_anything_is_sent()
    {
        await using var redis = server.CreateClient(3);
        var key = server.Keys()["k"];
        await Assert.ThrowsAsync<ArgumentException>(async () => await redis.SetAsync(key, "v", nx: true, xx: true));
        await Assert.ThrowsAsync<ArgumentException>(async () => await redis.SetAsync(key, "v", ex: TimeSpan.FromSeconds(1), px: TimeSpan.FromSeconds(1)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.SetAsync(key, "v", ex: TimeSpan.FromMilliseconds(1500)));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await redis.SetAsync(key, (string?)null));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.IncrByFloatAsync(key, double.NaN));
        Assert.Equal(0, await redis.ExistsAsync(key));
        Assert.True(await redis.PingAsync());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Counters_and_ranges(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();

        Assert.Equal(1, await redis.IncrAsync(keys["n"]));
        Assert.Equal(11, await redis.IncrAsync(keys["n"], 10));
        Assert.Equal(16, await redis.IncrByAsync(keys["n"], 5));
        Assert.Equal(15, await redis.DecrAsync(keys["n"]));
        Assert.Equal(5, await redis.DecrAsync(keys["n"], 10));
        Assert.Equal(3, await redis.DecrByAsync(keys["n"], 2));
        Assert.Equal(3.5, await redis.IncrByFloatAsync(keys["n"], 0.5));
        var wrongType = await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.IncrAsync(keys["n"]));
        Assert.Equal("ERR", wrongType.Prefix);

        Assert.Equal(5, await redis.AppendAsync(keys["s"], "Hello"));
        Assert.Equal(11, await redis.AppendAsync(keys["s"], " World"));
        Assert.Equal(11, await redis.StrLenAsync(keys["s"]));
        Assert.Equal(0, await redis.StrLenAsync(keys["missing"]));
        Assert.Equal("World", await redis.GetRangeAsync(keys["s"], 6, -1));
        Assert.Equal(string.Empty, await redis.GetRangeAsync(keys["missing"], 0, 10));
        Assert.Equal(11, await redis.SetRangeAsync(keys["s"], 6, "Redis"));
        Assert.Equal("Hello Redis", await redis.GetAsync(keys["s"]));
        Assert.Equal(8, await redis.SetRangeAsync(keys["padded"], 5, "abc"));
        Assert.Equal("\0\0\0\0\0abc", await redis.GetAsync(keys["padded"]));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Multi_key_and_get_variants(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();

        Assert.True(await redis.MSetAsync(new Dictionary<RedisKey, RedisValue> { [keys["a"]] = "1", [keys["b"]] = "2" }));
        Assert.Equal(new string?[] { "1", null, "2" }, await redis.MGetAsync(keys["a"], keys["missing"], keys["b"]));
        Assert.False(await redis.MSetNxAsync(new Dictionary<RedisKey, RedisValue> { [keys["a"]] = "x", [keys["c"]] = "3" }));
        Assert.Null(await redis.GetAsync(keys["c"]));
        Assert.True(await redis.MSetNxAsync(new Dictionary<RedisKey, RedisValue> { [keys["c"]] = "3", [keys["d"]] = "4" }));

        Assert.Equal("1", await redis.GetDelAsync(keys["a"]));
        Assert.Null(await redis.GetDelAsync(keys["a"]));
        Assert.Equal("2", await redis.GetExAsync(keys["b"], ex: TimeSpan.FromSeconds(60)));
        Assert.NotNull(await redis.TtlAsync(keys["b"]));
        Assert.Equal("2", await redis.GetExAsync(keys["b"], persist: true));
        Assert.Null(await redis.TtlAsync(keys["b"]));
        Assert.Null(await redis.GetExAsync(keys["missing"], px: TimeSpan.FromSeconds(1)));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Zero_copy_get_writes_the_value_into_the_callers_buffer(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var big = new byte[1024 * 1024 + 17];
        Random.Shared.NextBytes(big);
        await redis.SetAsync(keys["big"], big);

        var buffer = new ArrayBufferWriter<byte>();
        Assert.True(await redis.GetAsync(keys["big"], buffer));
        Assert.True(buffer.WrittenSpan.SequenceEqual(big));

        var empty = new ArrayBufferWriter<byte>();
        Assert.False(await redis.GetAsync(keys["missing"], empty));
        Assert.Equal(0, empty.WrittenCount);
        Assert.Equal(big, await redis.GetBytesAsync(keys["big"]));
        Assert.Equal(Encoding.UTF8.GetString(big), await redis.GetAsync(keys["big"]));
    }
}
