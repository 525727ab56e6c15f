using System.Runtime.CompilerServices;

namespace RedisKit;

// SCAN as an async stream: several SCAN commands, one per page, so not a generated method.
public sealed partial class RedisClient
{
    /// <summary>
    /// SCAN from start to end as an async stream, like redis-py's <c>scan_iter</c>. A key may appear
    /// more than once when the keyspace changes during the iteration, as SCAN guarantees no more.
    /// </summary>
    public IAsyncEnumerable<string> ScanIterAsync(string? match = null, long? count = null, string? type = null, CancellationToken cancellationToken = default) =>
        ScanAllAsync((cursor, token) => ScanAsync(cursor, match, count, type, token), cancellationToken);

    /// <summary>Walks a SCAN-family cursor from 0 back to 0, yielding every item of every page.</summary>
    private static async IAsyncEnumerable<T> ScanAllAsync<T>(Func<ulong, CancellationToken, ValueTask<ScanResult<T>>> page,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ulong cursor = 0;
        do
        {
            var result = await page(cursor, cancellationToken).ConfigureAwait(false);
            foreach (var item in result.Items)
            {
                yield return item;
            }

            cursor = result.Cursor;
        }
        while (cursor != 0);
    }
}
