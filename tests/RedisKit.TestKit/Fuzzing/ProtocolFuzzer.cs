using System.Diagnostics;
using System.Globalization;

namespace RedisKit.TestKit.Fuzzing;

/// <summary>One call that broke a rule, with what it takes to replay it.</summary>
public sealed record FuzzFailure(int Seed, int Worker, int Case, string Operation, string Problem)
{
    public override string ToString() =>
        $"seed {Seed.ToString(CultureInfo.InvariantCulture)} worker {Worker.ToString(CultureInfo.InvariantCulture)} case {Case.ToString(CultureInfo.InvariantCulture)} ({Operation}): {Problem}";
}

/// <summary>What a fuzz run did.</summary>
public sealed class ProtocolFuzzReport
{
    public int Cases { get; internal set; }

    public int Results { get; internal set; }

    public int RedisErrors { get; internal set; }

    public List<FuzzFailure> Failures { get; } = [];

    public TimeSpan Elapsed { get; internal set; }

    /// <summary>Managed heap after the run minus before, both after full collections.</summary>
    public long MemoryGrowthBytes { get; internal set; }

    /// <summary>Threads of the process after the run (clients disposed) minus before.</summary>
    public int ThreadGrowth { get; internal set; }

    public override string ToString() =>
        $"{Cases} cases in {Elapsed.TotalSeconds:0.0} s: {Results} results, {RedisErrors} RedisExceptions, {Failures.Count} failures; " +
        $"heap {MemoryGrowthBytes / 1048576.0:+0.0;-0.0} MiB, threads {ThreadGrowth:+0;-0}";
}

/// <summary>
/// Drives clients against <see cref="ScriptedRedisServer"/>s that answer with mutated replies:
/// every parser family (typed calls of many command families, untyped calls), asynchronous and
/// synchronous, single and pipelined, RESP2 and RESP3. A call passes when it ends within the
/// socket timeout plus two seconds with a result or a <see cref="RedisException"/>. Cases are
/// derived from the seed alone (worker w runs cases w, w + workers, ...), so a failing seed replays.
/// </summary>
public static class ProtocolFuzzer
{
    private static readonly string[] Operations =
    [
        "GET", "MGET", "INCR", "HGETALL", "ZRANGE WITHSCORES", "XRANGE", "GEOPOS", "SMEMBERS", "ZSCORE", "TIME", "SCAN", "SET",
        "EXISTS", "LRANGE", "INFO", "untyped FUZZ", "untyped MGET", "sync FUZZ", "sync HGETALL", "pipeline", "transaction", "untyped pipeline",
    ];

    public static async Task<ProtocolFuzzReport> RunAsync(int seed, int cases, int workers, TimeSpan socketTimeout, TextWriter? log = null)
    {
        var report = new ProtocolFuzzReport();
        var current = new string[workers];
        UnhandledExceptionEventHandler onCrash = (_, e) =>
            Console.Error.WriteLine($"FUZZ CRASH with seed {seed}: an exception escaped a thread while running [{string.Join("; ", current)}]: {e.ExceptionObject}");
        AppDomain.CurrentDomain.UnhandledException += onCrash;
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var threadsBefore = Process.GetCurrentProcess().Threads.Count;
        var watch = Stopwatch.StartNew();
        try
        {
            var tasks = new Task[workers];
            for (var w = 0; w < workers; w++)
            {
                var worker = w;
                tasks[w] = Task.Run(() => RunWorkerAsync(seed, worker, workers, cases, socketTimeout, report, current, log));
            }

            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        finally
        {
            AppDomain.CurrentDomain.UnhandledException -= onCrash;
        }

        report.Elapsed = watch.Elapsed;

        // Retired connections' threads end on their own; give them a moment before counting.
        for (var i = 0; i < 20 && Process.GetCurrentProcess().Threads.Count > threadsBefore + 8; i++)
        {
            await Task.Delay(100).ConfigureAwait(false);
        }

        report.ThreadGrowth = Process.GetCurrentProcess().Threads.Count - threadsBefore;
        report.MemoryGrowthBytes = GC.GetTotalMemory(forceFullCollection: true) - memoryBefore;
        return report;
    }

    private static async Task RunWorkerAsync(int seed, int worker, int workers, int cases, TimeSpan socketTimeout, ProtocolFuzzReport report, string[] current, TextWriter? log)
    {
        var resp3 = worker % 2 == 0;
        var responder = new FuzzResponder(resp3);
        await using var server = new ScriptedRedisServer(responder.Respond);
        var options = new RedisOptions
        {
            Host = "127.0.0.1",
            Port = server.Port,
            Protocol = resp3 ? 3 : 2,
            SocketTimeout = socketTimeout,
            SocketConnectTimeout = TimeSpan.FromSeconds(1),
            PoolTimeout = TimeSpan.FromSeconds(1),
            RetryAttempts = 0,
            LibName = null,
            LibVersion = null,
            DecodeResponses = worker % 4 < 2,
            MaxConnections = 4,
        };
        await using var client = new RedisClient(options);
        // Five seconds past the socket timeout: a case that hangs takes for ever, while a whole suite
        // running in parallel on two heavily shared cores delayed sound cases by up to 3.4 s.
        var limit = socketTimeout + TimeSpan.FromSeconds(5);

        // Connecting and compiling the first calls are not what the time limit is about: warm up
        // with valid replies before the cases start (a cold start can itself exceed the short timeout).
        responder.Mutating = false;
        for (var attempt = 0; attempt < 10; attempt++)
        {
            try
            {
                await client.ExecuteCommandAsync("PING").ConfigureAwait(false);
                await client.GetAsync("k").ConfigureAwait(false);
                break;
            }
            catch (RedisException) when (attempt < 9)
            {
                // Warming up: try again.
            }
        }

        responder.Mutating = true;
        for (var index = worker; index < cases; index += workers)
        {
            var random = new Random(Mix(seed, worker, index));
            responder.Reseed(Mix(seed, worker, index) ^ 0x5bd1e995);
            var operation = random.Next(Operations.Length);
            current[worker] = $"worker {worker} case {index} {Operations[operation]}";
            var watch = Stopwatch.StartNew();
            string? problem = null;
            try
            {
                var outcome = RunOperationAsync(client, operation, random);
                var result = await outcome.WaitAsync(limit + TimeSpan.FromSeconds(5)).ConfigureAwait(false);
                problem = CheckResult(result);
                lock (report)
                {
                    report.Results++;
                }
            }
            catch (TimeoutException) when (watch.Elapsed >= limit)
            {
                problem = $"still running after {watch.Elapsed.TotalSeconds:0.0} s";
            }
            catch (RedisException)
            {
                lock (report)
                {
                    report.RedisErrors++;
                }
            }
            catch (Exception ex)
            {
                problem = $"threw {ex.GetType().FullName}, not a RedisException: {ex.Message}";
            }

            if (problem is null && watch.Elapsed > limit)
            {
                problem = $"took {watch.Elapsed.TotalSeconds:0.00} s, more than the socket timeout plus {(limit - socketTimeout).TotalSeconds:0} s";
            }

            lock (report)
            {
                report.Cases++;
                if (problem is not null)
                {
                    var failure = new FuzzFailure(seed, worker, index, Operations[operation], problem);
                    report.Failures.Add(failure);
                    log?.WriteLine("FUZZ FAILURE " + failure);
                }
            }
        }
    }

    private static string? CheckResult(object? result)
    {
        if (result is PipelineResults items)
        {
            foreach (var item in items)
            {
                if (item is Exception exception and not RedisException)
                {
                    return $"a pipeline result holds {exception.GetType().FullName}, not a RedisException: {exception.Message}";
                }
            }
        }

        return null;
    }

    private static async Task<object?> RunOperationAsync(RedisClient client, int operation, Random random)
    {
        switch (operation)
        {
            case 0: return await client.GetAsync("k").ConfigureAwait(false);
            case 1: return await client.MGetAsync("a", "b", "c").ConfigureAwait(false);
            case 2: return await client.IncrAsync("n").ConfigureAwait(false);
            case 3: return await client.HGetAllAsync("h").ConfigureAwait(false);
            case 4: return await client.ZRangeWithScoresAsync("z", 0, -1).ConfigureAwait(false);
            case 5: return await client.XRangeAsync("s").ConfigureAwait(false);
            case 6: return await client.GeoPosAsync("g", "m1", "m2").ConfigureAwait(false);
            case 7: return await client.SMembersAsync("s").ConfigureAwait(false);
            case 8: return await client.ZScoreAsync("z", "m").ConfigureAwait(false);
            case 9: return await client.TimeAsync().ConfigureAwait(false);
            case 10: return await client.ScanAsync().ConfigureAwait(false);
            case 11: return await client.SetAsync("k", "v").ConfigureAwait(false);
            case 12: return await client.ExistsAsync("a", "b").ConfigureAwait(false);
            case 13: return await client.LRangeAsync("l", 0, -1).ConfigureAwait(false);
            case 14: return await client.InfoAsync().ConfigureAwait(false);
            case 15: return await client.ExecuteCommandAsync("FUZZ").ConfigureAwait(false);
            case 16: return await client.ExecuteCommandAsync("MGET", "a", "b", "c").ConfigureAwait(false);
            case 17: return await Synchronously(() => client.ExecuteCommand("FUZZ")).ConfigureAwait(false);
            case 18: return await Synchronously(() => client.ExecuteCommand("HGETALL", "h")).ConfigureAwait(false);
            case 19 or 20:
                {
                    await using var pipeline = client.Pipeline(transaction: operation == 20);
                    for (var i = random.Next(1, 6); i > 0; i--)
                    {
                        QueueRandom(pipeline, random);
                    }

                    return await pipeline.ExecuteAsync(raiseOnError: random.Next(2) == 0).ConfigureAwait(false);
                }

            default:
                {
                    await using var pipeline = client.Pipeline(transaction: random.Next(2) == 0);
                    pipeline.ExecuteCommand("FUZZ").ExecuteCommand("MGET", "a", "b").ExecuteCommand("FUZZ");
                    return await pipeline.ExecuteAsync(raiseOnError: false).ConfigureAwait(false);
                }
        }
    }

    private static void QueueRandom(Pipeline pipeline, Random random)
    {
        switch (random.Next(10))
        {
            case 0: pipeline.Get("k"); break;
            case 1: pipeline.MGet("a", "b", "c"); break;
            case 2: pipeline.Incr("n"); break;
            case 3: pipeline.HGetAll("h"); break;
            case 4: pipeline.ZRangeWithScores("z", 0, -1); break;
            case 5: pipeline.XRange("s"); break;
            case 6: pipeline.GeoPos("g", "m1", "m2"); break;
            case 7: pipeline.SMembers("s"); break;
            case 8: pipeline.ZScore("z", "m"); break;
            default: pipeline.Time(); break;
        }
    }

    /// <summary>A synchronous call on a thread of its own, so blocking it never starves the pool the other workers use.</summary>
    private static Task<object?> Synchronously(Func<object?> call) =>
        Task.Factory.StartNew(call, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static int Mix(int seed, int worker, int index)
    {
        unchecked
        {
            var h = (uint)seed * 2654435761u;
            h ^= (uint)worker * 2246822519u;
            h = (h << 13) | (h >> 19);
            h ^= (uint)index * 3266489917u;
            h ^= h >> 15;
            return (int)h;
        }
    }

    /// <summary>Answers a worker's commands: a valid reply, mutated most of the time; tracks MULTI so EXEC gets one result per queued command.</summary>
    private sealed class FuzzResponder(bool resp3)
    {
        private readonly Lock _lock = new();
        private Random _random = new(0);
        private List<IReadOnlyList<string>>? _queued;

        public bool Mutating { get; set; } = true;

        public void Reseed(int seed)
        {
            lock (_lock)
            {
                _random = new Random(seed);
            }
        }

        public ScriptedReply Respond(IReadOnlyList<string> command)
        {
            lock (_lock)
            {
                RespNode valid;
                switch (command[0])
                {
                    case "MULTI":
                        _queued = [];
                        valid = RespNode.Simple("OK");
                        break;
                    case "EXEC" when _queued is not null:
                        valid = RespNode.Array([.. _queued.Select(queued => ReplyTemplates.For(queued, resp3, _random))]);
                        _queued = null;
                        break;
                    case "DISCARD":
                        _queued = null;
                        valid = RespNode.Simple("OK");
                        break;
                    default:
                        if (_queued is not null)
                        {
                            _queued.Add(command);
                            valid = RespNode.Simple("QUEUED");
                        }
                        else
                        {
                            valid = ReplyTemplates.For(command, resp3, _random);
                        }

                        break;
                }

                return Mutating && _random.Next(10) < 7 ? RespMutator.Mutate(valid, resp3, _random) : new ScriptedReply(valid.ToBytes());
            }
        }
    }
}
