using System.Xml.Linq;
using RedisKit.DataProtection;
using RedisKit.Extensions.Tests.Caching;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.DataProtection;

/// <summary>Key ring reads are synchronous; blocked request threads must not starve the pool that would finish them.</summary>
[Collection(ThreadPoolTestGroup.Name)]
public sealed class KeyRingStarvationTests
{
    [Fact]
    public async Task Key_ring_reads_finish_while_every_thread_pool_thread_is_blocked_in_one()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using (var writer = RedisClient.FromUrl(server.Url))
        {
            new RedisXmlRepository(writer, "keys").StoreElement(new XElement("key", new XAttribute("id", "k1")), "k1");
        }

        // A client not opened yet: the first blocked reader opens its connection while no pool thread is free.
        await using var redis = RedisClient.FromUrl(server.Url);
        var repository = new RedisXmlRepository(redis, "keys");

        var outcome = await ThreadPoolSaturation.RunAsync(() =>
        {
            for (var n = 0; n < 100; n++)
            {
                var ring = repository.GetAllElements();
                if (ring.Count != 1 || (string?)ring.First().Attribute("id") != "k1")
                {
                    throw new InvalidOperationException($"read {ring.Count} elements: {string.Join(", ", ring)}");
                }
            }
        });
        Assert.True(outcome.Failures == 0, outcome.FirstError?.ToString());
        Assert.True(outcome.Started > 0);
        Assert.True(outcome.InTime, $"{outcome.DoneInTime} of the {outcome.Started} readers that blocked every free pool thread finished within 60 s.");
    }

    [Fact]
    public async Task Key_ring_reads_from_continuations_of_the_same_client_complete()
    {
        var server = await RedisTestServers.GetSharedAsync();
        var key = new TestKeys()["keys"];
        await using var redis = RedisClient.FromUrl(server.Url);
        var repository = new RedisXmlRepository(redis, key);
        repository.StoreElement(new XElement("key", new XAttribute("id", "k1")), "k1");

        // An awaited RedisKit call resumes its caller on the connection's reader thread; a synchronous
        // read there blocks that reader, and the watchdog hands reading to a new thread.
        for (var i = 0; i < 20; i++)
        {
            await redis.PingAsync();
            Assert.Equal("k1", (string?)Assert.Single(repository.GetAllElements()).Attribute("id"));
        }
    }
}
