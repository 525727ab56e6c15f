using Microsoft.Extensions.Caching.Distributed;
using RedisKit.Caching;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.Caching;

/// <summary>Runs alone: it caps the process's thread pool.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ThreadPoolTestGroup
{
    public const string Name = "Thread pool";
}

[Collection(ThreadPoolTestGroup.Name)]
public sealed class SynchronousStarvationTests
{
    [Fact]
    public async Task Synchronous_calls_finish_while_every_thread_pool_thread_is_blocked_in_one()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = RedisClient.FromUrl(server.Url);
        var cache = new RedisCache(redis, new TestKeys().Prefix);

        // Nothing is opened beforehand: the first blocked caller opens the shared connection (and
        // loads the scripts) while no pool thread is free, which the connection's own thread does.
        ThreadPool.GetMinThreads(out var minWorkers, out _);
        ThreadPool.GetMaxThreads(out var maxWorkers, out var maxIo);
        var slots = Math.Max(ThreadPool.ThreadCount, minWorkers);
        var started = 0;
        var done = 0;
        var failures = 0;
        Exception? firstError = null;
        var lastStart = Environment.TickCount64;

        // The pool may not grow, and a caller is queued for every thread it has: every pool thread
        // free to run anything ends up blocked in a caller (the rest are busy elsewhere). Callers
        // begin their cache calls together, once no new caller has started for half a second, so
        // while they run no pool thread is free. A thread outside the pool watches the clock and
        // lifts the cap, so a failure cannot hang the run.
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

                        for (var n = 0; n < 200; n++)
                        {
                            cache.Set("k" + n % 10, [(byte)n], new DistributedCacheEntryOptions());
                            if (cache.Get("k" + n % 10) is null)
                            {
                                Interlocked.Increment(ref failures);
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
        Assert.True(inTime, $"{doneInTime} of the {startedTogether} callers that blocked every free pool thread finished within 60 s.");

    }
}
