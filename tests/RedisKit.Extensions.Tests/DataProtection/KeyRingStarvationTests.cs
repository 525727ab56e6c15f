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

        ThreadPool.GetMinThreads(out var minWorkers, out _);
        ThreadPool.GetMaxThreads(out var maxWorkers, out var maxIo);
        var slots = Math.Max(ThreadPool.ThreadCount, minWorkers);
        var started = 0;
        var done = 0;
        var failures = 0;
        Exception? firstError = null;
        var lastStart = Environment.TickCount64;

        // As in the cache's test: the pool may not grow, a reader is queued for every thread it has, and the
        // readers begin together once none has started for half a second; a thread outside the pool
        // watches the clock and lifts the cap, so a failure cannot hang the run.
        Assert.True(ThreadPool.SetMaxThreads(slots, maxIo));
        var outcome = new TaskCompletionSource<(bool InTime, int Started, int DoneInTime)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var watcher = new Thread(() =>
        {
            var deadline = Environment.TickCount64 + 60_000;
            while (Environment.TickCount64 < deadline
                && (Environment.TickCount64 - Volatile.Read(ref lastStart) < 1000 || Volatile.Read(ref done) + Volatile.Read(ref failures) < Volatile.Read(ref started)))
            {
                Thread.Sleep(20);
            }

            var snapshot = (Volatile.Read(ref done) == Volatile.Read(ref started), Volatile.Read(ref started), Volatile.Read(ref done));
            ThreadPool.SetMaxThreads(maxWorkers, maxIo);
            while (Volatile.Read(ref done) + Volatile.Read(ref failures) < slots && Environment.TickCount64 < deadline + 60_000)
            {
                Thread.Sleep(20);
            }

            outcome.SetResult(snapshot);
        });

        for (var i = 0; i < slots; i++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(
                _ =>
                {
                    try
                    {
                        Interlocked.Increment(ref started);
                        Volatile.Write(ref lastStart, Environment.TickCount64);
                        while (Environment.TickCount64 - Volatile.Read(ref lastStart) < 500)
                        {
                            Thread.Sleep(10);
                        }

                        for (var n = 0; n < 100; n++)
                        {
                            var ring = repository.GetAllElements();
                            if (ring.Count != 1 || (string?)ring.First().Attribute("id") != "k1")
                            {
                                throw new InvalidOperationException($"read {ring.Count} elements: {string.Join(", ", ring)}");
                            }
                        }

                        Interlocked.Increment(ref done);
                    }
                    catch (Exception ex)
                    {
                        firstError ??= ex;
                        Interlocked.Increment(ref failures);
                    }
                },
                null);
        }

        watcher.Start();
        var (inTime, startedTogether, doneInTime) = await outcome.Task;
        Assert.True(Volatile.Read(ref failures) == 0, firstError?.ToString());
        Assert.True(startedTogether > 0);
        Assert.True(inTime, $"{doneInTime} of the {startedTogether} readers that blocked every free pool thread finished within 60 s.");
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
