using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using RedisKit.DataProtection;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.DataProtection;

/// <summary>What an application sees when Redis is down: the loaded key ring carries on; without one, requests fail until Redis is back.</summary>
public sealed class KeyRingFailureTests
{
    [Fact]
    public async Task A_loaded_key_ring_outlives_Redis_and_an_instance_started_without_Redis_recovers_when_it_returns()
    {
        await using var server = await RedisServerProcess.StartAsync();
        void Configure(IServiceCollection services)
        {
            services.AddRedis(server.Url + "?socket_connect_timeout=1&retries=0");
            services.AddDataProtection().SetApplicationName("x").PersistKeysToRedisKit("keys");
        }

        await using var running = await DataProtectionApp.StartAsync(Configure);
        var payload = await running.ProtectAsync("before");
        await server.StopAsync();

        // The running instance keeps its ring in memory: Redis is read again only when it expires.
        Assert.Equal((HttpStatusCode.OK, "before"), await running.UnprotectAsync(payload));
        Assert.Equal((HttpStatusCode.OK, "during"), await running.UnprotectAsync(await running.ProtectAsync("during")));

        // A new instance starts (the key ring provider logs the failure), but has no ring to protect with.
        await using var fresh = await DataProtectionApp.StartAsync(Configure);
        Assert.Equal(HttpStatusCode.InternalServerError, await fresh.ProtectStatusAsync());
        var direct = fresh.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("tests");
        var error = Assert.ThrowsAny<Exception>(() => direct.Protect("x"u8.ToArray()));
        Assert.True(ChainHas<RedisException>(error), error.ToString());

        // Each call tries again; once Redis is back (empty, as after a crash), the ring is created anew.
        await server.RestartAsync();
        Assert.Equal(HttpStatusCode.OK, await Polling.EventuallyAsync(fresh.ProtectStatusAsync, status => status == HttpStatusCode.OK));
        Assert.Equal((HttpStatusCode.OK, "after"), await fresh.UnprotectAsync(await fresh.ProtectAsync("after")));
        await using var redis = RedisClient.FromUrl(server.Url);
        Assert.Equal(1, await redis.LLenAsync("keys"));
    }

    [Fact]
    public async Task A_Redis_error_reaches_the_caller_of_the_repository()
    {
        var server = await RedisTestServers.GetSharedAsync();
        var key = new TestKeys()["not-a-list"];
        await using var redis = RedisClient.FromUrl(server.Url);
        await redis.SetAsync(key, "a string");
        var repository = new RedisXmlRepository(redis, key);

        var error = Assert.Throws<RedisResponseException>(repository.GetAllElements);
        Assert.Equal("WRONGTYPE", error.Prefix);
        Assert.Throws<RedisResponseException>(() => repository.StoreElement(new System.Xml.Linq.XElement("key"), "k"));
    }

    private static bool ChainHas<T>(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is T)
            {
                return true;
            }
        }

        return false;
    }
}
