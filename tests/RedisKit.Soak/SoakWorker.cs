using System.Globalization;

namespace RedisKit.Soak;

/// <summary>
/// One caller's loop. It owns its keys, so it knows exactly what each reply must be: an ECHO of
/// its own token, a counter that only grows, and a value no older than its last acknowledged write
/// and no newer than its last attempted one. Connection errors are expected (connections are
/// killed); anything else counts as a failure.
/// </summary>
internal sealed class SoakWorker(RedisClient redis, int id, string prefix, SoakCounters counters)
{
    private readonly string _valueKey = $"{prefix}:v:{id}";
    private readonly string _counterKey = $"{prefix}:n:{id}";
    private long _acknowledged;
    private long _attempted;
    private long _lastCounter;
    private long _sequence;

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await StepAsync().ConfigureAwait(false);
            }
            catch (RedisException ex) when (ex is RedisConnectionException or RedisTimeoutException)
            {
                Interlocked.Increment(ref counters.ConnectionErrors);
            }
            catch (Exception ex)
            {
                Interlocked.Increment(ref counters.UnexpectedErrors);
                counters.Note($"caller {id}: {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    /// <summary>The value must still be there at the end: no acknowledged write may be lost.</summary>
    public async Task VerifyAsync()
    {
        var value = await redis.GetAsync(_valueKey).ConfigureAwait(false);
        CheckValue(value, "at the end");
    }

    private async Task StepAsync()
    {
        var step = ++_sequence;
        switch (step % 4)
        {
            case 0:
                var token = $"{id}:{step}";
                var echoed = await redis.EchoAsync(token).ConfigureAwait(false);
                Expect(echoed == token, $"ECHO {token} returned {echoed}");
                break;
            case 1:
                _attempted = step;
                await redis.SetAsync(_valueKey, step.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
                _acknowledged = step;
                break;
            case 2:
                CheckValue(await redis.GetAsync(_valueKey).ConfigureAwait(false), "on GET");
                var counter = await redis.IncrAsync(_counterKey).ConfigureAwait(false);
                Expect(counter > _lastCounter, $"INCR went from {_lastCounter} to {counter}");
                _lastCounter = counter;
                break;
            default:
                await using (var pipe = redis.Pipeline(transaction: step % 8 == 3))
                {
                    var results = await pipe.Echo($"{id}:{step}:a").Incr(_counterKey).Echo($"{id}:{step}:b").ExecuteAsync().ConfigureAwait(false);
                    Expect(Equals(results[0], $"{id}:{step}:a") && Equals(results[2], $"{id}:{step}:b"), $"pipeline {step} returned {results[0]}, {results[2]}");
                    var incremented = (long)results[1]!;
                    Expect(incremented > _lastCounter, $"pipelined INCR went from {_lastCounter} to {incremented}");
                    _lastCounter = incremented;
                }

                break;
        }

        Interlocked.Increment(ref counters.Operations);
    }

    private void CheckValue(string? value, string when)
    {
        var number = value is null ? 0 : long.Parse(value, CultureInfo.InvariantCulture);
        if (number < _acknowledged)
        {
            Interlocked.Increment(ref counters.LostWrites);
            counters.Note($"caller {id} {when}: read {number} after write {_acknowledged} was acknowledged");
        }
        else if (number > _attempted)
        {
            Interlocked.Increment(ref counters.WrongReplies);
            counters.Note($"caller {id} {when}: read {number}, never written (last attempt {_attempted})");
        }
    }

    private void Expect(bool condition, string what)
    {
        if (!condition)
        {
            Interlocked.Increment(ref counters.WrongReplies);
            counters.Note($"caller {id}: {what}");
        }
    }
}
