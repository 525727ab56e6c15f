namespace RedisKit.TestKit;

/// <summary>Waiting for a server to reach a state it gets to in the background (replication, cluster gossip, a blocked client).</summary>
public static class Polling
{
    /// <summary>How long <see cref="EventuallyAsync{T}"/> waits unless told otherwise.</summary>
    public static readonly TimeSpan DefaultPatience = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// Calls <paramref name="read"/> until <paramref name="done"/> holds for its value and returns
    /// that value; fails with the last value seen once <paramref name="patience"/> (by default
    /// <see cref="DefaultPatience"/>) has passed.
    /// </summary>
    /// <exception cref="TimeoutException">The state was not reached in time.</exception>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? patience = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(done);
        var wait = patience ?? DefaultPatience;
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            var value = await read().ConfigureAwait(false);
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still {value} after {wait.TotalSeconds} s.");
            }

            await Task.Delay(Interval).ConfigureAwait(false);
        }
    }
}
