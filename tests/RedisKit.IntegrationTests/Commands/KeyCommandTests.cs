namespace RedisKit.IntegrationTests.Commands;

public sealed class KeyCommandTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Delete_exists_type_and_rename(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        await redis.SetAsync(keys["a"], "1");
        await redis.HSetAsync(keys["h"], "f", "v");

        Assert.Equal(3, await redis.ExistsAsync(keys["a"], keys["a"], keys["h"]));
        Assert.Equal("string", await redis.TypeAsync(keys["a"]));
        Assert.Equal("hash", await redis.TypeAsync(keys["h"]));
        Assert.Equal("none", await redis.TypeAsync(keys["missing"]));
        Assert.True(await redis.RenameAsync(keys["a"], keys["b"]));
        Assert.Equal(0, await redis.ExistsAsync(keys["a"]));
        var missing = await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.RenameAsync(keys["missing"], keys["x"]));
        Assert.Contains("no such key", missing.Message, StringComparison.OrdinalIgnoreCase);
        await redis.SetAsync(keys["c"], "3");
        Assert.False(await redis.RenameNxAsync(keys["b"], keys["c"]));
        Assert.True(await redis.RenameNxAsync(keys["b"], keys["d"]));
        Assert.Equal(2, await redis.DeleteAsync(keys["c"], keys["d"], keys["missing"]));
        Assert.Equal(1, await redis.UnlinkAsync(keys["h"]));
        Assert.Equal(0, await redis.DeleteAsync(keys["h"]));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Expiry_commands(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        await redis.SetAsync(keys["k"], "v");

        Assert.Null(await redis.TtlAsync(keys["missing"]));
        Assert.False(await redis.ExpireAsync(keys["missing"], TimeSpan.FromSeconds(10)));
        Assert.False(await redis.ExpireAsync(keys["k"], TimeSpan.FromSeconds(10), xx: true));
        Assert.True(await redis.ExpireAsync(keys["k"], TimeSpan.FromSeconds(10), nx: true));
        Assert.False(await redis.ExpireAsync(keys["k"], TimeSpan.FromSeconds(5), gt: true));
        Assert.True(await redis.ExpireAsync(keys["k"], TimeSpan.FromSeconds(5), lt: true));
        Assert.InRange((await redis.TtlAsync(keys["k"]))!.Value.TotalSeconds, 1, 5);
        Assert.True(await redis.PExpireAsync(keys["k"], TimeSpan.FromMilliseconds(20_000)));
        Assert.InRange((await redis.PTtlAsync(keys["k"]))!.Value.TotalMilliseconds, 10_000, 20_000);
        Assert.True(await redis.ExpireAtAsync(keys["k"], DateTimeOffset.UtcNow.AddMinutes(10)));
        Assert.InRange((await redis.TtlAsync(keys["k"]))!.Value.TotalSeconds, 590, 601);
        Assert.True(await redis.PExpireAtAsync(keys["k"], DateTimeOffset.UtcNow.AddMinutes(20)));
        Assert.True(await redis.PersistAsync(keys["k"]));
        Assert.False(await redis.PersistAsync(keys["k"]));
        Assert.Null(await redis.TtlAsync(keys["k"]));
        await Assert.ThrowsAsync<ArgumentException>(async () => await redis.ExpireAsync(keys["k"], TimeSpan.FromMilliseconds(1500)));

        Assert.False(await redis.PExpireAsync(keys["short"], TimeSpan.FromMilliseconds(1)));
        await redis.SetAsync(keys["short"], "v", px: TimeSpan.FromMilliseconds(30));
        await Task.Delay(100);
        Assert.Null(await redis.GetAsync(keys["short"]));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Keys_and_scan_find_every_key(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var expected = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 250; i++)
        {
            var key = keys[$"scan:{i}"];
            expected.Add(key);
            await redis.SetAsync(key, i);
        }

        await redis.HSetAsync(keys["scan:hash"], "f", "v");
        var pattern = keys.Prefix + "scan:*";

        var listed = await redis.KeysAsync(pattern);
        Assert.Equal(251, listed.Length);

        var scanned = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var key in redis.ScanIterAsync(match: pattern, count: 50, type: "string"))
        {
            scanned.Add(key);
        }

        Assert.Equal(expected, scanned);
        var first = await redis.ScanAsync(0, pattern, 10);
        Assert.NotNull(first.Items);
        Assert.Empty(await redis.KeysAsync(keys.Prefix + "nothing:*"));
    }
}
