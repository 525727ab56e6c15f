using System.Text.Json;

namespace RedisKit.IntegrationTests.Commands;

/// <summary>SETEX, PSETEX, SETNX, LCS, HRANDFIELD, HSTRLEN and XSETID, directly and in a pipeline.</summary>
public sealed class RemainingDataCommandTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Setex_psetex_and_setnx_store_with_their_conditions(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        Assert.True(await redis.SetExAsync(keys["ex"], TimeSpan.FromSeconds(100), "a"));
        Assert.InRange((await redis.TtlAsync(keys["ex"]))!.Value.TotalSeconds, 90, 100);
        Assert.True(await redis.PSetExAsync(keys["px"], TimeSpan.FromMilliseconds(100_000), "b"));
        Assert.InRange((await redis.PTtlAsync(keys["px"]))!.Value.TotalMilliseconds, 90_000, 100_000);
        Assert.Equal("b", await redis.GetAsync(keys["px"]));
        Assert.True(await redis.SetNxAsync(keys["nx"], "first"));
        Assert.False(await redis.SetNxAsync(keys["nx"], "second"));
        Assert.Equal("first", await redis.GetAsync(keys["nx"]));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.SetExAsync(keys["ex"], TimeSpan.FromMilliseconds(1500), "a"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.PSetExAsync(keys["px"], TimeSpan.Zero, "a"));

        await using var pipe = redis.Pipeline();
        var results = await pipe.SetEx(keys["p1"], TimeSpan.FromSeconds(10), "x").PSetEx(keys["p2"], TimeSpan.FromSeconds(10), "y")
            .SetNx(keys["p2"], "z").ExecuteAsync();
        Assert.Equal([true, true, false], results.Cast<bool>());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Lcs_returns_the_subsequence_its_length_and_its_matches(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        RedisKey a = keys["{lcs}a"], b = keys["{lcs}b"];
        await redis.SetAsync(a, "ohmytext");
        await redis.SetAsync(b, "mynewtext");
        Assert.Equal("mytext", await redis.LcsAsync(a, b));
        Assert.Equal(6, await redis.LcsLenAsync(a, b));

        var idx = await redis.LcsIdxAsync(a, b);
        Assert.Equal(6, idx.Length);
        Assert.Equal([new LcsMatch(4, 7, 5, 8, null), new LcsMatch(2, 3, 0, 1, null)], idx.Matches);
        var filtered = await redis.LcsIdxAsync(a, b, minMatchLen: 4, withMatchLen: true);
        Assert.Equal([new LcsMatch(4, 7, 5, 8, 4)], filtered.Matches);
        Assert.Equal(string.Empty, await redis.LcsAsync(a, keys["{lcs}missing"]));

        await using var pipe = redis.Pipeline();
        var results = await pipe.Lcs(a, b).LcsLen(a, b).LcsIdx(a, b, 4, true).ExecuteAsync();
        Assert.Equal("mytext", results[0]);
        Assert.Equal(6L, results[1]);
        Assert.Equal(4, results.Get<LcsResult>(2).Matches[0].Length);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Hrandfield_and_hstrlen_read_hashes(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        await redis.HSetAsync(keys["h"], [new("a", "1"), new("b", "22"), new("c", "333")]);
        Assert.Contains(await redis.HRandFieldAsync(keys["h"]), new[] { "a", "b", "c" });
        Assert.Null(await redis.HRandFieldAsync(keys["missing"]));
        Assert.Equal(["a", "b", "c"], (await redis.HRandFieldAsync(keys["h"], 5)).Order());
        Assert.Equal(7, (await redis.HRandFieldAsync(keys["h"], -7)).Length);
        var pairs = await redis.HRandFieldWithValuesAsync(keys["h"], 3);
        Assert.Equal([new("a", "1"), new("b", "22"), new("c", "333")], pairs.OrderBy(p => p.Key));
        Assert.Equal(4, (await redis.HRandFieldWithValuesAsync(keys["h"], -4)).Length);
        Assert.Empty(await redis.HRandFieldWithValuesAsync(keys["missing"], 3));
        Assert.Equal(3, await redis.HStrLenAsync(keys["h"], "c"));
        Assert.Equal(0, await redis.HStrLenAsync(keys["h"], "nope"));

        await using var pipe = redis.Pipeline();
        var results = await pipe.HRandField(keys["h"]).HRandField(keys["h"], 2).HRandFieldWithValues(keys["h"], 1).HStrLen(keys["h"], "b").ExecuteAsync();
        Assert.IsType<string>(results[0]);
        Assert.Equal(2, results.Get<string[]>(1).Length);
        Assert.Single(results.Get<KeyValuePair<string, string>[]>(2));
        Assert.Equal(2L, results[3]);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Xsetid_moves_the_last_id_and_counters(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var key = server.Keys()["stream"];
        await redis.XAddAsync(key, [new("f", "v")], id: "5-0");
        Assert.True(await redis.XSetIdAsync(key, "10-0", entriesAdded: 12, maxDeletedId: "9-0"));
        var info = await redis.XInfoStreamAsync(key);
        Assert.Equal("10-0", info.LastGeneratedId);
        await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.XSetIdAsync(key, "1-0"));

        await using var pipe = redis.Pipeline();
        var results = await pipe.XSetId(key, "11-0").ExecuteAsync();
        Assert.Equal(true, results[0]);
    }

    [Fact]
    public async Task Parsed_replies_are_identical_under_RESP2_and_RESP3()
    {
        await using var resp2 = server.CreateClient(2);
        await using var resp3 = server.CreateClient(3);
        var keys = server.Keys();
        await resp2.SetAsync(keys["{s}a"], "ohmytext");
        await resp2.SetAsync(keys["{s}b"], "mynewtext");
        await resp2.HSetAsync(keys["h"], [new("a", "1")]);
        Assert.Equal(Json(await resp2.LcsIdxAsync(keys["{s}a"], keys["{s}b"], 0, true)), Json(await resp3.LcsIdxAsync(keys["{s}a"], keys["{s}b"], 0, true)));
        Assert.Equal(Json(await resp2.HRandFieldWithValuesAsync(keys["h"], 1)), Json(await resp3.HRandFieldWithValuesAsync(keys["h"], 1)));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
