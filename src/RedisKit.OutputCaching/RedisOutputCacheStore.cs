using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace RedisKit.OutputCaching;

/// <summary>
/// ASP.NET Core's <see cref="IOutputCacheStore"/> and <see cref="IOutputCacheBufferStore"/> on a
/// <see cref="RedisClient"/>. An entry and its tags are written in one round trip, reads go straight into
/// the middleware's buffer, and entries and tags are kept as Microsoft.AspNetCore.OutputCaching.StackExchangeRedis
/// keeps them, so the two stores can serve one fleet during a rolling migration (tag eviction by either
/// evicts entries written by both).
/// </summary>
/// <remarks>
/// When Redis cannot be reached (or answers an error) a read is a miss and a write is skipped: the
/// request is served by the endpoint instead of failing, and the failure is logged as a warning. After a
/// failure to reach Redis, calls skip Redis for <see cref="RedisOutputCacheOptions.RetryAfterFailure"/>.
/// <see cref="EvictByTagAsync"/> does throw: an eviction that silently did nothing would keep serving the
/// content the caller asked to drop. Tag updates use <c>ZADD GT</c> (Redis 6.2 or later).
/// </remarks>
public sealed partial class RedisOutputCacheStore : IOutputCacheStore, IOutputCacheBufferStore, IAsyncDisposable, IDisposable
{
    private const int EvictionBatch = 256;
    private readonly RedisClient _client;
    private readonly OutputCacheKeyLayout _keys;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _disposed = new();
    private readonly Task _sweeper;
    private readonly long _retryAfterFailureMs;
    private long _skipUntilMs;

    /// <summary>A store on <paramref name="client"/>, which the store does not dispose.</summary>
    /// <param name="client">The client the entries go through.</param>
    /// <param name="options">Key prefix and sweep interval; defaults when null.</param>
    /// <param name="logger">Where Redis failures (served as misses) are reported; none when null.</param>
    public RedisOutputCacheStore(RedisClient client, RedisOutputCacheOptions? options = null, ILogger? logger = null)
        : this(client, options ?? new RedisOutputCacheOptions(), logger, TimeProvider.System)
    {
    }

    internal RedisOutputCacheStore(RedisClient client, RedisOutputCacheOptions options, ILogger? logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _keys = new OutputCacheKeyLayout(options.InstanceName);
        _logger = logger ?? NullLogger.Instance;
        _time = time;
        _retryAfterFailureMs = Math.Max(0, (long)options.RetryAfterFailure.TotalMilliseconds);
        var interval = options.GarbageCollectionInterval;
        _sweeper = interval > TimeSpan.Zero && interval != Timeout.InfiniteTimeSpan
            ? Task.Run(() => SweepLoopAsync(interval))
            : Task.CompletedTask;
    }

    /// <summary>The client the entries go through.</summary>
    public RedisClient Client => _client;

    /// <summary>The key prefix, empty for none.</summary>
    public string InstanceName => _keys.InstanceName;

    /// <summary>Reads an entry; null when absent or when Redis cannot be reached (logged).</summary>
    /// <param name="key">The entry's key.</param>
    /// <param name="cancellationToken">Cancels the wait (the request was aborted).</param>
    /// <returns>The entry's bytes, or null for a miss.</returns>
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (InOutage())
        {
            return null;
        }

        try
        {
            return await _client.GetBytesAsync(_keys.ValueKey(key), cancellationToken).ConfigureAwait(false);
        }
        catch (RedisException ex)
        {
            OnFailure(ex);
            Log.ReadFailed(_logger, key, ex);
            return null;
        }
    }

    /// <summary>
    /// Reads an entry straight into <paramref name="destination"/> and flushes it; false when absent or when
    /// Redis cannot be reached (logged), in which case nothing was written.
    /// </summary>
    /// <param name="key">The entry's key.</param>
    /// <param name="destination">Receives the entry's bytes.</param>
    /// <param name="cancellationToken">Cancels the wait (the request was aborted).</param>
    /// <returns>Whether the entry was found.</returns>
    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(destination);
        if (InOutage())
        {
            return false;
        }

        bool found;
        try
        {
            found = await _client.GetAsync(_keys.ValueKey(key), destination, cancellationToken).ConfigureAwait(false);
        }
        catch (RedisException ex)
        {
            OnFailure(ex);
            Log.ReadFailed(_logger, key, ex);
            return false;
        }

        if (found)
        {
            await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return found;
    }

    /// <summary>Stores an entry under its tags for <paramref name="validFor"/>; skipped (logged) when Redis cannot be reached.</summary>
    /// <param name="key">The entry's key.</param>
    /// <param name="value">The entry's bytes.</param>
    /// <param name="tags">Tags that <see cref="EvictByTagAsync"/> can evict the entry by; null for none.</param>
    /// <param name="validFor">The entry's lifetime; nothing is stored when it is not positive.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the entry is stored or skipped.</returns>
    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        return SetAsync(key, new ReadOnlySequence<byte>(value), tags, validFor, cancellationToken);
    }

    /// <summary>Stores an entry under its tags for <paramref name="validFor"/>; skipped (logged) when Redis cannot be reached.</summary>
    /// <param name="key">The entry's key.</param>
    /// <param name="value">The entry's bytes, in one or more segments; written to the socket without being joined.</param>
    /// <param name="tags">Tags that <see cref="EvictByTagAsync"/> can evict the entry by.</param>
    /// <param name="validFor">The entry's lifetime; nothing is stored when it is not positive.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the entry is stored or skipped.</returns>
    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (var tag in tags.Span)
        {
            ArgumentNullException.ThrowIfNull(tag, nameof(tags));
        }

        if (validFor <= TimeSpan.Zero || InOutage())
        {
            return;
        }

        var pipeline = BuildSet(key, value, tags.Span, validFor);
        await using (pipeline.ConfigureAwait(false))
        {
            try
            {
                await pipeline.ExecuteAsync(raiseOnError: true, cancellationToken).ConfigureAwait(false);
            }
            catch (RedisException ex)
            {
                OnFailure(ex);
                Log.WriteFailed(_logger, key, ex);
            }
        }
    }

    /// <summary>
    /// Evicts every entry tagged <paramref name="tag"/>, whichever store wrote it, and empties the tag. Unlike
    /// reads and writes this throws when Redis cannot be reached, so the caller knows stale content may remain.
    /// </summary>
    /// <param name="tag">The tag.</param>
    /// <param name="cancellationToken">Stops the eviction between batches.</param>
    /// <returns>A task that completes when the tag has been walked.</returns>
    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var tagKey = _keys.TagKey(tag);
        var members = new List<RedisValue>(EvictionBatch);
        var entries = new List<RedisKey>(EvictionBatch);
        await foreach (var member in _client.ZScanIterAsync(tagKey, count: EvictionBatch, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            members.Add(member.Member);
            entries.Add(_keys.ValueKey(member.Member));
            if (members.Count == EvictionBatch)
            {
                await EvictAsync(tagKey, members, entries, cancellationToken).ConfigureAwait(false);
            }
        }

        if (members.Count > 0)
        {
            await EvictAsync(tagKey, members, entries, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops the background sweep. The client is not disposed.</summary>
    /// <returns>A task that completes when the sweep has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (!_disposed.IsCancellationRequested)
        {
            await _disposed.CancelAsync().ConfigureAwait(false);
        }

        await _sweeper.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _disposed.Dispose();
    }

    /// <summary>Stops the background sweep without waiting for it. The client is not disposed.</summary>
    public void Dispose()
    {
        if (!_disposed.IsCancellationRequested)
        {
            _disposed.Cancel();
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"RedisOutputCacheStore({_client}, InstanceName='{_keys.InstanceName}')";

    private bool InOutage() => _retryAfterFailureMs > 0 && Environment.TickCount64 < Volatile.Read(ref _skipUntilMs);

    private void OnFailure(RedisException exception)
    {
        // Only failures to reach the server open the pause; an error reply says nothing about the next call.
        if (_retryAfterFailureMs > 0 && exception is RedisConnectionException or RedisTimeoutException or RedisPoolExhaustedException)
        {
            Volatile.Write(ref _skipUntilMs, Environment.TickCount64 + _retryAfterFailureMs);
        }
    }

    private Pipeline BuildSet(string key, ReadOnlySequence<byte> value, ReadOnlySpan<string> tags, TimeSpan validFor)
    {
        // Value and tags travel in one flush; the tag writes are the same ZADDs Microsoft's store sends.
        var pipeline = _client.Pipeline(transaction: false);
        pipeline.Set(_keys.ValueKey(key), RedisValue.FromSequence(value), px: validFor < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : validFor);
        if (!tags.IsEmpty)
        {
            var expiry = OutputCacheKeyLayout.ExpiryScore(_time.GetUtcNow(), validFor);
            foreach (var tag in tags)
            {
                pipeline.ZAdd(_keys.TagIndex, tag, expiry, gt: true);
                pipeline.ZAdd(_keys.TagKey(tag), key, expiry);
            }
        }

        return pipeline;
    }

    private async Task EvictAsync(RedisKey tagKey, List<RedisValue> members, List<RedisKey> entries, CancellationToken cancellationToken)
    {
        var pipeline = _client.Pipeline(transaction: false);
        await using (pipeline.ConfigureAwait(false))
        {
            pipeline.Unlink([.. entries]);
            pipeline.ZRem(tagKey, [.. members]);
            await pipeline.ExecuteAsync(raiseOnError: true, cancellationToken).ConfigureAwait(false);
        }

        members.Clear();
        entries.Clear();
    }
}
