using System.Diagnostics;
using System.Globalization;

namespace RedisKit.Soak;

/// <summary>Runs the workers, the killer, pub/sub and the sampler, then judges the run.</summary>
internal static class SoakRun
{
    public static async Task<List<string>> RunAsync(SoakSettings settings, TextWriter output)
    {
        var counters = new SoakCounters();
        var prefix = "soak:" + Guid.NewGuid().ToString("N")[..8];
        var options = new RedisOptions { DecodeResponses = true, SocketTimeout = TimeSpan.FromSeconds(5) };
        await using var redis = RedisClient.FromUrl(settings.Url, options);
        await using var killer = RedisClient.FromUrl(settings.Url, options);
        await using var pubsub = redis.PubSub();
        await pubsub.SubscribeAsync(prefix + ":events");
        await redis.PingAsync();

        using var stop = new CancellationTokenSource(settings.Duration);
        var workers = new SoakWorker[settings.Callers];
        var tasks = new List<Task>();
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = new SoakWorker(redis, i, prefix, counters);
            var worker = workers[i];
            tasks.Add(Task.Run(() => worker.RunAsync(stop.Token)));
        }

        var checker = new PubSubChecker(redis, prefix + ":events", counters);
        tasks.Add(Task.Run(() => checker.PublishAsync(stop.Token)));
        tasks.Add(Task.Run(() => checker.SubscribeAsync(pubsub, stop.Token)));
        tasks.Add(Task.Run(() => KillAsync(killer, settings.KillEvery, counters, stop.Token)));

        output.WriteLine($"soak of {settings.Duration.TotalMinutes:0.##} min, {settings.Callers} callers, normal connections killed every {settings.KillEvery.TotalSeconds:0.#} s");
        output.WriteLine("  time      ops/s   ops total  conn.err  wrong  lost  ps.recv  ps.gap  ps.dup  heap MB  ws MB  threads  server conns");
        var samples = new List<Sample>();
        var started = Stopwatch.StartNew();
        var lastOps = 0L;
        var interval = TimeSpan.FromSeconds(Math.Clamp(settings.Duration.TotalSeconds / 20, 2, 30));
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var sample = await SampleAsync(killer, started.Elapsed);
            samples.Add(sample);
            var ops = Interlocked.Read(ref counters.Operations);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sample.Elapsed.TotalSeconds,6:0}s {(ops - lastOps) / interval.TotalSeconds,10:0} {ops,11} {counters.ConnectionErrors,9} {counters.WrongReplies,6} {counters.LostWrites,5} {counters.PubSubReceived,8} {counters.PubSubGaps,7} {counters.PubSubDuplicates,7} {sample.HeapMegabytes,8:0.0} {sample.WorkingSetMegabytes,6:0} {sample.Threads,8} {sample.ServerConnections,13}"));
            lastOps = ops;
        }

        await Task.WhenAll(tasks);
        foreach (var worker in workers)
        {
            await worker.VerifyAsync();
        }

        var failures = Judge(counters, samples);
        foreach (var note in counters.Samples)
        {
            output.WriteLine("  " + note);
        }

        output.WriteLine(failures.Count == 0
            ? $"PASS: {counters.Operations} operations, {counters.Kills} kills, {counters.ConnectionErrors} connection errors (expected), {counters.PubSubReceived} pub/sub messages in order"
            : "FAIL: " + string.Join("; ", failures));
        return failures;
    }

    private static async Task KillAsync(RedisClient killer, TimeSpan every, SoakCounters counters, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, stop);
                var killed = await killer.ExecuteCommandAsync(["CLIENT", "KILL", "TYPE", "normal", "SKIPME", "yes"], stop);
                Interlocked.Add(ref counters.Kills, Convert.ToInt64(killed, CultureInfo.InvariantCulture));
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (RedisException ex)
            {
                counters.Note("killer: " + ex.Message);
            }
        }
    }

    private static async Task<Sample> SampleAsync(RedisClient observer, TimeSpan elapsed)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var connections = -1L;
        try
        {
            var info = (string)(await observer.ExecuteCommandAsync("INFO", "clients"))!;
            foreach (var line in info.Split('\n'))
            {
                if (line.StartsWith("connected_clients:", StringComparison.Ordinal))
                {
                    connections = long.Parse(line.AsSpan("connected_clients:".Length).Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (RedisException)
        {
        }

        return new Sample(elapsed, GC.GetTotalMemory(false) / 1048576.0, process.WorkingSet64 / 1048576.0, process.Threads.Count, connections);
    }

    /// <summary>
    /// Fails on any wrong reply, lost write, pub/sub gap or duplicate, unexpected error, or growth:
    /// the last third of the run may not sit well above the first third once warmed up.
    /// </summary>
    private static List<string> Judge(SoakCounters counters, List<Sample> samples)
    {
        var failures = new List<string>();
        void Check(bool ok, string what)
        {
            if (!ok)
            {
                failures.Add(what);
            }
        }

        Check(counters.WrongReplies == 0, $"{counters.WrongReplies} wrong replies");
        Check(counters.LostWrites == 0, $"{counters.LostWrites} lost writes");
        Check(counters.PubSubGaps == 0, $"{counters.PubSubGaps} pub/sub gaps");
        Check(counters.PubSubDuplicates == 0, $"{counters.PubSubDuplicates} pub/sub duplicates");
        Check(counters.UnexpectedErrors == 0, $"{counters.UnexpectedErrors} unexpected errors");
        Check(counters.Operations > 0, "no operation completed");
        Check(counters.PubSubReceived > 0, "no pub/sub message arrived");
        if (samples.Count >= 6)
        {
            var third = samples.Count / 3;
            var early = samples.GetRange(1, third);
            var late = samples.GetRange(samples.Count - third, third);
            Check(Max(late, s => s.HeapMegabytes) <= Max(early, s => s.HeapMegabytes) * 1.5 + 32, "managed heap grew");
            Check(Max(late, s => s.Threads) <= Max(early, s => s.Threads) + 16, "threads grew");
            Check(Max(late, s => s.ServerConnections) <= Max(early, s => s.ServerConnections) + 8, "server connections grew");
        }

        return failures;
    }

    private static double Max(List<Sample> samples, Func<Sample, double> value)
    {
        var max = double.MinValue;
        foreach (var sample in samples)
        {
            max = Math.Max(max, value(sample));
        }

        return max;
    }

    private sealed record Sample(TimeSpan Elapsed, double HeapMegabytes, double WorkingSetMegabytes, int Threads, long ServerConnections);
}
