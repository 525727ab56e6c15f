using System.Globalization;

namespace RedisKit.IntegrationTests.Connections;

/// <summary>
/// Callers resume on the connection's reader thread. These callers misbehave there (they block),
/// and everything must still complete, well before the socket timeout would have retired the
/// connection.
/// </summary>
public sealed class ReaderThreadTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    // Keeps the server busy for 50 ms before it answers, so the caller surely awaits before the
    // reply comes and is resumed by the reader thread (a reply that beats the await resumes
    // the caller where it is).
    private const string SlowReply = """
        local t = redis.call('TIME')
        local start = t[1] * 1000000 + t[2]
        repeat t = redis.call('TIME') until t[1] * 1000000 + t[2] - start > 50000
        return 1
        """;

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_caller_that_waits_synchronously_for_another_reply_on_the_reader_thread_gets_it(int protocol)
    {
        await using var redis = server.CreateClient(protocol, new RedisOptions { SocketTimeout = TimeSpan.FromSeconds(60) });
        var keys = server.Keys();
        await redis.SetAsync(keys["a"], "first");
        await redis.SetAsync(keys["b"], "second");

        string? thread = null;
        async Task<string?> BlockingCallerAsync()
        {
            await redis.EvalAsync(SlowReply).ConfigureAwait(false);
            thread = Thread.CurrentThread.Name;

            // Sync over async on the thread that would have to read the reply it waits for.
            return redis.GetAsync(keys["b"]).AsTask().GetAwaiter().GetResult();
        }

        var started = DateTime.UtcNow;
        Assert.Equal("second", await BlockingCallerAsync().WaitAsync(Patience));
        Assert.StartsWith("RedisKit reader", thread, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(60), "the reply only came with the socket timeout");
        Assert.Equal("first", await redis.GetAsync(keys["a"]));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_caller_blocked_until_a_later_caller_runs_does_not_hold_that_caller_back(int protocol)
    {
        await using var redis = server.CreateClient(protocol, new RedisOptions { SocketTimeout = TimeSpan.FromSeconds(60) });
        var keys = server.Keys();
        using var laterCallerRan = new ManualResetEventSlim();

        string? thread = null;
        async Task<bool> FirstAsync()
        {
            await redis.EvalAsync(SlowReply).ConfigureAwait(false);
            thread = Thread.CurrentThread.Name;
            return laterCallerRan.Wait(Patience);
        }

        async Task<long> LaterAsync()
        {
            var value = await redis.IncrAsync(keys["n"]).ConfigureAwait(false);
            laterCallerRan.Set();
            return value;
        }

        // Sent back to back, the two replies usually arrive in one read and resume in one run.
        var first = FirstAsync();
        var later = LaterAsync();
        Assert.Equal(1, await later.WaitAsync(Patience));
        Assert.True(await first.WaitAsync(Patience), "the first caller never saw the later one run");
        Assert.StartsWith("RedisKit reader", thread, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Commands_sent_by_callers_of_one_run_all_reach_the_server_when_one_of_them_blocks(int protocol)
    {
        await using var redis = server.CreateClient(protocol, new RedisOptions { SocketTimeout = TimeSpan.FromSeconds(60) });
        var keys = server.Keys();
        const int Callers = 20;
        using var release = new ManualResetEventSlim();

        async Task CallerAsync(int i)
        {
            // The other replies queue up behind the slow one and arrive with it, in one run.
            if (i == 0)
            {
                await redis.EvalAsync(SlowReply).ConfigureAwait(false);
            }
            else
            {
                await redis.IncrAsync(keys["round1"]).ConfigureAwait(false);
            }

            // Buffered while the run goes on; the blocked caller must not keep them from the server.
            var second = redis.IncrAsync(keys["round2"]);
            if (i == 0)
            {
                release.Wait(Patience);
            }

            await second.ConfigureAwait(false);
        }

        var callers = Enumerable.Range(0, Callers).Select(CallerAsync).ToArray();
        var deadline = DateTime.UtcNow + Patience;
        long reached;
        while ((reached = long.Parse(await redis.GetAsync(keys["round2"]) ?? "0", CultureInfo.InvariantCulture)) < Callers && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        release.Set();
        await Task.WhenAll(callers).WaitAsync(Patience);
        Assert.Equal(Callers, reached);
    }
}
