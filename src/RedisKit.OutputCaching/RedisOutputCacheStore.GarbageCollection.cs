namespace RedisKit.OutputCaching;

public sealed partial class RedisOutputCacheStore
{
    private const int SweepBatch = 250;
    private static readonly TimeSpan SweepLockLifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Removes expired members from every tag set and expired tags from the tag index, now. The background
    /// sweep calls this every <see cref="RedisOutputCacheOptions.GarbageCollectionInterval"/>; only one node
    /// (RedisKit's or Microsoft's store) sweeps at a time.
    /// </summary>
    /// <param name="cancellationToken">Stops the sweep between batches.</param>
    /// <returns>How many expired tags were dropped from the index, or null when another node is sweeping.</returns>
    public async ValueTask<long?> CollectGarbageAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = ScoreBound.Inclusive(_time.GetUtcNow().ToUnixTimeMilliseconds());
        if (!await _client.SetAsync(_keys.SweepLock, _time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture), ex: SweepLockLifetime, nx: true, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        try
        {
            var tags = new List<string>(SweepBatch);
            await foreach (var tag in _client.ZScanIterAsync(_keys.TagIndex, count: SweepBatch, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                tags.Add(tag.Member);
                if (tags.Count == SweepBatch)
                {
                    await SweepTagsAsync(tags, cutoff, cancellationToken).ConfigureAwait(false);
                }
            }

            if (tags.Count > 0)
            {
                await SweepTagsAsync(tags, cutoff, cancellationToken).ConfigureAwait(false);
            }

            return await _client.ZRemRangeByScoreAsync(_keys.TagIndex, ScoreBound.Inclusive(0), cutoff, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await _client.DeleteAsync([_keys.SweepLock], CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task SweepTagsAsync(List<string> tags, ScoreBound cutoff, CancellationToken cancellationToken)
    {
        var pipeline = _client.Pipeline(transaction: false);
        await using (pipeline.ConfigureAwait(false))
        {
            foreach (var tag in tags)
            {
                pipeline.ZRemRangeByScore(_keys.TagKey(tag), ScoreBound.Inclusive(0), cutoff);
            }

            // The lock's lifetime is renewed with each batch, so a long sweep keeps it.
            pipeline.Expire(_keys.SweepLock, SweepLockLifetime);
            await pipeline.ExecuteAsync(raiseOnError: true, cancellationToken).ConfigureAwait(false);
        }

        tags.Clear();
    }

    private async Task SweepLoopAsync(TimeSpan interval)
    {
        var token = _disposed.Token;
        while (!token.IsCancellationRequested)
        {
            // Up to a tenth of the interval either way, so a fleet started together does not sweep together.
            var jitter = (Random.Shared.NextDouble() - 0.5) * 0.2 * interval.TotalMilliseconds;
            try
            {
                await Task.Delay(interval + TimeSpan.FromMilliseconds(jitter), _time, token).ConfigureAwait(false);
                await CollectGarbageAsync(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Whatever went wrong, the loop lives on: a sweep that never runs again would let tag sets grow.
                Log.SweepFailed(_logger, ex);
            }
        }
    }
}
