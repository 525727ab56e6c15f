using System.Text.Json;
using RedisKit.TestKit;
using static RedisKit.TestKit.Polling;

namespace RedisKit.IntegrationTests.Commands;

/// <summary>
/// The administrative server and connection commands. Those that only read run on the shared
/// server; every one that changes server-wide state gets a private server of its own.
/// </summary>
public sealed class AdminCommandTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Parsed_replies_are_identical_under_RESP2_and_RESP3()
    {
        await using var resp2 = server.CreateClient(2);
        await using var resp3 = server.CreateClient(3);
        var key = server.Keys()["shape"];
        await resp2.SetAsync(key, "a value long enough to be stored raw, not embedded: 0123456789012345678901234567890123456789");

        async Task Same<T>(Func<RedisClient, ValueTask<T>> call)
        {
            var two = Json(await call(resp2));
            var three = Json(await call(resp3));
            Assert.Equal(two, three);
        }

        await Same(r => r.CommandInfoAsync(["get", "set", "client", "zunionstore", "no-such-command"]));
        await Same(r => r.CommandDocsAsync(["set", "client", "georadius", "zadd"]));
        await Same(r => r.CommandListAsync(pattern: "acl*"));
        await Same(r => r.ClientTrackingInfoAsync());
        await Same(r => r.AclCatAsync());
        await Same(r => r.AclCatAsync("read"));
        await Same(r => r.AclGetUserAsync("default"));
        await Same(async r => (await r.DebugObjectAsync(key)).Encoding);
        await Same(async r => (await r.MemoryStatsAsync()).Fields.Keys.Order().ToArray());
        await Same(async r => (await r.RoleAsync()).Kind);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Introspection_commands_read_typed_replies(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        await redis.SetAsync(keys["s"], "value");
        await redis.RPushAsync(keys["l"], ["a", "b", "c"]);

        var tracking = await redis.ClientTrackingInfoAsync();
        Assert.Equal(["off"], tracking.Flags);
        Assert.Equal(-1, tracking.Redirect);
        Assert.Empty(tracking.Prefixes);

        Assert.InRange(await redis.MemoryUsageAsync(keys["s"]) ?? 0, 1, 1000);
        Assert.InRange(await redis.MemoryUsageAsync(keys["l"], samples: 0) ?? 0, 1, 1000);
        Assert.Null(await redis.MemoryUsageAsync(keys["missing"]));
        var stats = await redis.MemoryStatsAsync();
        Assert.True(stats.TotalAllocated > 0 && stats.PeakAllocated >= stats.TotalAllocated / 2);
        Assert.True(stats.KeysCount >= 2);
        Assert.InRange(stats.DatasetPercentage, 0.0, 100.0);
        Assert.Contains(0, stats.Databases.Keys);
        Assert.True(stats.Databases[0].MainHashtableOverhead > 0);

        Assert.True(await redis.SlowLogLenAsync() >= 0);
        Assert.All(await redis.SlowLogGetAsync(2), entry => Assert.NotEmpty(entry.Arguments));

        Assert.True(await redis.CommandCountAsync() > 150);
        var all = await redis.CommandListAsync();
        Assert.Contains("get", all);
        Assert.Contains("xadd", await redis.CommandListAsync(pattern: "xa*"));
        Assert.Contains("pfadd", await redis.CommandListAsync(category: "hyperloglog"));
        Assert.Empty(await redis.CommandListAsync(module: "no-such-module"));
        await Assert.ThrowsAsync<ArgumentException>(async () => await redis.CommandListAsync(module: "m", pattern: "p"));

        var info = await redis.CommandInfoAsync(["get", "client", "no-such-command"]);
        Assert.Equal(2, info.Count);
        var get = info["get"];
        Assert.Equal(2, get.Arity);
        Assert.Contains("readonly", get.Flags);
        Assert.Equal((1, 1, 1), (get.FirstKey, get.LastKey, get.Step));
        Assert.Contains("@read", get.AclCategories);
        var spec = Assert.Single(get.KeySpecifications);
        Assert.Equal("index", spec.BeginSearchType);
        Assert.Equal("1", spec.BeginSearch["index"]);
        Assert.Equal("range", spec.FindKeysType);
        Assert.Contains("RO", spec.Flags);
        Assert.Contains(info["client"].Subcommands, s => s.Name == "client|kill");

        var docs = await redis.CommandDocsAsync(["set", "client", "georadius"]);
        var set = docs["set"];
        Assert.Equal("string", set.Group);
        Assert.Equal("1.0.0", set.Since);
        Assert.False(string.IsNullOrEmpty(set.Summary));
        Assert.Contains(set.History, h => h.Version == "6.2.0");
        Assert.Equal(0, set.Arguments.Single(a => a.Name == "key").KeySpecIndex);
        var expiration = set.Arguments.Single(a => a.Name == "expiration");
        Assert.Equal("oneof", expiration.Type);
        Assert.Contains("optional", expiration.Flags);
        Assert.Contains(expiration.Arguments, a => a.Token == "EX" && a.Type == "integer");
        Assert.Contains("client|kill", docs["client"].Subcommands.Keys);
        Assert.Contains("deprecated", docs["georadius"].DocFlags);
        Assert.False(string.IsNullOrEmpty(docs["georadius"].ReplacedBy));
        Assert.True((await redis.CommandDocsAsync()).Count > 150);

        Assert.True(await redis.LastSaveAsync() > new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var role = await redis.RoleAsync();
        Assert.Equal(ServerRoleKind.Master, role.Kind);
        Assert.Equal("master", role.Name);
        Assert.NotNull(role.ReplicationOffset);

        var debug = await redis.DebugObjectAsync(keys["s"]);
        Assert.Equal("embstr", debug.Encoding);
        Assert.True(debug.RefCount >= 1);
        Assert.True(debug.SerializedLength > 0);
        Assert.Contains("lru_seconds_idle", debug.Fields.Keys);
        var missing = await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.DebugObjectAsync(keys["missing"]));
        Assert.Equal("ERR", missing.Prefix);

        Assert.NotNull(await redis.LatencyLatestAsync());
        Assert.NotNull(await redis.LatencyHistoryAsync("command"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Queued_admin_commands_give_the_same_results_in_a_pipeline(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var key = server.Keys()["p"];
        await redis.SetAsync(key, "v");
        await using var pipe = redis.Pipeline(transaction: false);
        var results = await pipe
            .ClientTrackingInfo().SlowLogLen().SlowLogGet(1).MemoryUsage(key).MemoryStats().LatencyLatest().LatencyHistory("command")
            .CommandCount().CommandList(pattern: "getd*").CommandInfo(["get"]).CommandDocs(["get"]).LastSave().Role().DebugObject(key)
            .AclWhoAmI().AclCat("hyperloglog").AclUsers().AclList().AclGetUser("default").AclGenPass(64).AclDryRun("default", "get", ["k"])
            .ExecuteAsync();
        Assert.IsType<ClientTrackingInfo>(results[0]);
        Assert.IsType<long>(results[1]);
        Assert.IsType<SlowLogEntry[]>(results[2]);
        Assert.IsType<long>(results[3]);
        Assert.IsType<MemoryStats>(results[4]);
        Assert.IsType<LatencyEvent[]>(results[5]);
        Assert.IsType<LatencySample[]>(results[6]);
        Assert.True((long)results[7]! > 150);
        Assert.Equal(["getdel"], Assert.IsType<string[]>(results[8]));
        Assert.Contains("get", Assert.IsType<Dictionary<string, RedisCommandInfo>>(results[9]).Keys);
        Assert.Contains("get", Assert.IsType<Dictionary<string, RedisCommandDocs>>(results[10]).Keys);
        Assert.IsType<DateTimeOffset>(results[11]);
        Assert.Equal(ServerRoleKind.Master, Assert.IsType<ServerRole>(results[12]).Kind);
        Assert.IsType<DebugObjectInfo>(results[13]);
        Assert.Equal("default", results[14]);
        Assert.Contains("pfadd", Assert.IsType<string[]>(results[15]));
        Assert.Contains("default", Assert.IsType<string[]>(results[16]));
        Assert.NotEmpty(Assert.IsType<string[]>(results[17]));
        Assert.IsType<AclUser>(results[18]);
        Assert.Equal(16, Assert.IsType<string>(results[19]).Length);
        Assert.Null(results[20]);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task No_evict_and_no_touch_run_only_on_a_bound_client(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await redis.ClientNoEvictAsync(true));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await redis.ClientNoTouchAsync(true));

        await using var conn = redis.Client();
        Assert.True(await conn.ClientNoEvictAsync(true));
        Assert.Contains('e', (await conn.ClientInfoAsync()).Flags);
        Assert.True(await conn.ClientNoEvictAsync(false));
        Assert.DoesNotContain('e', (await conn.ClientInfoAsync()).Flags);
        try
        {
            Assert.True(await conn.ClientNoTouchAsync(true));
            Assert.Contains('T', (await conn.ClientInfoAsync()).Flags);
            Assert.True(await conn.ClientNoTouchAsync(false));
        }
        catch (RedisResponseException ex) when (ex.Message.Contains("NO-TOUCH", StringComparison.OrdinalIgnoreCase))
        {
            // CLIENT NO-TOUCH arrived in Redis 7.2; an older server names the subcommand it lacks.
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Client_pause_holds_writes_until_unpaused(int protocol)
    {
        await using var dedicated = await RedisServerProcess.StartAsync();
        await using var admin = Client(dedicated, protocol);
        await using var writer = Client(dedicated, protocol);
        await using var reader = Client(dedicated, protocol);
        Assert.True(await writer.SetAsync("k", "before"));
        Assert.True(await reader.PingAsync());

        // WRITE pauses writers only; the paused writer's later commands queue behind its write.
        Assert.True(await admin.ClientPauseAsync(TimeSpan.FromSeconds(4), all: false));
        var write = writer.SetAsync("k", "after").AsTask();
        Assert.Equal("before", await reader.GetAsync("k"));
        await Task.Delay(150);
        Assert.False(write.IsCompleted);
        Assert.True(await admin.ClientUnpauseAsync());
        Assert.True(await write.WaitAsync(Patience));
        Assert.Equal("after", await writer.GetAsync("k"));

        Assert.True(await admin.ClientPauseAsync(TimeSpan.FromMilliseconds(100)));
        Assert.True(await writer.PingAsync().AsTask().WaitAsync(Patience));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await admin.ClientPauseAsync(TimeSpan.FromSeconds(-1)));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Config_rewrite_writes_the_file_and_resetstat_zeroes_the_counters(int protocol)
    {
        await using var dedicated = await RedisServerProcess.StartWithConfigFileAsync();
        await using var redis = Client(dedicated, protocol);
        Assert.True(await redis.ConfigSetAsync("maxmemory-policy", "allkeys-lru"));
        Assert.True(await redis.ConfigRewriteAsync());
        Assert.Contains("maxmemory-policy allkeys-lru", await File.ReadAllTextAsync(dedicated.ConfigFilePath!), StringComparison.Ordinal);

        for (var i = 0; i < 5; i++)
        {
            await redis.GetAsync("missing");
        }

        Assert.Equal("5", (await redis.InfoAsync("stats"))["keyspace_misses"]);
        Assert.True(await redis.ConfigResetStatAsync());
        Assert.Equal("0", (await redis.InfoAsync("stats"))["keyspace_misses"]);

        await using var withoutFile = await RedisServerProcess.StartAsync();
        await using var plain = Client(withoutFile, protocol);
        var refused = await Assert.ThrowsAsync<RedisResponseException>(async () => await plain.ConfigRewriteAsync());
        Assert.Contains("config file", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Debug_sleep_shows_in_the_slow_log_and_the_latency_monitor(int protocol)
    {
        await using var dedicated = await RedisServerProcess.StartAsync("--slowlog-log-slower-than", "10000", "--latency-monitor-threshold", "10");
        await using var redis = Client(dedicated, protocol, new RedisOptions { ClientName = "sleeper" });
        Assert.Equal(0, await redis.SlowLogLenAsync());
        var before = DateTimeOffset.UtcNow.AddSeconds(-2);
        Assert.True(await redis.DebugSleepAsync(TimeSpan.FromMilliseconds(30)));

        var entry = Assert.Single(await redis.SlowLogGetAsync());
        Assert.Equal(["DEBUG", "SLEEP", "0.03"], entry.Arguments);
        Assert.InRange(entry.Duration, TimeSpan.FromMilliseconds(25), TimeSpan.FromSeconds(5));
        Assert.InRange(entry.Time, before, DateTimeOffset.UtcNow.AddSeconds(2));
        Assert.Equal("sleeper", entry.ClientName);
        Assert.Equal((await redis.ClientInfoAsync()).Address, entry.ClientAddress);
        Assert.Equal(1, await redis.SlowLogLenAsync());
        Assert.Single(await redis.SlowLogGetAsync(-1));

        var latest = Assert.Single(await redis.LatencyLatestAsync(), e => e.Name == "command");
        Assert.InRange(latest.Latest, TimeSpan.FromMilliseconds(25), TimeSpan.FromSeconds(5));
        Assert.True(latest.Max >= latest.Latest);
        Assert.InRange(latest.Time, before, DateTimeOffset.UtcNow.AddSeconds(2));
        var sample = Assert.Single(await redis.LatencyHistoryAsync("command"));
        Assert.Equal(latest.Latest, sample.Latency);

        Assert.True(await redis.SlowLogResetAsync());
        Assert.Equal(0, await redis.SlowLogLenAsync());
        Assert.Equal(1, await redis.LatencyResetAsync(["command"]));
        Assert.Empty(await redis.LatencyLatestAsync());
        Assert.Equal(0, await redis.LatencyResetAsync());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Save_bgsave_and_bgrewriteaof_write_to_disk(int protocol)
    {
        await using var dedicated = await RedisServerProcess.StartAsync();
        await using var redis = Client(dedicated, protocol);
        await redis.SetAsync("k", "v");
        var before = await redis.LastSaveAsync();
        Assert.True(await redis.SaveAsync());
        Assert.True(File.Exists(Path.Combine(dedicated.DirectoryPath, "dump.rdb")));
        Assert.True(await redis.LastSaveAsync() >= before);

        Assert.Equal("Background saving started", await redis.BgSaveAsync(schedule: false));
        await WaitUntilIdleAsync(redis);
        Assert.StartsWith("Background append only file rewriting", await redis.BgRewriteAofAsync(), StringComparison.Ordinal);
        Assert.StartsWith("Background saving", await redis.BgSaveAsync(), StringComparison.Ordinal);
        await WaitUntilIdleAsync(redis);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Replicaof_makes_a_replica_and_role_describes_both_sides(int protocol)
    {
        await using var primaryServer = await RedisServerProcess.StartAsync("--repl-diskless-sync-delay", "0");
        await using var replicaServer = await RedisServerProcess.StartAsync();
        await using var primary = Client(primaryServer, protocol);
        await using var replica = Client(replicaServer, protocol);
        await primary.SetAsync("k", "replicated");

        Assert.True(await replica.ReplicaOfAsync(primaryServer.Host, primaryServer.Port));
        var replicaRole = await EventuallyAsync(() => replica.RoleAsync().AsTask(), r => r.ReplicationState == "connected");
        Assert.Equal(ServerRoleKind.Replica, replicaRole.Kind);
        Assert.Equal("slave", replicaRole.Name);
        Assert.Equal(primaryServer.Host, replicaRole.MasterHost);
        Assert.Equal(primaryServer.Port, replicaRole.MasterPort);
        Assert.True(replicaRole.ReplicationOffset >= 0);
        Assert.Empty(replicaRole.Replicas);
        Assert.True(await replica.ReplicaOfAsync(primaryServer.Host, primaryServer.Port));

        var primaryRole = await EventuallyAsync(() => primary.RoleAsync().AsTask(), r => r.Replicas.Count == 1);
        Assert.Equal(ServerRoleKind.Master, primaryRole.Kind);
        Assert.Equal(replicaServer.Port, primaryRole.Replicas[0].Port);
        Assert.Equal("127.0.0.1", primaryRole.Replicas[0].Host);
        Assert.True(primaryRole.ReplicationOffset >= 0);
        Assert.Equal("replicated", await EventuallyAsync(() => replica.GetAsync("k").AsTask(), v => v is not null));
        await primary.SetAsync("k2", "streamed");
        Assert.Equal("streamed", await EventuallyAsync(() => replica.GetAsync("k2").AsTask(), v => v is not null));
        var acknowledged = await EventuallyAsync(() => primary.RoleAsync().AsTask(), r => r.Replicas[0].Offset > 0);
        Assert.True(acknowledged.ReplicationOffset >= acknowledged.Replicas[0].Offset);

        Assert.True(await replica.ReplicaOfNoOneAsync());
        Assert.Equal(ServerRoleKind.Master, (await replica.RoleAsync()).Kind);
        Assert.True(await replica.SetAsync("k", "writable again"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Swapdb_exchanges_two_databases(int protocol)
    {
        await using var dedicated = await RedisServerProcess.StartAsync();
        await using var db0 = Client(dedicated, protocol);
        await using var db1 = Client(dedicated, protocol, new RedisOptions { Database = 1 });
        await db0.SetAsync("k", "zero");
        await db1.SetAsync("k", "one");
        Assert.True(await db0.SwapDbAsync(0, 1));
        Assert.Equal("one", await db0.GetAsync("k"));
        Assert.Equal("zero", await db1.GetAsync("k"));
        await Assert.ThrowsAsync<RedisResponseException>(async () => await db0.SwapDbAsync(0, 99));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Monitor_streams_parsed_commands_and_gives_its_connection_back_closed(int protocol)
    {
        await using var dedicated = await RedisServerProcess.StartAsync();
        await using var watcher = Client(dedicated, protocol, new RedisOptions { DecodeResponses = true });
        await using var worker = Client(dedicated, protocol);
        using var stop = new CancellationTokenSource(Patience);
        var seen = new List<MonitorEntry>();
        var monitoring = Task.Run(async () =>
        {
            await foreach (var entry in watcher.MonitorAsync(cancellationToken: stop.Token))
            {
                lock (seen)
                {
                    seen.Add(entry);
                }

                if (entry.Command == "GET" && entry.Arguments[1] == "last")
                {
                    break;
                }
            }
        });

        // MONITOR starts in the background: ping until its stream shows one, then send the real traffic.
        await EventuallyAsync(async () =>
        {
            await worker.EchoAsync("marker");
            return monitoring.IsCompleted || ContainsMarker(seen);
        }, found => found);
        var workerAddress = (await worker.ClientInfoAsync()).Address;
        await worker.SetAsync("quote\"d key", "é\n\u0001");
        await worker.ExecuteCommandAsync("EVAL", "return redis.call('incr', KEYS[1])", 1, "counter");
        await worker.GetAsync("last");
        await monitoring.WaitAsync(Patience);

        MonitorEntry[] entries;
        lock (seen)
        {
            entries = [.. seen];
        }

        var set = Assert.Single(entries, e => e.Command == "SET");
        Assert.Equal(["SET", "quote\"d key", "é\n\u0001"], set.Arguments);
        Assert.Equal(0, set.Database);
        Assert.Equal(workerAddress, set.ClientAddress);
        Assert.Equal("tcp", set.ClientType);
        Assert.InRange(set.Time, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        var lua = Assert.Single(entries, e => e.ClientAddress == "lua");
        Assert.Equal(["incr", "counter"], lua.Arguments);
        Assert.Equal("lua", lua.ClientType);

        // Breaking out closed the monitoring connection; a cancelled one goes the same way.
        await EventuallyAsync(async () => (await worker.ClientListAsync()).Count(c => c.Flags.Contains('O', StringComparison.Ordinal)), n => n == 0);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var entry in watcher.MonitorAsync(cancellationToken: cancel.Token))
            {
                Assert.NotNull(entry);
            }
        });
        await EventuallyAsync(async () => (await worker.ClientListAsync()).Count(c => c.Flags.Contains('O', StringComparison.Ordinal)), n => n == 0);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_monitor_reader_that_falls_a_buffer_behind_gets_an_error_not_gaps(int protocol)
    {
        await using var dedicated = await RedisServerProcess.StartAsync();
        await using var watcher = Client(dedicated, protocol);
        await using var worker = Client(dedicated, protocol);
        await using var entries = watcher.MonitorAsync(bufferCapacity: 2).GetAsyncEnumerator();
        var first = entries.MoveNextAsync().AsTask();
        while (!first.IsCompleted)
        {
            await worker.EchoAsync("wake");
            await Task.Delay(20);
        }

        Assert.True(await first);
        for (var i = 0; i < 10; i++)
        {
            await worker.EchoAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var error = await Assert.ThrowsAsync<RedisException>(async () =>
        {
            var deadline = DateTime.UtcNow + Patience;
            while (DateTime.UtcNow < deadline && await entries.MoveNextAsync())
            {
            }
        });
        Assert.Contains("bufferCapacity", error.Message, StringComparison.Ordinal);
    }

    private static bool ContainsMarker(List<MonitorEntry> seen)
    {
        lock (seen)
        {
            return seen.Exists(e => e.Command == "ECHO");
        }
    }

    private static RedisClient Client(RedisServerProcess dedicated, int protocol, RedisOptions? options = null) =>
        RedisClient.FromUrl($"{dedicated.Url}?protocol={protocol}", options);

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static async Task WaitUntilIdleAsync(RedisClient redis) =>
        await EventuallyAsync(() => redis.InfoAsync("persistence").AsTask(), info =>
            info["rdb_bgsave_in_progress"] == "0" && info["aof_rewrite_in_progress"] == "0"
            && info["aof_rewrite_scheduled"] == "0" && info["rdb_last_bgsave_status"] == "ok");
}
