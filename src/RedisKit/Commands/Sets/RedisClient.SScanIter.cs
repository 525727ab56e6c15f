namespace RedisKit;

// Not a generated command method: it runs SSCAN page after page until the cursor comes back to 0.
public sealed partial class RedisClient
{
    /// <summary>
    /// SSCAN from start to end as an async stream of members, like redis-py's <c>sscan_iter</c>. A member
    /// added or removed during the walk may or may not be seen, and one may be seen twice, as SSCAN guarantees.
    /// </summary>
    /// <param name="key">The set to walk.</param>
    /// <param name="match">A glob pattern the members must match; null for all.</param>
    /// <param name="count">How much work the server does per page (a hint); null for its default.</param>
    /// <param name="cancellationToken">Cancels the wait for the next page.</param>
    public IAsyncEnumerable<string> SScanIterAsync(RedisKey key, string? match = null, long? count = null, CancellationToken cancellationToken = default) =>
        ScanAllAsync((cursor, token) => SScanAsync(key, cursor, match, count, token), cancellationToken);
}
