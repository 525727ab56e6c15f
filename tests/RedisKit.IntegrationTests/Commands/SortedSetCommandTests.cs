namespace RedisKit.IntegrationTests.Commands;

public sealed class SortedSetCommandTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    private static readonly Dictionary<RedisValue, double> Board = new() { ["a"] = 1, ["b"] = 2, ["c"] = 3, ["d"] = 4, ["e"] = 5 };

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Zadd_options_and_scores(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var key = keys["z"];

        Assert.Equal(3, await redis.ZAddAsync(key, new Dictionary<RedisValue, double> { ["a"] = 1, ["b"] = 2, ["c"] = 3 }));
        Assert.Equal(0, await redis.ZAddAsync(key, "a", 5, nx: true));
        Assert.Equal(1.0, await redis.ZScoreAsync(key, "a"));
        Assert.Equal(1, await redis.ZAddAsync(key, "a", 5, xx: true, ch: true));
        Assert.Equal(0, await redis.ZAddAsync(key, "a", 4, xx: true, gt: true, ch: true));
        Assert.Equal(1, await redis.ZAddAsync(key, "a", 4, lt: true, ch: true));
        Assert.Equal(4.0, await redis.ZScoreAsync(key, "a"));
        Assert.Equal(0, await redis.ZAddAsync(key, "z", 1, xx: true));
        Assert.Null(await redis.ZScoreAsync(key, "z"));
        Assert.Null(await redis.ZScoreAsync(keys["missing"], "a"));

        Assert.Equal(2.5, await redis.ZAddIncrAsync(key, "b", 0.5));
        Assert.Null(await redis.ZAddIncrAsync(key, "new", 1, xx: true));
        Assert.Null(await redis.ZAddIncrAsync(key, "b", -1, gt: true));
        Assert.Equal(4.0, await redis.ZIncrByAsync(key, 1.5, "b"));
        Assert.Equal(-2.0, await redis.ZIncrByAsync(key, -2, "fresh"));
        Assert.Equal(new double?[] { 4, null, 4 }, await redis.ZMScoreAsync(key, "a", "missing", "b"));

        Assert.Equal(1, await redis.ZAddAsync(key, "top", double.PositiveInfinity));
        Assert.Equal(1, await redis.ZAddAsync(key, "bottom", double.NegativeInfinity));
        Assert.Equal(double.PositiveInfinity, await redis.ZScoreAsync(key, "top"));
        Assert.Equal(new ScoredMember("bottom", double.NegativeInfinity), (await redis.ZRangeWithScoresAsync(key, 0, 0))[0]);
        Assert.Equal(6, await redis.ZCardAsync(key));
        Assert.Equal(0, await redis.ZCardAsync(keys["missing"]));

        Assert.Equal("nx", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.ZAddAsync(key, "a", 1, nx: true, xx: true))).ParamName);
        Assert.Equal("nx", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.ZAddAsync(key, "a", 1, nx: true, gt: true))).ParamName);
        Assert.Equal("gt", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.ZAddIncrAsync(key, "a", 1, gt: true, lt: true))).ParamName);
        Assert.Equal("mapping", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.ZAddAsync(key, new Dictionary<RedisValue, double>()))).ParamName);
        Assert.Equal("score", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.ZAddAsync(key, "a", double.NaN))).ParamName);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Ranges_by_index_score_and_lex(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var key = keys["board"];
        await redis.ZAddAsync(key, Board);

        Assert.Equal(["a", "b", "c", "d", "e"], await redis.ZRangeAsync(key, 0, -1));
        Assert.Equal(["e", "d"], await redis.ZRangeAsync(key, 0, 1, desc: true));
        Assert.Equal([new ScoredMember("a", 1), new ScoredMember("b", 2)], await redis.ZRangeWithScoresAsync(key, 0, 1));
        Assert.Equal([new ScoredMember("e", 5)], await redis.ZRangeWithScoresAsync(key, 0, 0, desc: true));
        Assert.Empty(await redis.ZRangeWithScoresAsync(keys["missing"], 0, -1));
        Assert.Empty(await redis.ZRangeAsync(keys["missing"], 0, -1));

        Assert.Equal(["b", "c"], await redis.ZRangeAsync(key, ScoreBound.Exclusive(1), 3));
        Assert.Equal(["e", "d"], await redis.ZRangeAsync(key, ScoreBound.PositiveInfinity, ScoreBound.Exclusive(3), desc: true));
        Assert.Equal([new ScoredMember("b", 2), new ScoredMember("c", 3)],
            await redis.ZRangeWithScoresAsync(key, ScoreBound.NegativeInfinity, double.PositiveInfinity, offset: 1, num: 2));
        Assert.Equal(["b", "c", "d"], await redis.ZRangeByScoreAsync(key, 2, 4));
        Assert.Equal(["c"], await redis.ZRangeByScoreAsync(key, 2, 4, start: 1, num: 1));
        Assert.Equal([new ScoredMember("d", 4), new ScoredMember("e", 5)],
            await redis.ZRangeByScoreWithScoresAsync(key, ScoreBound.Parse("(3"), ScoreBound.Parse("+inf")));
        Assert.Equal(["d", "c", "b"], await redis.ZRevRangeByScoreAsync(key, 4, 2));
        Assert.Equal([new ScoredMember("e", 5)], await redis.ZRevRangeByScoreWithScoresAsync(key, double.PositiveInfinity, ScoreBound.Exclusive(4)));
        Assert.Equal(["e", "d"], await redis.ZRevRangeAsync(key, 0, 1));
        Assert.Equal([new ScoredMember("a", 1)], await redis.ZRevRangeWithScoresAsync(key, -1, -1));
        Assert.Equal(2, await redis.ZCountAsync(key, ScoreBound.Exclusive(1), 3));
        Assert.Equal(5, await redis.ZCountAsync(key, ScoreBound.NegativeInfinity, ScoreBound.PositiveInfinity));
        Assert.Equal(2, await redis.ZRankAsync(key, "c"));
        Assert.Equal(0, await redis.ZRevRankAsync(key, "e"));
        Assert.Null(await redis.ZRankAsync(key, "missing"));
        Assert.Null(await redis.ZRevRankAsync(keys["missing"], "a"));

        var lex = keys["lex"];
        await redis.ZAddAsync(lex, new Dictionary<RedisValue, double> { ["a"] = 0, ["b"] = 0, ["c"] = 0, ["d"] = 0, ["e"] = 0 });
        Assert.Equal(["b", "c"], await redis.ZRangeAsync(lex, LexBound.Inclusive("b"), LexBound.Exclusive("d")));
        Assert.Equal(["e", "d"], await redis.ZRangeAsync(lex, LexBound.Max, LexBound.Min, desc: true, offset: 0, num: 2));
        Assert.Equal(["a", "b"], await redis.ZRangeByLexAsync(lex, LexBound.Min, LexBound.Inclusive("b")));
        Assert.Equal(["b"], await redis.ZRangeByLexAsync(lex, LexBound.Min, LexBound.Max, start: 1, num: 1));
        Assert.Equal(["d", "c"], await redis.ZRevRangeByLexAsync(lex, LexBound.Parse("(e"), LexBound.Parse("[c")));
        Assert.Equal(["c", "d", "e"], await redis.ZRangeByLexAsync(lex, LexBound.Inclusive("c"u8.ToArray()), LexBound.Max));
        Assert.Equal(5, await redis.ZLexCountAsync(lex, LexBound.Min, LexBound.Max));
        Assert.Equal(2, await redis.ZLexCountAsync(lex, LexBound.Exclusive("a"), LexBound.Inclusive("c")));

        Assert.Equal(2, await redis.ZRangeStoreAsync(keys["top2"], key, 0, 1, desc: true));
        Assert.Equal(["d", "e"], await redis.ZRangeAsync(keys["top2"], 0, -1));
        Assert.Equal(3, await redis.ZRangeStoreAsync(keys["mid"], key, 2, 4));
        Assert.Equal(1, await redis.ZRangeStoreAsync(keys["one"], key, ScoreBound.NegativeInfinity, ScoreBound.PositiveInfinity, offset: 4, num: 10));
        Assert.Equal(2, await redis.ZRangeStoreAsync(keys["lexcopy"], lex, LexBound.Exclusive("c"), LexBound.Max));
        Assert.Equal(["d", "e"], await redis.ZRangeAsync(keys["lexcopy"], 0, -1));

        Assert.Equal("num", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.ZRangeAsync(key, 1, 2.5, offset: 1))).ParamName);
        Assert.Equal("start", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.ZRangeByScoreAsync(key, 1, 2, num: 1))).ParamName);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Removals_and_pops(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var key = keys["z"];
        await redis.ZAddAsync(key, Board);

        Assert.Equal(1, await redis.ZRemAsync(key, "a", "missing"));
        Assert.Equal(1, await redis.ZRemRangeByRankAsync(key, 0, 0));
        Assert.Equal(1, await redis.ZRemRangeByScoreAsync(key, ScoreBound.Exclusive(4), double.PositiveInfinity));
        Assert.Equal(["c", "d"], await redis.ZRangeAsync(key, 0, -1));
        Assert.Equal(0, await redis.ZRemRangeByLexAsync(key, LexBound.Exclusive("d"), LexBound.Max));

        await redis.ZAddAsync(key, Board);
        Assert.Equal([new ScoredMember("a", 1)], await redis.ZPopMinAsync(key));
        Assert.Equal([new ScoredMember("b", 2), new ScoredMember("c", 3)], await redis.ZPopMinAsync(key, 2));
        Assert.Equal([new ScoredMember("e", 5)], await redis.ZPopMaxAsync(key));
        Assert.Equal([new ScoredMember("d", 4)], await redis.ZPopMaxAsync(key, 5));
        Assert.Empty(await redis.ZPopMinAsync(key));
        Assert.Empty(await redis.ZPopMaxAsync(key, 3));

        await redis.ZAddAsync(key, Board);
        var popped = await redis.ZMPopAsync([keys["empty"], key], min: true, count: 2);
        Assert.NotNull(popped);
        Assert.Equal(key, popped.Value.Key);
        Assert.Equal([new ScoredMember("a", 1), new ScoredMember("b", 2)], popped.Value.Members);
        var highest = await redis.ZMPopAsync([key], max: true);
        Assert.Equal([new ScoredMember("e", 5)], highest!.Value.Members);
        Assert.Null(await redis.ZMPopAsync([keys["empty"], keys["empty2"]], max: true));
        Assert.Equal("min", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.ZMPopAsync([key]))).ParamName);
        Assert.Equal("min", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.ZMPopAsync([key], min: true, max: true))).ParamName);
        Assert.Equal("keys", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.ZMPopAsync([], min: true))).ParamName);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Unions_intersections_and_differences(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        RedisKey s1 = keys["s1"], s2 = keys["s2"];
        await redis.ZAddAsync(s1, new Dictionary<RedisValue, double> { ["a"] = 1, ["b"] = 2, ["c"] = 3 });
        await redis.ZAddAsync(s2, new Dictionary<RedisValue, double> { ["b"] = 10, ["c"] = 20, ["d"] = 30 });

        Assert.Equal(["a", "b", "c", "d"], await redis.ZUnionAsync([s1, s2]));
        Assert.Equal([new ScoredMember("a", 1), new ScoredMember("b", 12), new ScoredMember("c", 23), new ScoredMember("d", 30)],
            await redis.ZUnionWithScoresAsync([s1, s2]));
        Assert.Equal([new ScoredMember("a", 2), new ScoredMember("b", 10), new ScoredMember("c", 20), new ScoredMember("d", 30)],
            await redis.ZUnionWithScoresAsync([s1, s2], weights: [2, 1], aggregate: SortedSetAggregate.Max));
        Assert.Equal(["b", "c"], await redis.ZInterAsync([s1, s2]));
        Assert.Equal([new ScoredMember("b", 2), new ScoredMember("c", 3)], await redis.ZInterWithScoresAsync([s1, s2], aggregate: SortedSetAggregate.Min));
        Assert.Equal(["a"], await redis.ZDiffAsync([s1, s2]));
        Assert.Equal([new ScoredMember("a", 1)], await redis.ZDiffWithScoresAsync([s1, s2]));
        Assert.Empty(await redis.ZDiffWithScoresAsync([keys["missing"], s1]));

        Assert.Equal(4, await redis.ZUnionStoreAsync(keys["u"], [s1, s2]));
        Assert.Equal(23.0, await redis.ZScoreAsync(keys["u"], "c"));
        Assert.Equal(2, await redis.ZInterStoreAsync(keys["i"], [s1, s2], weights: [1, 0.5]));
        Assert.Equal(7.0, await redis.ZScoreAsync(keys["i"], "b"));
        Assert.Equal(2, await redis.ZInterStoreAsync(keys["i"], [s1, s2], aggregate: SortedSetAggregate.Max));
        Assert.Equal(20.0, await redis.ZScoreAsync(keys["i"], "c"));
        Assert.Equal(1, await redis.ZDiffStoreAsync(keys["d"], [s2, s1]));
        Assert.Equal(["d"], await redis.ZRangeAsync(keys["d"], 0, -1));

        Assert.Equal(2, await redis.ZInterCardAsync([s1, s2]));
        Assert.Equal(1, await redis.ZInterCardAsync([s1, s2], limit: 1));
        Assert.Equal(0, await redis.ZInterCardAsync([s1, keys["missing"]]));

        Assert.Equal("weights", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.ZUnionAsync([s1, s2], weights: [1]))).ParamName);
        Assert.Equal("keys", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.ZInterAsync([]))).ParamName);
        Assert.Equal("aggregate", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.ZUnionAsync([s1], aggregate: (SortedSetAggregate)9))).ParamName);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Random_members(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var key = keys["z"];
        await redis.ZAddAsync(key, new Dictionary<RedisValue, double> { ["a"] = 1, ["b"] = 2, ["c"] = 3 });

        var one = await redis.ZRandMemberAsync(key);
        Assert.NotNull(one);
        Assert.Contains(one, new[] { "a", "b", "c" });
        Assert.Null(await redis.ZRandMemberAsync(keys["missing"]));
        var two = await redis.ZRandMemberAsync(key, 2);
        Assert.Equal(2, two.Distinct().Count());
        Assert.Equal(5, (await redis.ZRandMemberAsync(key, -5)).Length);
        Assert.Empty(await redis.ZRandMemberAsync(keys["missing"], 2));

        var all = await redis.ZRandMemberWithScoresAsync(key, 3);
        Assert.Equal([new ScoredMember("a", 1), new ScoredMember("b", 2), new ScoredMember("c", 3)], all.OrderBy(m => m.Score));
        var repeated = await redis.ZRandMemberWithScoresAsync(key, -4);
        Assert.Equal(4, repeated.Length);
        Assert.All(repeated, m => Assert.Equal(m.Member[0] - 'a' + 1, m.Score));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Zscan_visits_every_member_with_its_score(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var key = server.Keys()["big"];
        var mapping = Enumerable.Range(0, 300).ToDictionary(i => (RedisValue)$"m{i}", i => i + 0.5);
        await redis.ZAddAsync(key, mapping);

        var seen = new Dictionary<string, double>();
        await foreach (var (member, score) in redis.ZScanIterAsync(key, count: 40))
        {
            seen[member] = score;
        }

        Assert.Equal(300, seen.Count);
        Assert.Equal(299.5, seen["m299"]);
        var matched = new List<ScoredMember>();
        await foreach (var item in redis.ZScanIterAsync(key, match: "m1?"))
        {
            matched.Add(item);
        }

        Assert.Equal(10, matched.Count);
        var small = server.Keys()["small"];
        await redis.ZAddAsync(small, "x", 1.25);
        var page = await redis.ZScanAsync(small);
        Assert.Equal(0UL, page.Cursor);
        Assert.Equal([new ScoredMember("x", 1.25)], page.Items);
    }

    [Fact]
    public async Task Replies_are_identical_under_resp2_and_resp3()
    {
        await using var resp2 = server.CreateClient(2);
        await using var resp3 = server.CreateClient(3);
        var keys = server.Keys();
        RedisKey key = keys["z"], other = keys["other"];
        await resp2.ZAddAsync(key, new Dictionary<RedisValue, double> { ["a"] = 1.5, ["b"] = -2, ["c"] = 1e300, ["d"] = double.PositiveInfinity });
        await resp2.ZAddAsync(other, new Dictionary<RedisValue, double> { ["a"] = 1, ["z"] = 0.1 });

        foreach (var read in new Func<RedisClient, Task<object>>[]
        {
            async r => await r.ZRangeWithScoresAsync(key, 0, -1),
            async r => await r.ZRangeWithScoresAsync(key, ScoreBound.NegativeInfinity, ScoreBound.PositiveInfinity, desc: false),
            async r => await r.ZRangeByScoreWithScoresAsync(key, -2, 2),
            async r => await r.ZRevRangeWithScoresAsync(key, 0, -1),
            async r => await r.ZUnionWithScoresAsync([key, other]),
            async r => await r.ZInterWithScoresAsync([key, other]),
            async r => await r.ZDiffWithScoresAsync([key, other]),
            async r => await r.ZMScoreAsync(key, "a", "x", "d"),
            async r => (await r.ZScoreAsync(key, "c"))!,
            async r => (await r.ZRandMemberWithScoresAsync(key, 4)).OrderBy(m => m.Score).ToArray(),
            async r => (await r.ZScanAsync(key)).Items,
        })
        {
            Assert.Equal(await read(resp2), await read(resp3));
        }

        await resp2.ZAddAsync(keys["p2"], new Dictionary<RedisValue, double> { ["a"] = 1, ["b"] = 2, ["c"] = 3 });
        await resp3.ZAddAsync(keys["p3"], new Dictionary<RedisValue, double> { ["a"] = 1, ["b"] = 2, ["c"] = 3 });
        Assert.Equal(await resp2.ZPopMinAsync(keys["p2"]), await resp3.ZPopMinAsync(keys["p3"]));
        Assert.Equal(await resp2.ZPopMaxAsync(keys["p2"], 1), await resp3.ZPopMaxAsync(keys["p3"], 1));
        Assert.Equal((await resp2.ZMPopAsync([keys["p2"]], min: true))!.Value.Members, (await resp3.ZMPopAsync([keys["p3"]], min: true))!.Value.Members);
        Assert.Equal(await resp2.ZIncrByAsync(keys["p2"], 0.25, "n"), await resp3.ZIncrByAsync(keys["p3"], 0.25, "n"));
        Assert.Equal(await resp2.ZAddIncrAsync(keys["p2"], "n", 0.25), await resp3.ZAddIncrAsync(keys["p3"], "n", 0.25));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public async Task Sorted_set_commands_queue_in_a_pipeline(int protocol, bool transaction)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var key = keys["z"];
        await using var pipe = redis.Pipeline(transaction);
        var results = await pipe
            .ZAdd(key, Board)
            .ZAddIncr(key, "a", 10)
            .ZRangeWithScores(key, 0, 1)
            .ZRangeByScore(key, ScoreBound.Exclusive(2), 4)
            .ZScore(key, "missing")
            .ZMScore(key, "b", "missing")
            .ZPopMax(key)
            .ZMPop([keys["none"]], min: true)
            .ZRange(key, LexBound.Min, LexBound.Max)
            .ZCard(key)
            .ExecuteAsync();

        Assert.Equal(5L, results.Get<long>(0));
        Assert.Equal(11.0, results.Get<double?>(1));
        Assert.Equal([new ScoredMember("b", 2), new ScoredMember("c", 3)], results.Get<ScoredMember[]>(2));
        Assert.Equal(["c", "d"], results.Get<string[]>(3));
        Assert.Null(results.Get<double?>(4));
        Assert.Equal(new double?[] { 2, null }, results.Get<double?[]>(5));
        Assert.Equal([new ScoredMember("a", 11)], results.Get<ScoredMember[]>(6));
        Assert.Null(results.Get<SortedSetPopResult?>(7));
        Assert.Equal(4, results.Get<string[]>(8).Length);
        Assert.Equal(4L, results.Get<long>(9));
    }
}
