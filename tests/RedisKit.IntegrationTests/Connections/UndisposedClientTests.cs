using System.Diagnostics.Tracing;
using System.Runtime.CompilerServices;
using RedisKit.Connections;

namespace RedisKit.IntegrationTests.Connections;

/// <summary>
/// Clients, pools, <c>Client()</c> leases, PubSubs, MONITOR enumerations and watching pipelines that
/// are never disposed close their connections once collected, as redis-py's <c>__del__</c> does.
/// Each test makes its objects in a method that is not inlined, so nothing on the test's own
/// stack refers to them, then collects until the server no longer lists their connections.
/// A collected connection proves its reader thread ended too, since that thread roots it.
/// </summary>
public sealed class UndisposedClientTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    private const int Leaked = 20;
    private const int Collections = 20;

    [Fact]
    public async Task Undisposed_clients_close_their_connections_and_reader_threads_end()
    {
        var name = UniqueName();
        await using var observer = server.CreateClient(3);
        var released = LeakGuard.Released;

        // Not counted on the server first: a collection may already have closed some (other tests allocate too).
        var connections = await LeakClientsAsync(name);

        Assert.True(await CollectUntilAsync(observer, name, connections), await DescribeAsync(observer, name, connections));
        Assert.True(LeakGuard.Released - released >= Leaked);
    }

    [Fact]
    public async Task Leaked_bound_clients_come_back_to_a_full_pool()
    {
        var name = UniqueName();
        await using var observer = server.CreateClient(3);
        await using var pool = ConnectionPool.FromUrl(server.Url, new RedisOptions { ClientName = name, MaxConnections = 5, PoolTimeout = TimeSpan.FromMilliseconds(200) });
        var redis = new RedisClient(pool);

        // Held until the pool is shown exhausted, so that no collection can free a slot before.
        var held = new List<RedisClient>();
        var connections = await LeakBoundClientsAsync(redis, 5, held);
        Assert.Equal(5, pool.TotalConnections);
        await using (var sixth = redis.Client())
        {
            await Assert.ThrowsAsync<RedisPoolExhaustedException>(async () => await sixth.GetAsync("k"));
        }

        held.Clear();

        Assert.True(await CollectUntilAsync(observer, name, connections), await DescribeAsync(observer, name, connections));
        Assert.Equal(0, pool.TotalConnections);

        await using var fresh = redis.Client();
        await fresh.SetAsync(name, "v");
        Assert.Equal("v", await fresh.GetAsync(name));
        Assert.Equal("v", await redis.GetAsync(name));
        await redis.DeleteAsync(name);
    }

    [Fact]
    public async Task Undisposed_pubsubs_and_watching_pipelines_close_their_connections()
    {
        var name = UniqueName();
        await using var observer = server.CreateClient(3);
        await using var pool = ConnectionPool.FromUrl(server.Url, new RedisOptions { ClientName = name, MaxConnections = 20 });
        var redis = new RedisClient(pool);

        var released = LeakGuard.Released;
        var connections = await LeakLeasesAsync(redis, name);

        Assert.True(await CollectUntilAsync(observer, name, connections), await DescribeAsync(observer, name, connections));
        Assert.True(LeakGuard.Released - released >= 6, "every PubSub and watching pipeline was released by its guard");
        Assert.Equal(0, pool.TotalConnections);
    }

    [Fact]
    public async Task Monitor_enumerations_abandoned_after_their_first_entry_close_their_connections()
    {
        var name = UniqueName();
        await using var observer = server.CreateClient(3);
        await using var pool = ConnectionPool.FromUrl(server.Url, new RedisOptions { ClientName = name, MaxConnections = 5 });
        var redis = new RedisClient(pool);

        var released = LeakGuard.Released;
        // Not counted on the server first: a collection may already have closed some.
        var enumerators = await LeakMonitorsAsync(redis, observer, name);

        Assert.True(await CollectUntilAsync(observer, name, enumerators), await DescribeAsync(observer, name, enumerators));
        Assert.True(LeakGuard.Released - released >= 3, "every MONITOR enumeration was released by its guard");
        Assert.Equal(0, pool.TotalConnections);
    }

    // Three MONITOR enumerations, each dropped undisposed after its first entry. The entries come
    // from the observer's PINGs: the pool's own client would open its shared connection, which is counted too.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<List<WeakReference>> LeakMonitorsAsync(RedisClient redis, RedisClient observer, string name)
    {
        var enumerators = new List<WeakReference>();
        for (var i = 0; i < 3; i++)
        {
            var enumerator = redis.MonitorAsync().GetAsyncEnumerator();
            enumerators.Add(new WeakReference(enumerator));
            Assert.True(await FirstEntryAsync(enumerator, observer), $"MONITOR enumeration {i} of {name} saw no entry");
        }

        return enumerators;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<bool> FirstEntryAsync(IAsyncEnumerator<MonitorEntry> enumerator, RedisClient observer)
    {
        // The first MoveNextAsync waits for MONITOR to start, so PINGs go on until an entry arrives.
        var first = enumerator.MoveNextAsync().AsTask();
        for (var attempt = 0; attempt < 100 && !first.IsCompleted; attempt++)
        {
            await observer.PingAsync();
            await Task.WhenAny(first, Task.Delay(20));
        }

        return await first.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task An_undisposed_pubsub_with_a_running_health_check_is_collected_and_closes_its_connection()
    {
        var name = UniqueName();
        await using var observer = server.CreateClient(3);
        await using var redis = RedisClient.FromUrl(server.Url, new RedisOptions { ClientName = name, HealthCheckInterval = TimeSpan.FromMilliseconds(200) });

        var pubsub = await LeakHealthCheckedPubSubAsync(redis, name);

        for (var i = 0; i < Collections && pubsub.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(50);
        }

        Assert.False(pubsub.IsAlive, "the PubSub's health timer kept it alive");
        Assert.True(await CollectUntilAsync(observer, name, []), $"{await CountAsync(observer, name)} server connections named {name} remain");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> LeakHealthCheckedPubSubAsync(RedisClient redis, string name)
    {
        var pubsub = redis.PubSub();
        await pubsub.SubscribeAsync(name + ":channel");
        Assert.NotNull(await pubsub.GetMessageAsync(TimeSpan.FromSeconds(5)));

        // Long enough for the health timer to tick and PING at least once.
        await Task.Delay(500);
        return new WeakReference(pubsub);
    }

    [Fact]
    public async Task A_collected_client_is_reported_through_the_event_source()
    {
        using var listener = new UndisposedListener();
        var name = UniqueName();
        await using var observer = server.CreateClient(3);

        var connections = await LeakClientsAsync(name, count: 1);

        Assert.True(await CollectUntilAsync(observer, name, connections), await DescribeAsync(observer, name, connections));
        Assert.Contains(listener.Endpoints, endpoint => endpoint.Length > 0);
    }

    [Fact]
    public async Task Disposed_clients_are_not_closed_again_by_the_finalizer()
    {
        var name = UniqueName();
        await using var observer = server.CreateClient(3);
        await using var pool = ConnectionPool.FromUrl(server.Url, new RedisOptions { ClientName = name, MaxConnections = 3 });
        var redis = new RedisClient(pool);

        // Disposed bound clients give their connections back for reuse; collecting them must not close those.
        await UseAndDisposeBoundClientsAsync(redis, 3);
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.Equal(3, pool.IdleConnections);
        Assert.Equal(3, await CountAsync(observer, name));
        await UseAndDisposeBoundClientsAsync(redis, 3);
        Assert.Equal(3, pool.IdleConnections);
    }

    private static string UniqueName() => "leak-" + Guid.NewGuid().ToString("N")[..12];

    [MethodImpl(MethodImplOptions.NoInlining)]
    private async Task<List<WeakReference>> LeakClientsAsync(string name, int count = Leaked)
    {
        var connections = new List<WeakReference>();
        for (var i = 0; i < count; i++)
        {
            var client = RedisClient.FromUrl(server.Url, new RedisOptions { ClientName = name });
            await client.GetAsync(name);
            connections.Add(new WeakReference(client.ConnectionPool.TryGetShared() ?? throw new InvalidOperationException("no shared connection")));
        }

        return connections;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<List<WeakReference>> LeakBoundClientsAsync(RedisClient redis, int count, List<RedisClient> held)
    {
        var connections = new List<WeakReference>();
        for (var i = 0; i < count; i++)
        {
            var bound = redis.Client();
            await bound.SelectAsync(1);
            await bound.GetAsync("k");
            held.Add(bound);
            connections.Add(new WeakReference(bound.BoundConnectionForTests ?? throw new InvalidOperationException("no bound connection")));
        }

        return connections;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task UseAndDisposeBoundClientsAsync(RedisClient redis, int count)
    {
        var clients = new List<RedisClient>();
        for (var i = 0; i < count; i++)
        {
            var bound = redis.Client();
            await bound.GetAsync("k");
            clients.Add(bound);
        }

        foreach (var bound in clients)
        {
            await bound.DisposeAsync();
        }
    }

    // Three subscribed PubSubs and three pipelines left watching: six connections.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<List<WeakReference>> LeakLeasesAsync(RedisClient redis, string name)
    {
        var connections = new List<WeakReference>();
        for (var i = 0; i < 3; i++)
        {
            var pubsub = redis.PubSub();
            await pubsub.SubscribeAsync(name + ":channel");
            Assert.NotNull(await pubsub.GetMessageAsync(TimeSpan.FromSeconds(5)));
            connections.Add(new WeakReference(pubsub.ConnectionForTests ?? throw new InvalidOperationException("no subscriber connection")));

            var pipeline = redis.Pipeline();
            await pipeline.WatchAsync(name);
            connections.Add(new WeakReference(pipeline.Immediate.BoundConnectionForTests ?? throw new InvalidOperationException("no watching connection")));
        }

        return connections;
    }

    private static async Task<bool> CollectUntilAsync(RedisClient observer, string name, List<WeakReference> connections)
    {
        for (var i = 0; i < Collections; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            if (await CountAsync(observer, name) == 0 && connections.TrueForAll(static reference => !reference.IsAlive))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    private static async Task<int> CountAsync(RedisClient observer, string name)
    {
        var count = 0;
        foreach (var client in await observer.ClientListAsync())
        {
            if (client.Name == name)
            {
                count++;
            }
        }

        return count;
    }

    private static async Task<string> DescribeAsync(RedisClient observer, string name, List<WeakReference> connections) =>
        $"{await CountAsync(observer, name)} server connections named {name} and {connections.FindAll(static reference => reference.IsAlive).Count} of {connections.Count} connection objects remain";

    private sealed class UndisposedListener : EventListener
    {
        private readonly List<string> _endpoints = [];

        public string[] Endpoints
        {
            get
            {
                lock (_endpoints)
                {
                    return [.. _endpoints];
                }
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == RedisTelemetry.SourceName)
            {
                EnableEvents(eventSource, EventLevel.Warning);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName == "Undisposed" && eventData.Payload is [_, string endpoint])
            {
                lock (_endpoints)
                {
                    _endpoints.Add(endpoint);
                }
            }
        }
    }
}
