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
        var outcome = await ThreadPoolSaturation.RunAsync(() =>
        {
            for (var n = 0; n < 200; n++)
            {
                cache.Set("k" + n % 10, [(byte)n], new DistributedCacheEntryOptions());
                if (cache.Get("k" + n % 10) is null)
                {
                    throw new InvalidOperationException($"k{n % 10} read back as missing right after it was set.");
                }
            }
        });
        Assert.True(outcome.Failures == 0, outcome.FirstError?.ToString());
        Assert.True(outcome.Started > 0);
        Assert.True(outcome.InTime, $"{outcome.DoneInTime} of the {outcome.Started} callers that blocked every free pool thread finished within 60 s.");
    }
}
