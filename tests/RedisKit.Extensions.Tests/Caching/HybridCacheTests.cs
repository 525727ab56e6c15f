using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using RedisKit.Caching;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.Caching;

public sealed class HybridCacheTests
{
    private static ServiceProvider Services(string url, string prefix)
    {
        var services = new ServiceCollection();
        services.AddRedis(url + "?socket_connect_timeout=1&socket_timeout=1&retries=0").AddDistributedCache(prefix);
        services.AddHybridCache();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Two_hybrid_caches_over_one_redis_share_entries_and_keep_serving_from_memory_when_redis_stops()
    {
        await using var server = await RedisServerProcess.StartAsync();
        var prefix = new TestKeys().Prefix;
        await using var first = Services(server.Url, prefix);
        await using var second = Services(server.Url, prefix);
        var a = first.GetRequiredService<HybridCache>();
        var b = second.GetRequiredService<HybridCache>();
        Assert.IsType<RedisCache>(first.GetRequiredService<IDistributedCache>());

        var made = await a.GetOrCreateAsync("greeting", _ => ValueTask.FromResult("hello from a"));
        string[] keys = [];
        for (var i = 0; i < 50 && keys.Length == 0; i++)
        {
            await Task.Delay(100);
            keys = await first.GetRequiredService<RedisClient>().KeysAsync(prefix + "*");
        }

        Assert.True(keys.Length > 0, "HybridCache wrote nothing to Redis within 5 s (its second-level writes run in the background).");
        var seen = await b.GetOrCreateAsync("greeting", _ => ValueTask.FromResult("made again by b"));
        Assert.Equal("hello from a", made);
        Assert.Equal("hello from a", seen);

        await server.StopAsync();
        Assert.Equal("hello from a", await a.GetOrCreateAsync("greeting", _ => ValueTask.FromResult("made while down")));
        Assert.Equal("hello from a", await b.GetOrCreateAsync("greeting", _ => ValueTask.FromResult("made while down")));
        Assert.Equal("fresh", await a.GetOrCreateAsync("new-while-down", _ => ValueTask.FromResult("fresh")));
    }

    [Fact]
    public void Registration_reuses_the_client_and_refuses_to_shadow_another_cache()
    {
        var services = new ServiceCollection();
        services.AddRedis("redis://127.0.0.1:1").AddDistributedCache("app:");
        services.AddRedisDistributedCache(o => o.InstanceName = "app2:");
        Assert.Single(services, d => d.ServiceType == typeof(IDistributedCache));
        using (var provider = services.BuildServiceProvider())
        {
            var cache = Assert.IsType<RedisCache>(provider.GetRequiredService<IDistributedCache>());
            Assert.Same(provider.GetRequiredService<RedisClient>(), cache.Client);
            Assert.Equal("app2:", cache.InstanceName);
        }

        var other = new ServiceCollection();
        other.AddDistributedMemoryCache();
        var error = Assert.Throws<InvalidOperationException>(() => other.AddRedisDistributedCache());
        Assert.Contains("already registered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keyed_caches_use_their_own_client_or_url()
    {
        await using var server = await RedisServerProcess.StartAsync();
        var services = new ServiceCollection();
        services.AddKeyedRedis("sessions", server.Url);
        services.AddKeyedRedisDistributedCache("sessions", o => o.ServiceKey = "sessions");
        services.AddKeyedRedisDistributedCache("own", o => o.Url = server.Url + "/3");
        await using var provider = services.BuildServiceProvider();

        var sessions = Assert.IsType<RedisCache>(provider.GetRequiredKeyedService<IDistributedCache>("sessions"));
        var own = Assert.IsType<RedisCache>(provider.GetRequiredKeyedService<IDistributedCache>("own"));
        Assert.Same(provider.GetRequiredKeyedService<RedisClient>("sessions"), sessions.Client);
        Assert.Equal(3, own.Client.Options.Database);

        await own.SetAsync("k", [1], new DistributedCacheEntryOptions());
        Assert.Null(await sessions.GetAsync("k"));
        Assert.Equal([1], await own.GetAsync("k"));
    }
}
