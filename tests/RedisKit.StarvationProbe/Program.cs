using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using RedisKit;

// Sync over async with the thread pool starved: 64 pool work items block in
// GetAsync(k).AsTask().GetAwaiter().GetResult() while the pool may not grow past 8 threads.
//
//   RedisKit.StarvationProbe <redis-url> <single|loop> <warm|cold|kill>
//
// single: one call per work item; loop: 100 calls per work item.
// warm: async calls open and warm the client before the pool is capped; cold: the first blocked
// callers open the connection; kill: warmed up, then CLIENT KILL cuts the connection while the
// callers are blocked, so their commands fail, retry and reconnect with no pool thread free.
// Prints one line, "finished ..." (exit 0) or "deadlocked ..." (exit 1), within 20 s.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: RedisKit.StarvationProbe <redis-url> <single|loop> <warm|cold|kill>");
    return 2;
}

const int WorkItems = 64;
const int MaxPoolThreads = 8;
var deadline = TimeSpan.FromSeconds(20);
var url = args[0];
var callsPerItem = args[1] switch
{
    "single" => 1,
    "loop" => 100,
    _ => throw new ArgumentException($"Unknown variant '{args[1]}'; expected single or loop."),
};
var mode = args[2] is "warm" or "cold" or "kill" ? args[2] : throw new ArgumentException($"Unknown mode '{args[2]}'; expected warm, cold or kill.");

await using var redis = RedisClient.FromUrl(url);
var key = "starvation:" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
if (mode != "cold")
{
    await redis.SetAsync(key, "value");
    var warmUp = new Task[200];
    for (var round = 0; round < 5; round++)
    {
        for (var i = 0; i < warmUp.Length; i++)
        {
            warmUp[i] = redis.GetAsync(key).AsTask();
        }

        await Task.WhenAll(warmUp);
    }
}

ThreadPool.GetMinThreads(out _, out var minIo);
ThreadPool.GetMaxThreads(out _, out var maxIo);
// Exactly 8 threads, whatever the machine: all of them run (and block in) callers at once.
if (!ThreadPool.SetMinThreads(MaxPoolThreads, minIo) || !ThreadPool.SetMaxThreads(MaxPoolThreads, maxIo))
{
    Console.WriteLine("error: could not cap the thread pool");
    return 2;
}

var started = 0;
var finished = 0;
var failed = 0;
string? firstError = null;
var clock = Stopwatch.StartNew();
for (var i = 0; i < WorkItems; i++)
{
    ThreadPool.UnsafeQueueUserWorkItem(
        _ =>
        {
            Interlocked.Increment(ref started);
            try
            {
                for (var n = 0; n < callsPerItem; n++)
                {
                    var value = redis.GetAsync(key).AsTask().GetAwaiter().GetResult();
                    if (mode != "cold" && value != "value")
                    {
                        throw new InvalidOperationException($"GET returned '{value}' instead of 'value'.");
                    }
                }

                Interlocked.Increment(ref finished);
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref firstError, ex.GetType().Name + ": " + ex.Message, null);
                Interlocked.Increment(ref failed);
            }
        },
        null);
}

// Everything from here on runs on this thread, outside the pool.
if (mode == "kill")
{
    while (Volatile.Read(ref started) < MaxPoolThreads && clock.Elapsed < deadline)
    {
        Thread.Sleep(1);
    }

    Thread.Sleep(20);
    KillOtherClients(new Uri(url));
}

while (Volatile.Read(ref finished) + Volatile.Read(ref failed) < WorkItems && clock.Elapsed < deadline)
{
    Thread.Sleep(10);
}

var done = Volatile.Read(ref finished);
var errors = Volatile.Read(ref failed);
var outcome = done + errors == WorkItems ? "finished" : "deadlocked";
Console.WriteLine(
    $"{outcome}: {args[1]}/{mode}: {done} of {WorkItems} work items finished, {errors} failed, in {clock.ElapsedMilliseconds} ms, {ThreadPool.ThreadCount} pool threads"
    + (firstError is null ? "" : $"; first error: {firstError}"));
Console.Out.Flush();

// A deadlocked run leaves pool threads blocked for good: leave without waiting for them.
Environment.Exit(outcome == "finished" && errors == 0 ? 0 : 1);
return 1;

// CLIENT KILL over a plain socket of its own, so the kill needs nothing from RedisKit or the pool.
static void KillOtherClients(Uri url)
{
    using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
    socket.Connect(url.Host, url.Port);
    socket.Send("*4\r\n$6\r\nCLIENT\r\n$4\r\nKILL\r\n$4\r\nTYPE\r\n$6\r\nnormal\r\n"u8);
    var buffer = new byte[256];
    var read = socket.Receive(buffer);
    if (read == 0 || buffer[0] != (byte)':')
    {
        throw new InvalidOperationException("CLIENT KILL failed: " + Encoding.ASCII.GetString(buffer, 0, read));
    }
}
