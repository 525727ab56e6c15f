namespace RedisKit.IntegrationTests.Commands;

public sealed class SetCommandTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Set_reply_shapes_are_the_same_under_both_protocols(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var key = keys["s"];
        var missing = keys["missing"];

        Assert.Equal(3, await redis.SAddAsync(key, "a", "b", "c"));
        Assert.Equal(1, await redis.SAddAsync(key, new RedisValue[] { "c", "d" }));
        Assert.Equal(4, await redis.SCardAsync(key));
        Assert.Equal(0, await redis.SCardAsync(missing));

        // A RESP3 set and a RESP2 array both come back as an array.
        Assert.Equal(["a", "b", "c", "d"], (await redis.SMembersAsync(key)).Order());
        Assert.Empty(await redis.SMembersAsync(missing));
        Assert.True(await redis.SIsMemberAsync(key, "a"));
        Assert.False(await redis.SIsMemberAsync(key, "z"));
        Assert.False(await redis.SIsMemberAsync(missing, "a"));
        Assert.Equal(new[] { true, false, true }, await redis.SMIsMemberAsync(key, "a", "z", "d"));
        Assert.Equal(new[] { false }, await redis.SMIsMemberAsync(missing, new RedisValue[] { "a" }));

        Assert.Equal(2, await redis.SRemAsync(key, "a", "b", "z"));
        Assert.Equal(0, await redis.SRemAsync(missing, new RedisValue[] { "a" }));
        Assert.Equal(["c", "d"], (await redis.SMembersAsync(key)).Order());

        Assert.True(await redis.SMoveAsync(key, keys["other"], "c"));
        Assert.False(await redis.SMoveAsync(key, keys["other"], "c"));
        Assert.Equal(["c"], await redis.SMembersAsync(keys["other"]));
        Assert.Equal(["d"], await redis.SMembersAsync(key));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Spop_and_srandmember_with_and_without_a_count(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var key = keys["s"];
        var missing = keys["missing"];
        string[] members = ["m1", "m2", "m3", "m4", "m5"];
        await redis.SAddAsync(key, members.Select(m => (RedisValue)m));

        var random = await redis.SRandMemberAsync(key);
        Assert.Contains(random, members);
        Assert.Contains(System.Text.Encoding.UTF8.GetString((await redis.SRandMemberBytesAsync(key))!), members);
        var three = await redis.SRandMemberAsync(key, 3);
        Assert.Equal(3, three.Distinct().Count());
        Assert.All(three, m => Assert.Contains(m, members));
        Assert.Equal(5, (await redis.SRandMemberAsync(key, 10)).Length);

        // A negative count may repeat members and returns exactly that many.
        var repeated = await redis.SRandMemberAsync(key, -12);
        Assert.Equal(12, repeated.Length);
        Assert.All(repeated, m => Assert.Contains(m, members));
        Assert.Equal(5, await redis.SCardAsync(key));
        Assert.Null(await redis.SRandMemberAsync(missing));
        Assert.Null(await redis.SRandMemberBytesAsync(missing));
        Assert.Empty(await redis.SRandMemberAsync(missing, 3));
        Assert.Empty(await redis.SRandMemberAsync(missing, -3));

        var popped = await redis.SPopAsync(key);
        Assert.Contains(popped, members);
        var poppedBytes = System.Text.Encoding.UTF8.GetString((await redis.SPopBytesAsync(key))!);
        Assert.Contains(poppedBytes, members);
        Assert.NotEqual(popped, poppedBytes);
        var rest = await redis.SPopAsync(key, 2);
        Assert.Equal(2, rest.Length);
        Assert.Equal(1, await redis.SCardAsync(key));
        Assert.Single(await redis.SPopAsync(key, 10));
        Assert.Empty(await redis.SPopAsync(key, 10));
        Assert.Null(await redis.SPopAsync(missing));
        Assert.Null(await redis.SPopBytesAsync(missing));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Intersections_unions_differences_and_their_stored_forms(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var (a, b, c, missing, dest) = (keys["a"], keys["b"], keys["c"], keys["missing"], keys["dest"]);
        await redis.SAddAsync(a, "1", "2", "3", "4");
        await redis.SAddAsync(b, "3", "4", "5");
        await redis.SAddAsync(c, "4", "6");

        Assert.Equal(["3", "4"], (await redis.SInterAsync(a, b)).Order());
        Assert.Equal(["4"], await redis.SInterAsync([a, b, c]));
        Assert.Empty(await redis.SInterAsync(a, missing));
        Assert.Equal(["1", "2", "3", "4", "5", "6"], (await redis.SUnionAsync(a, b, c)).Order());
        Assert.Equal(["1", "2", "3", "4"], (await redis.SUnionAsync([a, missing])).Order());
        Assert.Equal(["1", "2"], (await redis.SDiffAsync(a, b)).Order());
        Assert.Equal(["1", "2", "3"], (await redis.SDiffAsync([a, c])).Order());
        Assert.Empty(await redis.SDiffAsync(missing, a));

        Assert.Equal(2, await redis.SInterStoreAsync(dest, a, b));
        Assert.Equal(["3", "4"], (await redis.SMembersAsync(dest)).Order());
        Assert.Equal(6, await redis.SUnionStoreAsync(dest, [a, b, c]));
        Assert.Equal(6, await redis.SCardAsync(dest));
        Assert.Equal(2, await redis.SDiffStoreAsync(dest, a, b));
        Assert.Equal(["1", "2"], (await redis.SMembersAsync(dest)).Order());

        // An empty result deletes the destination.
        Assert.Equal(0, await redis.SInterStoreAsync(dest, [a, missing]));
        Assert.Equal(0, await redis.ExistsAsync(dest));

        Assert.Equal(2, await redis.SInterCardAsync([a, b]));
        Assert.Equal(1, await redis.SInterCardAsync([a, b, c]));
        Assert.Equal(1, await redis.SInterCardAsync([a, b], limit: 1));
        Assert.Equal(4, await redis.SInterCardAsync([a], limit: 0));
        Assert.Equal(0, await redis.SInterCardAsync([a, missing]));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Sscan_visits_every_member(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var key = server.Keys()["big"];
        await redis.SAddAsync(key, Enumerable.Range(0, 300).Select(i => (RedisValue)$"m{i}"));

        var seen = new HashSet<string>();
        await foreach (var member in redis.SScanIterAsync(key, count: 40))
        {
            seen.Add(member);
        }

        Assert.Equal(300, seen.Count);
        Assert.Contains("m299", seen);

        var matched = new HashSet<string>();
        await foreach (var member in redis.SScanIterAsync(key, match: "m1?"))
        {
            matched.Add(member);
        }

        Assert.Equal(10, matched.Count);

        var first = await redis.SScanAsync(key, 0, count: 10);
        Assert.NotEmpty(first.Items);
        Assert.NotEqual(0UL, first.Cursor);
        await foreach (var member in redis.SScanIterAsync(server.Keys()["missing"]))
        {
            Assert.Fail($"A missing set has no member, yet {member} came back.");
        }
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public async Task Set_commands_queue_in_a_pipeline(int protocol, bool transaction)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var (a, b, dest) = (keys["a"], keys["b"], keys["dest"]);
        await using var pipe = redis.Pipeline(transaction);
        var results = await pipe
            .SAdd(a, "1", "2", "3")
            .SAdd(b, "2", "3", "4")
            .SRem(a, "1")
            .SIsMember(a, "2")
            .SMIsMember(a, "1", "2")
            .SCard(a)
            .SMembers(a)
            .SInter(a, b)
            .SUnion(a, b)
            .SDiff(b, a)
            .SInterStore(dest, a, b)
            .SUnionStore(dest, a, b)
            .SDiffStore(dest, b, a)
            .SInterCard([a, b], 1)
            .SMove(b, a, "4")
            .SRandMember(dest)
            .SRandMember(dest, -2)
            .SPop(dest)
            .SPop(dest, 3)
            .ExecuteAsync();

        Assert.Equal(19, results.Count);
        Assert.Equal(3L, results.Get<long>(0));
        Assert.Equal(3L, results.Get<long>(1));
        Assert.Equal(1L, results.Get<long>(2));
        Assert.True(results.Get<bool>(3));
        Assert.Equal([false, true], results.Get<bool[]>(4));
        Assert.Equal(2L, results.Get<long>(5));
        Assert.Equal(["2", "3"], results.Get<string[]>(6).Order());
        Assert.Equal(["2", "3"], results.Get<string[]>(7).Order());
        Assert.Equal(["2", "3", "4"], results.Get<string[]>(8).Order());
        Assert.Equal(["4"], results.Get<string[]>(9));
        Assert.Equal(2L, results.Get<long>(10));
        Assert.Equal(3L, results.Get<long>(11));
        Assert.Equal(1L, results.Get<long>(12));
        Assert.Equal(1L, results.Get<long>(13));
        Assert.True(results.Get<bool>(14));
        Assert.Equal("4", results.Get<string>(15));
        Assert.Equal(["4", "4"], results.Get<string[]>(16));
        Assert.Equal("4", results.Get<string>(17));
        Assert.Empty(results.Get<string[]>(18));
        Assert.Equal(["2", "3", "4"], (await redis.SMembersAsync(a)).Order());
    }

    [Fact]
    public async Task Bad_arguments_fail_before_anything_is_sent_and_name_the_argument()
    {
        await using var redis = server.CreateClient(3);
        var key = server.Keys()["k"];

        Assert.Equal("values", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.SAddAsync(key, Array.Empty<RedisValue>()))).ParamName);
        Assert.Equal("values", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await redis.SRemAsync(key, RedisValue.FromString(null)))).ParamName);
        Assert.Equal("value", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await redis.SIsMemberAsync(key, RedisValue.FromString(null)))).ParamName);
        Assert.Equal("source", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await redis.SMoveAsync((string?)null, key, "m"))).ParamName);
        Assert.Equal("count", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.SPopAsync(key, -1))).ParamName);
        Assert.Equal("keys", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.SInterAsync())).ParamName);
        Assert.Equal("keys", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.SUnionStoreAsync(key))).ParamName);
        Assert.Equal("destination", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await redis.SDiffStoreAsync((string?)null, key))).ParamName);
        Assert.Equal("keys", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.SInterCardAsync([]))).ParamName);
        Assert.Equal("limit", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.SInterCardAsync([key], -1))).ParamName);
    }
}
