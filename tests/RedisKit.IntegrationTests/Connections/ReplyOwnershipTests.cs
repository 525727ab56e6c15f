using RedisKit.TestKit;

namespace RedisKit.IntegrationTests.Connections;

/// <summary>
/// Every path that ends a wait or closes a connection from a thread other than its reader, under
/// load from callers who each check that what they get is theirs (an ECHO of their own token) and
/// in sequence (their own counter only grows). A wrong reply anywhere fails the test, not only an
/// unexpected exception.
/// </summary>
public sealed class ReplyOwnershipTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Cancelled_pipelines_and_transactions_cost_no_other_caller_anything(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var counter = keys["n"];
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var pipelinesDone = false;
        var incrs = 0L;

        var callers = Enumerable.Range(0, 20).Select(c => Task.Run(async () =>
        {
            var last = 0L;
            var own = keys[$"own{c}"];
            var ownExpected = 0L;
            while (!Volatile.Read(ref pipelinesDone) && !stop.IsCancellationRequested)
            {
                var value = await redis.IncrAsync(counter);
                Assert.True(value > last, $"caller {c}: INCR went from {last} to {value}");
                last = value;
                Interlocked.Increment(ref incrs);
                Assert.Equal(++ownExpected, await redis.IncrAsync(own));
                var token = $"c{c}-{ownExpected}";
                Assert.Equal(token, await redis.EchoAsync(token));
            }

            return ownExpected;
        })).ToArray();

        var cancelledPipelines = 0;
        for (var p = 0; p < 40; p++)
        {
            await using var pipe = redis.Pipeline(transaction: p % 2 == 0);
            for (var i = 0; i < 2000; i++)
            {
                pipe.Get(keys[$"g{i % 50}"]);
            }

            using var cts = new CancellationTokenSource();
            var running = pipe.ExecuteAsync(cancellationToken: cts.Token);
            cts.Cancel();
            try
            {
                var results = await running;
                Assert.Equal(2000, results.Count);
            }
            catch (OperationCanceledException)
            {
                cancelledPipelines++;
            }
        }

        Volatile.Write(ref pipelinesDone, true);
        var owns = await Task.WhenAll(callers);

        Assert.True(cancelledPipelines > 0, "no pipeline was cancelled, so the test proved nothing");
        Assert.Equal(incrs, long.Parse((await redis.GetAsync(counter))!, System.Globalization.CultureInfo.InvariantCulture));
        for (var c = 0; c < owns.Length; c++)
        {
            Assert.Equal(owns[c].ToString(System.Globalization.CultureInfo.InvariantCulture), await redis.GetAsync(keys[$"own{c}"]));
        }

        // The shared connection was never closed for a cancellation.
        Assert.Equal(1, redis.ConnectionPool.TotalConnections);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_cancelled_pipeline_on_a_bound_client_leaves_its_connection_in_step(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        await using var bound = redis.Client();
        await bound.SetAsync(keys["x"], "x");
        var id = await bound.ClientIdAsync();
        for (var p = 0; p < 20; p++)
        {
            await using var pipe = bound.Pipeline(transaction: p % 2 == 1);
            for (var i = 0; i < 500; i++)
            {
                pipe.Echo($"p{p}-{i}");
            }

            using var cts = new CancellationTokenSource();
            var running = pipe.ExecuteAsync(cancellationToken: cts.Token);
            cts.Cancel();
            try
            {
                var results = await running;
                Assert.Equal($"p{p}-499", results[499]);
            }
            catch (OperationCanceledException)
            {
            }

            Assert.Equal($"after{p}", await bound.EchoAsync($"after{p}"));
        }

        Assert.Equal(id, await bound.ClientIdAsync());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Socket_timeouts_under_load_fail_callers_but_never_hand_them_another_reply(int protocol)
    {
        // A server of its own: DEBUG SLEEP stalls every client of the server it runs on.
        await using var own = await RedisServerProcess.StartAsync();
        await using var redis = RedisClient.FromUrl($"{own.Url}?protocol={protocol}", new RedisOptions { SocketTimeout = TimeSpan.FromMilliseconds(150), RetryAttempts = 0 });
        await using var sleeper = RedisClient.FromUrl(own.Url);
        var keys = server.Keys();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(4));
        var failures = 0;
        var successes = 0;

        var callers = Enumerable.Range(0, 16).Select(c => Task.Run(async () =>
        {
            var seq = 0;
            var own = keys[$"own{c}"];
            var last = 0L;
            while (!stop.IsCancellationRequested)
            {
                var token = $"c{c}-{++seq}-" + new string('z', seq % 300);
                try
                {
                    Assert.Equal(token, await redis.EchoAsync(token));
                    var value = await redis.IncrAsync(own);
                    Assert.True(value > last, $"caller {c}: INCR went from {last} to {value}");
                    last = value;
                    Interlocked.Increment(ref successes);
                }
                catch (RedisException ex) when (ex is RedisTimeoutException or RedisConnectionException)
                {
                    // The INCR may or may not have run: the next value must still be larger.
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();

        // Stalls the whole server past the socket timeout, again and again, while replies stream in.
        var sleeps = 0;
        while (!stop.IsCancellationRequested)
        {
            await Task.Delay(300);
            await sleeper.ExecuteCommandAsync("DEBUG", "SLEEP", "0.25");
            sleeps++;
        }

        await Task.WhenAll(callers);
        Assert.True(failures > 0, $"no call timed out in {sleeps} stalls, so the test proved nothing");
        Assert.True(successes > 0);
        Assert.Equal("still", await redis.EchoAsync("still"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Synchronous_timeouts_among_async_callers_never_misroute_a_reply(int protocol)
    {
        await using var own = await RedisServerProcess.StartAsync();
        await using var redis = RedisClient.FromUrl($"{own.Url}?protocol={protocol}", new RedisOptions { SocketTimeout = TimeSpan.FromMilliseconds(150), RetryAttempts = 0, DecodeResponses = true });
        await using var sleeper = RedisClient.FromUrl(own.Url);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(4));
        var timeouts = 0;

        var asyncCallers = Enumerable.Range(0, 8).Select(c => Task.Run(async () =>
        {
            var seq = 0;
            while (!stop.IsCancellationRequested)
            {
                var token = $"a{c}-{++seq}";
                try
                {
                    Assert.Equal(token, await redis.EchoAsync(token));
                }
                catch (RedisException ex) when (ex is RedisTimeoutException or RedisConnectionException)
                {
                }
            }
        }));
        var syncCallers = Enumerable.Range(0, 4).Select(c => Task.Factory.StartNew(() =>
        {
            var seq = 0;
            while (!stop.IsCancellationRequested)
            {
                var token = $"s{c}-{++seq}";
                try
                {
                    Assert.Equal(token, redis.ExecuteCommand("ECHO", token));
                }
                catch (RedisException ex) when (ex is RedisTimeoutException or RedisConnectionException)
                {
                    Interlocked.Increment(ref timeouts);
                }
            }
        }, TaskCreationOptions.LongRunning));
        var all = asyncCallers.Concat(syncCallers).ToArray();

        while (!stop.IsCancellationRequested)
        {
            await Task.Delay(300);
            await sleeper.ExecuteCommandAsync("DEBUG", "SLEEP", "0.25");
        }

        await Task.WhenAll(all);
        Assert.True(timeouts > 0, "no synchronous call timed out, so the test proved nothing");
        Assert.Equal("sync", redis.ExecuteCommand("ECHO", "sync"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Disposing_a_client_under_load_ends_every_call_with_its_own_reply_or_an_error(int protocol)
    {
        var keys = server.Keys();
        for (var round = 0; round < 20; round++)
        {
            var redis = server.CreateClient(protocol);
            var started = new TaskCompletionSource();
            var callers = Enumerable.Range(0, 16).Select(c => Task.Run(async () =>
            {
                var seq = 0;
                while (true)
                {
                    var token = $"r{round}c{c}-{++seq}";
                    try
                    {
                        Assert.Equal(token, await redis.EchoAsync(token));
                        if (seq == 20)
                        {
                            started.TrySetResult();
                        }

                        // Long batches keep the reader matching frames while the client is disposed.
                        await using var pipe = redis.Pipeline(transaction: seq % 2 == 0);
                        for (var i = 0; i < 200; i++)
                        {
                            pipe.Echo($"{token}-{i}");
                        }

                        var results = await pipe.Incr(keys[$"r{round}c{c}"]).ExecuteAsync();
                        for (var i = 0; i < 200; i++)
                        {
                            Assert.Equal($"{token}-{i}", results[i]);
                        }

                        Assert.IsType<long>(results[200]);
                    }
                    catch (Exception ex) when (ex is RedisConnectionException or ObjectDisposedException)
                    {
                        return seq;
                    }
                }
            })).ToArray();

            await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await redis.DisposeAsync();
            var ended = await Task.WhenAll(callers).WaitAsync(TimeSpan.FromSeconds(10));
            Assert.All(ended, seq => Assert.True(seq > 0));
        }
    }
}
