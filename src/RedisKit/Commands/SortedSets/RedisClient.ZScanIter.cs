namespace RedisKit;

// Not a generated command method: it runs ZSCAN page after page until the cursor comes back to 0.
public sealed partial class RedisClient
{
    /// <summary>ZSCAN from start to end as an async stream of members with scores, like redis-py's <c>zscan_iter</c>.</summary>
    /// <param name="key">The sorted set to walk.</param>
    /// <param name="match">A glob pattern the members must match; null for all.</param>
    /// <param name="count">How much work the server does per page (a hint); null for its default.</param>
    /// <param name="cancellationToken">Cancels the wait for the next page.</param>
    public IAsyncEnumerable<ScoredMember> ZScanIterAsync(RedisKey key, string? match = null, long? count = null, CancellationToken cancellationToken = default) =>
        ScanAllAsync((cursor, token) => ZScanAsync(key, cursor, match, count, token), cancellationToken);
}
