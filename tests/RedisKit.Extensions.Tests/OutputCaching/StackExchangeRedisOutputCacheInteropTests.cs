using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using RedisKit.OutputCaching;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.OutputCaching;

/// <summary>
/// Microsoft.AspNetCore.OutputCaching.StackExchangeRedis and RedisOutputCacheStore on one server and instance
/// name, as during a rolling migration: entries cross over both ways and either store's tag eviction evicts both.
/// </summary>
public sealed class StackExchangeRedisOutputCacheInteropTests : IAsyncLifetime
{
    private RedisServerProcess _server = null!;
    private RedisClient _redis = null!;
    private RedisOutputCacheStore _ours = null!;
    private ServiceProvider _theirServices = null!;
    private IOutputCacheStore _theirs = null!;

    public async Task InitializeAsync()
    {
        _server = await RedisServerProcess.StartAsync();
        var prefix = new TestKeys().Prefix;
        _redis = RedisClient.FromUrl(_server.Url);
        _ours = new RedisOutputCacheStore(_redis, new RedisOutputCacheOptions { InstanceName = prefix });
        _theirServices = new ServiceCollection()
            .AddStackExchangeRedisOutputCache(options =>
            {
                options.Configuration = $"127.0.0.1:{_server.Port}";
                options.InstanceName = prefix;
            })
            .BuildServiceProvider();
        _theirs = _theirServices.GetRequiredService<IOutputCacheStore>();
    }

    public async Task DisposeAsync()
    {
        await _theirServices.DisposeAsync();
        await _ours.DisposeAsync();
        await _redis.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Entries_cross_over_in_both_directions_on_both_read_paths()
    {
        await _theirs.SetAsync("/from-them", [1, 2, 3], ["t"], TimeSpan.FromMinutes(1), default);
        await SettleTheirsAsync();
        Assert.Equal([1, 2, 3], await _ours.GetAsync("/from-them", default));
        Assert.Equal([1, 2, 3], await ReadThroughBufferAsync(_ours, "/from-them"));

        await _ours.SetAsync("/from-us", [4, 5], ["t"], TimeSpan.FromMinutes(1), default);
        Assert.Equal([4, 5], await _theirs.GetAsync("/from-us", default));
        Assert.Equal([4, 5], await ReadThroughBufferAsync((IOutputCacheBufferStore)_theirs, "/from-us"));

        Assert.Null(await _ours.GetAsync("/never", default));
        Assert.Null(await _theirs.GetAsync("/never", default));
    }

    [Fact]
    public async Task Both_stores_write_the_same_tag_sets()
    {
        await _theirs.SetAsync("/them", [1], ["shared"], TimeSpan.FromMinutes(1), default);
        await _ours.SetAsync("/us", [1], ["shared"], TimeSpan.FromMinutes(1), default);
        await SettleTheirsAsync();

        var members = await _redis.ZRangeWithScoresAsync(_ours.InstanceName + "__MSOCT_shared", 0, -1);
        Assert.Equal(["/them", "/us"], members.Select(m => m.Member).Order(StringComparer.Ordinal));
        Assert.InRange(Math.Abs(members[0].Score - members[1].Score), 0, 10_000);
        Assert.NotNull(await _redis.ZScoreAsync(_ours.InstanceName + "__MSOCT", "shared"));
    }

    [Fact]
    public async Task Our_tag_eviction_evicts_their_entries()
    {
        await _theirs.SetAsync("/them", [1], ["news"], TimeSpan.FromMinutes(1), default);
        await _ours.SetAsync("/us", [2], ["news"], TimeSpan.FromMinutes(1), default);
        await _theirs.SetAsync("/untagged", [3], null, TimeSpan.FromMinutes(1), default);
        await SettleTheirsAsync();

        await _ours.EvictByTagAsync("news", default);
        Assert.Null(await _theirs.GetAsync("/them", default));
        Assert.Null(await _theirs.GetAsync("/us", default));
        Assert.Equal([3], await _ours.GetAsync("/untagged", default));
    }

    [Fact]
    public async Task Their_tag_eviction_evicts_our_entries()
    {
        await _ours.SetAsync("/us", [1], ["sport"], TimeSpan.FromMinutes(1), default);
        await _theirs.SetAsync("/them", [2], ["sport"], TimeSpan.FromMinutes(1), default);
        await _ours.SetAsync("/other", [3], ["weather"], TimeSpan.FromMinutes(1), default);
        await SettleTheirsAsync();

        await _theirs.EvictByTagAsync("sport", default);
        await SettleTheirsAsync();
        Assert.Null(await _ours.GetAsync("/us", default));
        Assert.Null(await _ours.GetAsync("/them", default));
        Assert.Equal([3], await _ours.GetAsync("/other", default));
    }

    [Fact]
    public async Task Our_sweep_cleans_tag_sets_their_store_wrote()
    {
        await _theirs.SetAsync("/them", [1], ["stale"], TimeSpan.FromMilliseconds(50), default);
        await SettleTheirsAsync();
        await Task.Delay(100);

        Assert.Equal(1, await _ours.CollectGarbageAsync());
        Assert.Equal(0, await _redis.ExistsAsync(_ours.InstanceName + "__MSOCT_stale"));
    }

    private static async Task<byte[]> ReadThroughBufferAsync(IOutputCacheBufferStore store, string key)
    {
        var pipe = new Pipe();
        Assert.True(await store.TryGetAsync(key, pipe.Writer, default));
        await pipe.Writer.CompleteAsync();
        using var copy = new MemoryStream();
        await pipe.Reader.CopyToAsync(copy);
        return copy.ToArray();
    }

    // Microsoft's store sends tag writes and evictions fire-and-forget; a read on its connection returns only
    // after the server has processed them.
    private async Task SettleTheirsAsync() => await _theirs.GetAsync("/settle", default);
}
