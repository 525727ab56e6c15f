using System.Diagnostics;

namespace RedisKit.Benchmarks.Harness;

/// <summary>One round of one workload with one client.</summary>
internal readonly record struct Measurement(double OperationsPerSecond, double AllocatedBytesPerOperation, double CpuMicrosecondsPerOperation)
{
    /// <summary>Runs the workload's callers for <paramref name="duration"/> and measures throughput, allocations and CPU.</summary>
    public static Task<Measurement> RunAsync(Workload workload, IBenchClient client, TimeSpan duration) =>
        RunAsync(workload.Callers, workload.OperationsPerStep, (caller, step) => workload.Step(client, caller, step), duration);

    /// <summary>
    /// Runs <paramref name="callers"/> callers, each repeating <paramref name="step"/> (given the caller and step number)
    /// for <paramref name="duration"/>, and measures throughput, allocations and CPU.
    /// </summary>
    public static async Task<Measurement> RunAsync(int callers, int operationsPerStep, Func<int, int, ValueTask> step, TimeSpan duration)
    {
        using var stop = new CancellationTokenSource();
        var process = Process.GetCurrentProcess();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        stop.CancelAfter(duration);
        var counts = await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => CallerAsync(step, caller, stop.Token))).ConfigureAwait(false);
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var operations = counts.Sum() * (long)operationsPerStep;
        return new Measurement(
            operations / watch.Elapsed.TotalSeconds,
            (double)allocated / operations,
            cpu.TotalMilliseconds * 1000 / operations);
    }

    private static async Task<long> CallerAsync(Func<int, int, ValueTask> step, int caller, CancellationToken stop)
    {
        await Task.Yield();
        long steps = 0;
        while (!stop.IsCancellationRequested)
        {
            await step(caller, (int)(steps % int.MaxValue)).ConfigureAwait(false);
            steps++;
        }

        return steps;
    }
}
