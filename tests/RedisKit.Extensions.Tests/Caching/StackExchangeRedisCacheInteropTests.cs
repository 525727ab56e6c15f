using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using RedisKit.TestKit;
using MicrosoftRedisCache = Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache;
using RedisKitCache = RedisKit.Caching.RedisCache;

namespace RedisKit.Extensions.Tests.Caching;

/// <summary>Entries written by Microsoft.Extensions.Caching.StackExchangeRedis are read by RedisCache, and the other way round.</summary>
public sealed class StackExchangeRedisCacheInteropTests : IAsyncLifetime
{
    private RedisServerProcess _server = null!;
    private RedisClient _redis = null!;
    private RedisKitCache _ours = null!;
    private MicrosoftRedisCache _theirs = null!;

    public async Task InitializeAsync()
    {
        _server = await RedisServerProcess.StartAsync();
        var prefix = new TestKeys().Prefix;
        _redis = RedisClient.FromUrl(_server.Url);
        _ours = new RedisKitCache(_redis, prefix);
        _theirs = new MicrosoftRedisCache(Options.Create(new RedisCacheOptions { Configuration = $"127.0.0.1:{_server.Port}", InstanceName = prefix }));
    }

    public async Task DisposeAsync()
    {
        _theirs.Dispose();
        await _redis.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Entries_cross_over_in_both_directions()
    {
        await _theirs.SetAsync("from-them", [1, 2, 3], new DistributedCacheEntryOptions());
        Assert.Equal([1, 2, 3], await _ours.GetAsync("from-them"));
        Assert.Equal([1, 2, 3], _ours.Get("from-them"));

        await _ours.SetAsync("from-us", [4, 5], new DistributedCacheEntryOptions());
        Assert.Equal([4, 5], await _theirs.GetAsync("from-us"));

        await _theirs.RemoveAsync("from-us");
        Assert.Null(await _ours.GetAsync("from-us"));
        await _ours.RemoveAsync("from-them");
        Assert.Null(await _theirs.GetAsync("from-them"));
    }

    [Fact]
    public async Task Absolute_expirations_cross_over()
    {
        var at = DateTimeOffset.UtcNow.AddMinutes(5);
        await _theirs.SetAsync("abs-them", [1], new DistributedCacheEntryOptions { AbsoluteExpiration = at, SlidingExpiration = TimeSpan.FromMinutes(1) });
        await _ours.SetAsync("abs-us", [1], new DistributedCacheEntryOptions { AbsoluteExpiration = at, SlidingExpiration = TimeSpan.FromMinutes(1) });

        var theirs = await _redis.HGetAllAsync(_ours.InstanceName + "abs-them");
        var ours = await _redis.HGetAllAsync(_ours.InstanceName + "abs-us");
        Assert.Equal(theirs["absexp"], ours["absexp"]);
        Assert.Equal(theirs["sldexp"], ours["sldexp"]);
        Assert.Equal(at.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture), ours["absexp"]);
    }

    [Fact]
    public async Task Sliding_expirations_are_renewed_whichever_side_wrote_or_reads()
    {
        var sliding = new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromSeconds(30) };
        await _theirs.SetAsync("slide-them", [1], sliding);
        await _ours.SetAsync("slide-us", [2], sliding);
        await _redis.PExpireAsync(_ours.InstanceName + "slide-them", TimeSpan.FromSeconds(5));
        await _redis.PExpireAsync(_ours.InstanceName + "slide-us", TimeSpan.FromSeconds(5));

        Assert.Equal([1], await _ours.GetAsync("slide-them"));
        Assert.Equal([2], await _theirs.GetAsync("slide-us"));

        Assert.InRange((await _redis.PTtlAsync(_ours.InstanceName + "slide-them"))!.Value.TotalSeconds, 25, 30);
        Assert.InRange((await _redis.PTtlAsync(_ours.InstanceName + "slide-us"))!.Value.TotalSeconds, 25, 30);
    }
}
