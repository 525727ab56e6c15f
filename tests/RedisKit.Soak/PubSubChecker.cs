using System.Collections.Concurrent;
using System.Globalization;

namespace RedisKit.Soak;

/// <summary>
/// A publisher numbering its messages and a subscriber checking they arrive in order, once each.
/// Only normal clients are killed, so the subscriber stays connected; a PUBLISH that failed may or
/// may not have gone out, so only its number may be missing.
/// </summary>
internal sealed class PubSubChecker(RedisClient redis, string channel, SoakCounters counters)
{
    private readonly ConcurrentDictionary<long, bool> _uncertain = new();
    private long _lastPublished;

    public async Task PublishAsync(CancellationToken stop)
    {
        var sequence = 0L;
        while (!stop.IsCancellationRequested)
        {
            sequence++;
            try
            {
                await redis.PublishAsync(channel, sequence.ToString(CultureInfo.InvariantCulture), CancellationToken.None).ConfigureAwait(false);
            }
            catch (RedisException ex) when (ex is RedisConnectionException or RedisTimeoutException)
            {
                _uncertain[sequence] = true;
            }

            Volatile.Write(ref _lastPublished, sequence);
            await Task.Delay(1, CancellationToken.None).ConfigureAwait(false);
        }
    }

    public async Task SubscribeAsync(PubSub pubsub, CancellationToken stop)
    {
        var last = 0L;
        try
        {
            await foreach (var message in pubsub.ListenAsync(stop).ConfigureAwait(false))
            {
                if (!message.IsData)
                {
                    continue;
                }

                var number = long.Parse(message.DataAsString!, CultureInfo.InvariantCulture);
                Interlocked.Increment(ref counters.PubSubReceived);
                if (number <= last)
                {
                    Interlocked.Increment(ref counters.PubSubDuplicates);
                    counters.Note($"pub/sub: {number} arrived after {last}");
                    continue;
                }

                for (var missing = last + 1; missing < number; missing++)
                {
                    if (!_uncertain.ContainsKey(missing))
                    {
                        Interlocked.Increment(ref counters.PubSubGaps);
                        counters.Note($"pub/sub: {missing} never arrived (got {number} after {last})");
                    }
                }

                last = number;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }
}
