namespace RedisKit.Extensions.Tests;

/// <summary>
/// Blocks every thread-pool thread in synchronous work: the pool may not grow, the work is queued once for
/// every thread it has, and the copies begin together once none has started for half a second, so while
/// they run no pool thread is free. A thread outside the pool watches the clock and lifts the cap, so a
/// failure cannot hang the run. Tests using it belong to <see cref="Caching.ThreadPoolTestGroup"/>.
/// </summary>
internal static class ThreadPoolSaturation
{
    /// <summary>What happened: whether every copy that started finished within 60 s, and the failures.</summary>
    public sealed record Outcome(bool InTime, int Started, int DoneInTime, int Failures, Exception? FirstError);

    /// <summary>Runs <paramref name="work"/> on every pool thread at once; a copy that throws counts as a failure.</summary>
    public static async Task<Outcome> RunAsync(Action work)
    {
        ThreadPool.GetMinThreads(out var minWorkers, out _);
        ThreadPool.GetMaxThreads(out var maxWorkers, out var maxIo);
        var slots = Math.Max(ThreadPool.ThreadCount, minWorkers);
        var started = 0;
        var done = 0;
        var failures = 0;
        Exception? firstError = null;
        var lastStart = Environment.TickCount64;

        if (!ThreadPool.SetMaxThreads(slots, maxIo))
        {
            throw new InvalidOperationException($"The thread pool refused a cap of {slots} threads.");
        }

        var outcome = new TaskCompletionSource<(bool InTime, int Started, int DoneInTime)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var watcher = new Thread(() =>
        {
            var deadline = Environment.TickCount64 + 60_000;
            while (Environment.TickCount64 < deadline
                && (Environment.TickCount64 - Volatile.Read(ref lastStart) < 1000 || Volatile.Read(ref done) + Volatile.Read(ref failures) < Volatile.Read(ref started)))
            {
                Thread.Sleep(20);
            }

            var snapshot = (Volatile.Read(ref done) == Volatile.Read(ref started), Volatile.Read(ref started), Volatile.Read(ref done));
            ThreadPool.SetMaxThreads(maxWorkers, maxIo);
            while (Volatile.Read(ref done) + Volatile.Read(ref failures) < slots && Environment.TickCount64 < deadline + 60_000)
            {
                Thread.Sleep(20);
            }

            outcome.SetResult(snapshot);
        });

        for (var i = 0; i < slots; i++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(
                _ =>
                {
                    try
                    {
                        Interlocked.Increment(ref started);
                        Volatile.Write(ref lastStart, Environment.TickCount64);
                        while (Environment.TickCount64 - Volatile.Read(ref lastStart) < 500)
                        {
                            Thread.Sleep(10);
                        }

                        work();
                        Interlocked.Increment(ref done);
                    }
                    catch (Exception ex)
                    {
                        Interlocked.CompareExchange(ref firstError, ex, null);
                        Interlocked.Increment(ref failures);
                    }
                },
                null);
        }

        watcher.Start();
        var (inTime, startedTogether, doneInTime) = await outcome.Task;
        return new Outcome(inTime, startedTogether, doneInTime, Volatile.Read(ref failures), Volatile.Read(ref firstError));
    }
}
