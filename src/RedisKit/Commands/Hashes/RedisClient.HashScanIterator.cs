namespace RedisKit;

// Hand-written because it is not one command run once: it runs HSCAN page after page until the
// cursor comes back to 0.
public sealed partial class RedisClient
{
    /// <summary>HSCAN from start to end as an async stream of field-value pairs, like redis-py's <c>hscan_iter</c>.</summary>
    public IAsyncEnumerable<KeyValuePair<string, string>> HScanIterAsync(RedisKey key, string? match = null, long? count = null,
        CancellationToken cancellationToken = default) =>
        ScanAllAsync((cursor, token) => HScanAsync(key, cursor, match, count, token), cancellationToken);
}
