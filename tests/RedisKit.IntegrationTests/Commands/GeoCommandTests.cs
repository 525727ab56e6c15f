namespace RedisKit.IntegrationTests.Commands;

public sealed class GeoCommandTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    private static readonly GeoEntry[] Sicily = [new(13.361389, 38.115556, "Palermo"), new(15.087269, 37.502669, "Catania")];

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Add_distance_hash_and_position(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var key = keys["sicily"];

        Assert.Equal(2, await redis.GeoAddAsync(key, Sicily));
        Assert.Equal(0, await redis.GeoAddAsync(key, 13.361389, 38.115556, "Palermo"));
        Assert.Equal(0, await redis.GeoAddAsync(key, 13.5, 38.2, "Palermo", nx: true, ch: true));
        Assert.Equal(0, await redis.GeoAddAsync(key, 12.5, 37.8, "Marsala", xx: true));
        Assert.Equal(1, await redis.GeoAddAsync(key, 13.4, 38.1, "Palermo", xx: true, ch: true));
        Assert.Equal(0, await redis.GeoAddAsync(key, 13.361389, 38.115556, "Palermo", xx: true));
        Assert.Equal(1, await redis.GeoAddAsync(key, 12.437, 37.799, "Marsala", nx: true));

        Assert.Equal(166274.1516, (await redis.GeoDistAsync(key, "Palermo", "Catania"))!.Value, 3);
        Assert.Equal(166.2742, (await redis.GeoDistAsync(key, "Palermo", "Catania", GeoUnit.Kilometers))!.Value, 3);
        Assert.Equal(103.3182, (await redis.GeoDistAsync(key, "Palermo", "Catania", GeoUnit.Miles))!.Value, 3);
        Assert.Null(await redis.GeoDistAsync(key, "Palermo", "Atlantis"));
        Assert.Null(await redis.GeoDistAsync(keys["missing"], "Palermo", "Catania"));

        Assert.Equal(new string?[] { "sqc8b49rny0", "sqdtr74hyu0", null }, await redis.GeoHashAsync(key, "Palermo", "Catania", "Atlantis"));
        var positions = await redis.GeoPosAsync(key, "Palermo", "Atlantis");
        Assert.Equal(2, positions.Length);
        Assert.Equal(13.361389, positions[0]!.Value.Longitude, 5);
        Assert.Equal(38.115556, positions[0]!.Value.Latitude, 5);
        Assert.Null(positions[1]);
        Assert.Equal([null], await redis.GeoPosAsync(keys["missing"], "Palermo"));

        Assert.Equal("nx", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.GeoAddAsync(key, 1, 2, "x", nx: true, xx: true))).ParamName);
        Assert.Equal("values", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.GeoAddAsync(key, Array.Empty<GeoEntry>()))).ParamName);
        Assert.Equal("ERR", (await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.GeoAddAsync(key, 13, 89, "pole"))).Prefix);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Search_by_radius_and_box_with_every_option(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var key = keys["sicily"];
        await redis.GeoAddAsync(key, Sicily);
        await redis.GeoAddAsync(key, [new GeoEntry(12.758489, 38.788135, "edge1"), new GeoEntry(17.241510, 38.788135, "edge2")]);

        var plain = await redis.GeoSearchAsync(key, longitude: 15, latitude: 37, radius: 200, unit: GeoUnit.Kilometers, sort: GeoSortOrder.Ascending);
        Assert.Equal([new GeoSearchResult("Catania"), new GeoSearchResult("Palermo")], plain);

        var full = await redis.GeoSearchAsync(key, longitude: 15, latitude: 37, radius: 200, unit: GeoUnit.Kilometers, sort: GeoSortOrder.Ascending,
            withCoord: true, withDist: true, withHash: true);
        Assert.Equal(["Catania", "Palermo"], full.Select(r => r.Member));
        Assert.Equal(56.4413, full[0].Distance!.Value, 3);
        Assert.Equal(190.4424, full[1].Distance!.Value, 3);
        Assert.Equal(3479447370796909, full[0].Hash);
        Assert.Equal(3479099956230698, full[1].Hash);
        Assert.Equal(15.087269, full[0].Position!.Value.Longitude, 5);
        Assert.Equal(37.502669, full[0].Position!.Value.Latitude, 5);

        var onlyDist = await redis.GeoSearchAsync(key, member: "Palermo", radius: 50, unit: GeoUnit.Kilometers, withDist: true);
        var palermo = Assert.Single(onlyDist);
        Assert.Equal("Palermo", palermo.Member);
        Assert.Equal(0, palermo.Distance!.Value, 3);
        Assert.Null(palermo.Hash);
        Assert.Null(palermo.Position);

        var onlyCoord = await redis.GeoSearchAsync(key, member: "Catania", radius: 1, withCoord: true);
        Assert.Equal(37.502669, Assert.Single(onlyCoord).Position!.Value.Latitude, 5);
        var onlyHash = await redis.GeoSearchAsync(key, member: "Catania", radius: 1, withHash: true);
        Assert.Equal(3479447370796909, Assert.Single(onlyHash).Hash);

        var box = await redis.GeoSearchAsync(key, longitude: 15, latitude: 37, width: 400, height: 400, unit: GeoUnit.Kilometers, sort: GeoSortOrder.Descending);
        // edge1 and edge2 are equally far from the center, so only their place as a pair is certain.
        Assert.Equal(["edge1", "edge2"], box.Take(2).Select(r => r.Member).Order());
        Assert.Equal(["Palermo", "Catania"], box.Skip(2).Select(r => r.Member));
        var nearest = await redis.GeoSearchAsync(key, longitude: 15, latitude: 37, width: 400, height: 400, unit: GeoUnit.Kilometers, sort: GeoSortOrder.Ascending, count: 1);
        Assert.Equal("Catania", Assert.Single(nearest).Member);
        Assert.Single(await redis.GeoSearchAsync(key, longitude: 15, latitude: 37, radius: 500, unit: GeoUnit.Kilometers, count: 1, any: true));
        Assert.Empty(await redis.GeoSearchAsync(keys["missing"], longitude: 15, latitude: 37, radius: 1));
        Assert.Equal(4, (await redis.GeoSearchAsync(key, longitude: 15, latitude: 37, radius: 400 * 0.621371, unit: GeoUnit.Miles)).Length);
        Assert.Equal(2, (await redis.GeoSearchAsync(key, longitude: 15, latitude: 37, radius: 200_000 * 3.28084, unit: GeoUnit.Feet)).Length);

        Assert.Equal(2, await redis.GeoSearchStoreAsync(keys["near"], key, longitude: 15, latitude: 37, radius: 200, unit: GeoUnit.Kilometers));
        Assert.Equal(new string?[] { "sqc8b49rny0" }, await redis.GeoHashAsync(keys["near"], "Palermo"));
        Assert.Equal(1, await redis.GeoSearchStoreAsync(keys["dist"], key, longitude: 15, latitude: 37, radius: 200, unit: GeoUnit.Kilometers,
            sort: GeoSortOrder.Ascending, count: 1, storeDist: true));
        Assert.Equal(56.4413, (await redis.ZScoreAsync(keys["dist"], "Catania"))!.Value, 3);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Malformed_searches_are_refused_before_sending(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var key = server.Keys()["g"];

        async Task<string?> ParamOf(Func<ValueTask<GeoSearchResult[]>> search) => (await Assert.ThrowsAnyAsync<ArgumentException>(async () => await search())).ParamName;

        Assert.Equal("member", await ParamOf(() => redis.GeoSearchAsync(key, radius: 1)));
        Assert.Equal("member", await ParamOf(() => redis.GeoSearchAsync(key, member: "m", longitude: 1, latitude: 2, radius: 1)));
        Assert.Equal("latitude", await ParamOf(() => redis.GeoSearchAsync(key, longitude: 1, radius: 1)));
        Assert.Equal("radius", await ParamOf(() => redis.GeoSearchAsync(key, member: "m")));
        Assert.Equal("radius", await ParamOf(() => redis.GeoSearchAsync(key, member: "m", radius: 1, width: 1, height: 1)));
        Assert.Equal("height", await ParamOf(() => redis.GeoSearchAsync(key, member: "m", width: 1)));
        Assert.Equal("any", await ParamOf(() => redis.GeoSearchAsync(key, member: "m", radius: 1, any: true)));
        Assert.Equal("count", await ParamOf(() => redis.GeoSearchAsync(key, member: "m", radius: 1, count: 0)));
        Assert.Equal("radius", await ParamOf(() => redis.GeoSearchAsync(key, member: "m", radius: -1)));
        Assert.Equal("unit", await ParamOf(() => redis.GeoSearchAsync(key, member: "m", radius: 1, unit: (GeoUnit)7)));
    }

    [Fact]
    public async Task Replies_are_identical_under_resp2_and_resp3()
    {
        await using var resp2 = server.CreateClient(2);
        await using var resp3 = server.CreateClient(3);
        var key = server.Keys()["sicily"];
        await resp2.GeoAddAsync(key, Sicily);

        foreach (var read in new Func<RedisClient, Task<object>>[]
        {
            async r => (await r.GeoDistAsync(key, "Palermo", "Catania", GeoUnit.Feet))!,
            async r => await r.GeoHashAsync(key, "Palermo", "x"),
            async r => await r.GeoPosAsync(key, "Catania", "x", "Palermo"),
            async r => await r.GeoSearchAsync(key, longitude: 15, latitude: 37, radius: 200, unit: GeoUnit.Kilometers, sort: GeoSortOrder.Ascending,
                withCoord: true, withDist: true, withHash: true),
            async r => await r.GeoSearchAsync(key, member: "Palermo", width: 500, height: 100, unit: GeoUnit.Kilometers, withCoord: true),
        })
        {
            Assert.Equal(await read(resp2), await read(resp3));
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Geo_commands_queue_in_a_pipeline(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var key = keys["sicily"];
        await using var pipe = redis.Pipeline(transaction: true);
        var results = await pipe
            .GeoAdd(key, Sicily)
            .GeoDist(key, "Palermo", "Catania", GeoUnit.Kilometers)
            .GeoPos(key, "Catania", "Atlantis")
            .GeoHash(key, "Palermo")
            .GeoSearch(key, member: "Palermo", radius: 10, unit: GeoUnit.Kilometers, withDist: true)
            .GeoSearchStore(keys["copy"], key, member: "Catania", radius: 500, unit: GeoUnit.Kilometers)
            .ExecuteAsync();

        Assert.Equal(2L, results.Get<long>(0));
        Assert.Equal(166.2742, results.Get<double?>(1)!.Value, 3);
        var positions = results.Get<GeoPosition?[]>(2);
        Assert.Equal(15.087269, positions[0]!.Value.Longitude, 5);
        Assert.Null(positions[1]);
        Assert.Equal(new string?[] { "sqc8b49rny0" }, results.Get<string?[]>(3));
        Assert.Equal("Palermo", Assert.Single(results.Get<GeoSearchResult[]>(4)).Member);
        Assert.Equal(2L, results.Get<long>(5));
    }
}
