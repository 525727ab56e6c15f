using System.Buffers;
using Microsoft.Extensions.Caching.Distributed;
using RedisKit.Caching;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.Caching;

public sealed class RedisCacheTests : IAsyncLifetime
{
    private RedisClient _redis = null!;
    private RedisCache _cache = null!;
    private string _prefix = null!;

    public async Task InitializeAsync()
    {
        var server = await RedisTestServers.GetSharedAsync();
        _redis = RedisClient.FromUrl(server.Url);
        _prefix = new TestKeys().Prefix;
        _cache = new RedisCache(_redis, _prefix);
    }

    public async Task DisposeAsync()
    {
        await _cache.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task Set_get_refresh_and_remove_with_case_sensitive_keys()
    {
        Assert.Null(await _cache.GetAsync("a"));
        await _cache.SetAsync("a", [1, 2, 3], new DistributedCacheEntryOptions());
        await _cache.SetAsync("A", [9], new DistributedCacheEntryOptions());
        Assert.Equal([1, 2, 3], await _cache.GetAsync("a"));
        Assert.Equal([9], await _cache.GetAsync("A"));

        await _cache.SetAsync("a", [4], new DistributedCacheEntryOptions());
        Assert.Equal([4], await _cache.GetAsync("a"));
        await _cache.RefreshAsync("a");
        await _cache.RefreshAsync("missing");

        await _cache.RemoveAsync("a");
        Assert.Null(await _cache.GetAsync("a"));
        Assert.Equal([9], await _cache.GetAsync("A"));

        // The prefix is applied verbatim, and the entry is the hash Microsoft's cache would write.
        var stored = await _redis.HGetAllAsync(_prefix + "A");
        Assert.Equal(["absexp", "data", "sldexp"], stored.Keys.Order());
        Assert.Equal("-1", stored["absexp"]);
        Assert.Equal("-1", stored["sldexp"]);
    }

    [Fact]
    public void The_synchronous_members_do_the_same()
    {
        Assert.Null(_cache.Get("s"));
        _cache.Set("s", [5, 6], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(1) });
        Assert.Equal([5, 6], _cache.Get("s"));
        _cache.Refresh("s");
        var buffer = new ArrayBufferWriter<byte>();
        Assert.True(_cache.TryGet("s", buffer));
        Assert.Equal([5, 6], buffer.WrittenSpan.ToArray());
        _cache.Set("s", Segmented([1], [2, 3]), new DistributedCacheEntryOptions());
        Assert.Equal([1, 2, 3], _cache.Get("s"));
        _cache.Remove("s");
        Assert.False(_cache.TryGet("s", buffer));
        Assert.Null(_cache.Get("s"));
    }

    [Fact]
    public async Task Expirations_are_kept_to_the_millisecond_and_an_overwrite_without_one_clears_the_ttl()
    {
        await _cache.SetAsync("rel", [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMilliseconds(1500) });
        var ttl = await _redis.PTtlAsync(_prefix + "rel");
        Assert.InRange(ttl!.Value.TotalMilliseconds, 1, 1500);

        await _cache.SetAsync("abs", [1], new DistributedCacheEntryOptions { AbsoluteExpiration = DateTimeOffset.UtcNow.AddSeconds(30) });
        Assert.InRange((await _redis.PTtlAsync(_prefix + "abs"))!.Value.TotalSeconds, 25, 30);

        await _cache.SetAsync("sliding", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromSeconds(20) });
        Assert.InRange((await _redis.PTtlAsync(_prefix + "sliding"))!.Value.TotalSeconds, 15, 20);

        await _cache.SetAsync("rel", [2], new DistributedCacheEntryOptions());
        Assert.Null(await _redis.PTtlAsync(_prefix + "rel"));
        Assert.Equal([2], await _cache.GetAsync("rel"));
    }

    [Fact]
    public async Task Sub_second_expirations_are_honoured()
    {
        await _cache.SetAsync("short", [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMilliseconds(300) });
        Assert.Equal([1], await _cache.GetAsync("short"));
        await Task.Delay(600);
        Assert.Null(await _cache.GetAsync("short"));

        // A read renews a sub-second sliding TTL to the full window, to the millisecond.
        await _cache.SetAsync("slide", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMilliseconds(800) });
        await _redis.PExpireAsync(_prefix + "slide", TimeSpan.FromMilliseconds(400));
        Assert.Equal([1], await _cache.GetAsync("slide"));
        Assert.InRange((await _redis.PTtlAsync(_prefix + "slide"))!.Value.TotalMilliseconds, 401, 800);

        // Unread, it expires within its window.
        var gone = false;
        for (var i = 0; i < 30 && !gone; i++)
        {
            await Task.Delay(100);
            gone = await _redis.ExistsAsync(_prefix + "slide") == 0;
        }

        Assert.True(gone);
    }

    [Fact]
    public async Task A_read_renews_a_sliding_entry_but_never_past_its_absolute_expiration()
    {
        await _cache.SetAsync("capped", [1], new DistributedCacheEntryOptions
        {
            SlidingExpiration = TimeSpan.FromSeconds(10),
            AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(3),
        });
        Assert.InRange((await _redis.PTtlAsync(_prefix + "capped"))!.Value.TotalSeconds, 2, 3);

        await _cache.SetAsync("renewed", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromSeconds(10) });
        await _redis.PExpireAsync(_prefix + "renewed", TimeSpan.FromSeconds(2));
        Assert.Equal([1], await _cache.GetAsync("renewed"));
        Assert.InRange((await _redis.PTtlAsync(_prefix + "renewed"))!.Value.TotalSeconds, 9, 10);

        await _redis.PExpireAsync(_prefix + "renewed", TimeSpan.FromSeconds(2));
        await _cache.RefreshAsync("renewed");
        Assert.InRange((await _redis.PTtlAsync(_prefix + "renewed"))!.Value.TotalSeconds, 9, 10);

        await _redis.PExpireAsync(_prefix + "capped", TimeSpan.FromMilliseconds(500));
        await _cache.RefreshAsync("capped");
        Assert.InRange((await _redis.PTtlAsync(_prefix + "capped"))!.Value.TotalSeconds, 1, 3);
    }

    [Fact]
    public async Task Invalid_expirations_throw_and_store_nothing()
    {
        var past = new DistributedCacheEntryOptions { AbsoluteExpiration = DateTimeOffset.UtcNow.AddMinutes(-1) };
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _cache.SetAsync("bad", [1], past));
        Assert.Contains("absolute expiration value must be in the future", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => _cache.Set("bad", [1], past));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.Zero });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromSeconds(-1) });
        Assert.Null(await _cache.GetAsync("bad"));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _cache.GetAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _cache.SetAsync("k", null!, new DistributedCacheEntryOptions()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(65_536)]
    [InlineData(1024 * 1024)]
    public async Task Values_round_trip_through_the_array_and_buffer_apis(int size)
    {
        var value = new byte[size];
        new Random(size).NextBytes(value);
        var key = "size-" + size;

        await _cache.SetAsync(key, value, new DistributedCacheEntryOptions());
        Assert.Equal(value, await _cache.GetAsync(key));
        Assert.Equal(value, _cache.Get(key));

        var buffer = new ArrayBufferWriter<byte>();
        Assert.True(await _cache.TryGetAsync(key, buffer));
        Assert.True(buffer.WrittenSpan.SequenceEqual(value));

        await _cache.SetAsync(key + "-seq", new ReadOnlySequence<byte>(value), new DistributedCacheEntryOptions());
        buffer.ResetWrittenCount();
        Assert.True(_cache.TryGet(key + "-seq", buffer));
        Assert.True(buffer.WrittenSpan.SequenceEqual(value));
    }

    [Fact]
    public async Task Multi_segment_sequences_are_stored_whole()
    {
        var parts = new byte[][] { [1, 2], [], [3], new byte[70_000], [4, 5, 6] };
        parts[3].AsSpan().Fill(7);
        var sequence = Segmented(parts);
        Assert.False(sequence.IsSingleSegment);

        await _cache.SetAsync("multi", sequence, new DistributedCacheEntryOptions());
        Assert.Equal(sequence.ToArray(), await _cache.GetAsync("multi"));
    }

    internal static ReadOnlySequence<byte> Segmented(params byte[][] parts)
    {
        Segment? first = null;
        Segment? last = null;
        foreach (var part in parts)
        {
            var segment = new Segment(part, last);
            first ??= segment;
            last = segment;
        }

        return first is null ? ReadOnlySequence<byte>.Empty : new ReadOnlySequence<byte>(first, 0, last!, last!.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] data, Segment? previous)
        {
            Memory = data;
            if (previous is not null)
            {
                RunningIndex = previous.RunningIndex + previous.Memory.Length;
                previous.Next = this;
            }
        }
    }
}
