using System.Buffers;
using System.IO.Pipelines;
using RedisKit.OutputCaching;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.OutputCaching;

public sealed class RedisOutputCacheStoreTests : IAsyncLifetime
{
    private RedisClient _redis = null!;
    private RedisOutputCacheStore _store = null!;
    private string _prefix = null!;

    public async Task InitializeAsync()
    {
        var server = await RedisTestServers.GetSharedAsync();
        _redis = RedisClient.FromUrl(server.Url);
        _prefix = new TestKeys().Prefix;
        _store = new RedisOutputCacheStore(_redis, new RedisOutputCacheOptions { InstanceName = _prefix, GarbageCollectionInterval = TimeSpan.Zero });
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task Entries_and_tags_are_stored_in_microsofts_layout()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await _store.SetAsync("/a", [1, 2, 3], ["t1", "t2"], TimeSpan.FromSeconds(30), default);
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        Assert.Equal([1, 2, 3], await _redis.GetBytesAsync(_prefix + "__MSOCV_/a"));
        Assert.InRange((await _redis.PTtlAsync(_prefix + "__MSOCV_/a"))!.Value.TotalSeconds, 25, 30);
        foreach (var tag in new[] { "t1", "t2" })
        {
            var member = Assert.Single(await _redis.ZRangeWithScoresAsync(_prefix + "__MSOCT_" + tag, 0, -1));
            Assert.Equal("/a", member.Member);
            Assert.InRange(member.Score, before + 30_000, after + 30_000);
            Assert.InRange((await _redis.ZScoreAsync(_prefix + "__MSOCT", tag))!.Value, before + 30_000, after + 30_000);
        }

        Assert.Equal([1, 2, 3], await _store.GetAsync("/a", default));
        Assert.Null(await _store.GetAsync("/missing", default));
    }

    [Fact]
    public async Task The_tag_index_keeps_each_tags_latest_expiry()
    {
        await _store.SetAsync("/long", [1], ["t"], TimeSpan.FromMinutes(10), default);
        var latest = (await _redis.ZScoreAsync(_prefix + "__MSOCT", "t"))!.Value;
        await _store.SetAsync("/short", [1], ["t"], TimeSpan.FromSeconds(10), default);
        Assert.Equal(latest, (await _redis.ZScoreAsync(_prefix + "__MSOCT", "t"))!.Value);
        Assert.Equal(2, await _redis.ZCardAsync(_prefix + "__MSOCT_t"));
    }

    [Fact]
    public async Task Large_multi_segment_entries_go_through_the_buffer_paths()
    {
        var payload = new byte[3 * 1024 * 1024 + 17];
        Random.Shared.NextBytes(payload);
        await _store.SetAsync("/big", Segmented(payload, 64 * 1024), new[] { "big" }, TimeSpan.FromMinutes(1), default);

        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        Assert.True(await _store.TryGetAsync("/big", pipe.Writer, default));
        await pipe.Writer.CompleteAsync();
        var read = await pipe.Reader.ReadAtLeastAsync(payload.Length + 1);
        Assert.True(read.Buffer.ToArray().AsSpan().SequenceEqual(payload));
        pipe.Reader.AdvanceTo(read.Buffer.End);

        var empty = new Pipe();
        Assert.False(await _store.TryGetAsync("/nothing", empty.Writer, default));
        Assert.Equal(0, empty.Writer.UnflushedBytes);
    }

    [Fact]
    public async Task Eviction_by_tag_removes_tagged_entries_and_the_tag_only()
    {
        for (var i = 0; i < 600; i++)
        {
            await _store.SetAsync("/p" + i, [(byte)i], i % 2 == 0 ? ["even", "all"] : ["all"], TimeSpan.FromMinutes(1), default);
        }

        await _store.SetAsync("/other", [7], ["other"], TimeSpan.FromMinutes(1), default);

        await _store.EvictByTagAsync("even", default);
        Assert.Null(await _store.GetAsync("/p0", default));
        Assert.Null(await _store.GetAsync("/p598", default));
        Assert.Equal([1], await _store.GetAsync("/p1", default));
        Assert.Equal(0, await _redis.ExistsAsync(_prefix + "__MSOCT_even"));

        await _store.EvictByTagAsync("all", default);
        for (var i = 0; i < 600; i++)
        {
            Assert.Null(await _store.GetAsync("/p" + i, default));
        }

        Assert.Equal([7], await _store.GetAsync("/other", default));
        await _store.EvictByTagAsync("never-used", default);
    }

    [Fact]
    public async Task Entries_expire_and_non_positive_lifetimes_store_nothing()
    {
        await _store.SetAsync("/brief", [1], null, TimeSpan.FromMilliseconds(300), default);
        Assert.InRange((await _redis.PTtlAsync(_prefix + "__MSOCV_/brief"))!.Value.TotalMilliseconds, 1, 300);
        await Polling.EventuallyAsync(() => _store.GetAsync("/brief", default).AsTask(), value => value is null);

        await _store.SetAsync("/zero", [1], ["z"], TimeSpan.Zero, default);
        Assert.Equal(0, await _redis.ExistsAsync(_prefix + "__MSOCV_/zero", _prefix + "__MSOCT_z"));
    }

    [Fact]
    public async Task The_sweep_drops_expired_tag_members_and_tags_and_yields_to_a_running_sweep()
    {
        await _store.SetAsync("/gone", [1], ["old", "mixed"], TimeSpan.FromMilliseconds(50), default);
        await _store.SetAsync("/kept", [1], ["mixed"], TimeSpan.FromMinutes(5), default);
        await Task.Delay(100);

        Assert.Equal(1, await _store.CollectGarbageAsync());
        Assert.Equal(0, await _redis.ExistsAsync(_prefix + "__MSOCT_old"));
        Assert.Equal("/kept", Assert.Single(await _redis.ZRangeWithScoresAsync(_prefix + "__MSOCT_mixed", 0, -1)).Member);
        Assert.Null(await _redis.ZScoreAsync(_prefix + "__MSOCT", "old"));
        Assert.Equal(0, await _redis.ExistsAsync(_prefix + "__MSOCTGC"));

        await _redis.SetAsync(_prefix + "__MSOCTGC", "another node", ex: TimeSpan.FromMinutes(1));
        Assert.Null(await _store.CollectGarbageAsync());
    }

    [Fact]
    public async Task When_redis_is_down_reads_miss_writes_are_skipped_evictions_throw_and_failures_are_logged()
    {
        await using var server = await RedisServerProcess.StartAsync();
        var logs = new CapturedLogs();
        await using var client = RedisClient.FromUrl(server.Url);
        var options = new RedisOutputCacheOptions { InstanceName = _prefix, RetryAfterFailure = TimeSpan.Zero };
        await using var store = new RedisOutputCacheStore(client, options, logs.CreateLogger("oc"));
        await store.SetAsync("/x", [1], ["t"], TimeSpan.FromMinutes(1), default);
        Assert.Equal([1], await store.GetAsync("/x", default));

        await server.StopAsync();
        Assert.Null(await store.GetAsync("/x", default));
        Assert.False(await store.TryGetAsync("/x", new Pipe().Writer, default));
        await store.SetAsync("/y", [2], ["t"], TimeSpan.FromMinutes(1), default);
        await Assert.ThrowsAnyAsync<RedisException>(async () => await store.EvictByTagAsync("t", default));

        Assert.Contains(logs.Lines, line => line.Contains("Output cache read of '/x' failed; serving it as a miss.", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains("Output cache write of '/y' failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_failing_to_reach_redis_calls_skip_it_for_the_retry_interval_then_try_again()
    {
        await using var server = await RedisServerProcess.StartAsync();
        var logs = new CapturedLogs();
        await using var client = RedisClient.FromUrl(server.Url);
        await using var paused = new RedisOutputCacheStore(client, new RedisOutputCacheOptions { InstanceName = _prefix, RetryAfterFailure = TimeSpan.FromMinutes(5) }, logs.CreateLogger("paused"));
        await using var brief = new RedisOutputCacheStore(client, new RedisOutputCacheOptions { InstanceName = _prefix, RetryAfterFailure = TimeSpan.FromMilliseconds(200) }, logs.CreateLogger("brief"));

        await server.StopAsync();
        for (var i = 0; i < 5; i++)
        {
            Assert.Null(await paused.GetAsync("/x", default));
            await paused.SetAsync("/x", [1], null, TimeSpan.FromMinutes(1), default);
        }

        Assert.Single(logs.Lines, line => line.StartsWith("paused ", StringComparison.Ordinal));
        Assert.Null(await brief.GetAsync("/x", default));

        await server.RestartAsync();
        await Polling.EventuallyAsync(
            async () =>
            {
                try
                {
                    return await client.SetAsync(_prefix + "__MSOCV_/x", "back");
                }
                catch (RedisConnectionException)
                {
                    return false;
                }
            },
            stored => stored);
        Assert.Equal("back"u8.ToArray(), await Polling.EventuallyAsync(() => brief.GetAsync("/x", default).AsTask(), value => value is not null));
        Assert.Null(await paused.GetAsync("/x", default));
    }

    private static ReadOnlySequence<byte> Segmented(byte[] data, int size)
    {
        Segment? first = null;
        Segment? last = null;
        for (var offset = 0; offset < data.Length; offset += size)
        {
            var chunk = data.AsMemory(offset, Math.Min(size, data.Length - offset));
            last = first is null ? first = new Segment(chunk, 0) : last!.Append(chunk);
        }

        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
