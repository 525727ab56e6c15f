namespace RedisKit.IntegrationTests.Pipelines;

// The pipeline forms the sorted set, set and HyperLogLog families gained when their methods came to
// be generated from the definitions: each is queued in one batch and must give the client's reply.
public sealed class SetFamilyPipelineFormTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public async Task Sequence_scan_and_bytes_forms_queue_and_give_the_clients_replies(int protocol, bool transaction)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        RedisKey a = keys["a"], b = keys["b"], z = keys["z"], h1 = keys["h1"], h2 = keys["h2"], h3 = keys["h3"];
        RedisKey inter = keys["inter"], union = keys["union"], diff = keys["diff"];
        var both = new List<RedisKey> { a, b };

        await using var pipe = redis.Pipeline(transaction);
        pipe.SAdd(a, new List<RedisValue> { "x", "y", "z" })
            .SAdd(b, new List<RedisValue> { "y", "z", "w" })
            .SMIsMember(a, new List<RedisValue> { "x", "w" })
            .SInter(both)
            .SUnion(both)
            .SDiff(both)
            .SInterStore(inter, both)
            .SUnionStore(union, both)
            .SDiffStore(diff, both)
            .SRandMemberBytes(diff)
            .SPopBytes(diff)
            .SScan(b)
            .SRem(a, new List<RedisValue> { "x", "absent" })
            .ZAdd(z, new Dictionary<RedisValue, double> { ["m1"] = 1, ["m2"] = 2 })
            .ZMScore(z, new List<RedisValue> { "m1", "absent" })
            .ZScan(z)
            .ZRem(z, new List<RedisValue> { "m1" })
            .PfAdd(h1, new List<RedisValue> { "a", "b", "c" })
            .PfAdd(h2, new List<RedisValue> { "c", "d" })
            .PfMerge(h3, new List<RedisKey> { h1, h2 })
            .PfCount(new List<RedisKey> { h3 });
        var results = await pipe.ExecuteAsync();

        Assert.Equal(21, results.Count);
        Assert.Equal(3L, results.Get<long>(0));
        Assert.Equal(3L, results.Get<long>(1));
        Assert.Equal(new[] { true, false }, results.Get<bool[]>(2));
        Assert.Equal(["y", "z"], results.Get<string[]>(3).Order());
        Assert.Equal(["w", "x", "y", "z"], results.Get<string[]>(4).Order());
        Assert.Equal(["x"], results.Get<string[]>(5));
        Assert.Equal(2L, results.Get<long>(6));
        Assert.Equal(4L, results.Get<long>(7));
        Assert.Equal(1L, results.Get<long>(8));
        Assert.Equal("x"u8.ToArray(), results.Get<byte[]?>(9));
        Assert.Equal("x"u8.ToArray(), results.Get<byte[]?>(10));
        var setPage = results.Get<ScanResult<string>>(11);
        Assert.Equal(0UL, setPage.Cursor);
        Assert.Equal(["w", "y", "z"], setPage.Items.Order());
        Assert.Equal(1L, results.Get<long>(12));
        Assert.Equal(2L, results.Get<long>(13));
        Assert.Equal(new double?[] { 1, null }, results.Get<double?[]>(14));
        var sortedPage = results.Get<ScanResult<ScoredMember>>(15);
        Assert.Equal(0UL, sortedPage.Cursor);
        Assert.Equal([new ScoredMember("m1", 1), new ScoredMember("m2", 2)], sortedPage.Items);
        Assert.Equal(1L, results.Get<long>(16));
        Assert.True(results.Get<bool>(17));
        Assert.True(results.Get<bool>(18));
        Assert.True(results.Get<bool>(19));
        Assert.Equal(4L, results.Get<long>(20));

        // The same calls on the client agree with what the pipeline left behind.
        Assert.Equal(["y", "z"], (await redis.SMembersAsync(a)).Order());
        Assert.Equal(0L, await redis.SCardAsync(diff));
        Assert.Equal([new ScoredMember("m2", 2)], await redis.ZRangeWithScoresAsync(z, 0, -1));
        Assert.Equal(4L, await redis.PfCountAsync(new List<RedisKey> { h3 }));
    }
}
