namespace RedisKit.IntegrationTests.Commands;

public sealed class HashCommandTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Hash_reply_shapes_are_the_same_under_both_protocols(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var key = keys["h"];

        Assert.Equal(1, await redis.HSetAsync(key, "name", "Ada"));
        Assert.Equal(0, await redis.HSetAsync(key, "name", "Ada L."));
        Assert.Equal(2, await redis.HSetAsync(key, new Dictionary<RedisValue, RedisValue> { ["age"] = 36, ["city"] = "London", ["name"] = "Ada" }));
        Assert.Equal("Ada", await redis.HGetAsync(key, "name"));
        Assert.Null(await redis.HGetAsync(key, "missing"));
        Assert.Equal("36"u8.ToArray(), await redis.HGetBytesAsync(key, "age"));
        Assert.Equal(new string?[] { "Ada", null, "London" }, await redis.HMGetAsync(key, "name", "missing", "city"));

        var all = await redis.HGetAllAsync(key);
        Assert.Equal(3, all.Count);
        Assert.Equal("London", all["city"]);
        Assert.Empty(await redis.HGetAllAsync(keys["missing"]));

        Assert.True(await redis.HExistsAsync(key, "age"));
        Assert.False(await redis.HExistsAsync(key, "missing"));
        Assert.Equal(3, await redis.HLenAsync(key));
        Assert.Equal(0, await redis.HLenAsync(keys["missing"]));
        Assert.Equal(["age", "city", "name"], (await redis.HKeysAsync(key)).Order());
        Assert.Equal(["36", "Ada", "London"], (await redis.HValsAsync(key)).Order());
        Assert.Empty(await redis.HKeysAsync(keys["missing"]));
        Assert.Equal(37, await redis.HIncrByAsync(key, "age"));
        Assert.Equal(40, await redis.HIncrByAsync(key, "age", 3));
        Assert.Equal(40.25, await redis.HIncrByFloatAsync(key, "age", 0.25));
        Assert.False(await redis.HSetNxAsync(key, "name", "x"));
        Assert.True(await redis.HSetNxAsync(key, "new", "x"));
        Assert.Equal(2, await redis.HDelAsync(key, "new", "city", "missing"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Hscan_visits_every_field(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var key = server.Keys()["big"];
        var mapping = Enumerable.Range(0, 300).ToDictionary(i => (RedisValue)$"f{i}", i => (RedisValue)i);
        await redis.HSetAsync(key, mapping);

        var seen = new Dictionary<string, string>();
        await foreach (var (field, value) in redis.HScanIterAsync(key, count: 40))
        {
            seen[field] = value;
        }

        Assert.Equal(300, seen.Count);
        Assert.Equal("299", seen["f299"]);
        var matched = new List<string>();
        await foreach (var pair in redis.HScanIterAsync(key, match: "f1?"))
        {
            matched.Add(pair.Key);
        }

        Assert.Equal(10, matched.Count);
    }
}
