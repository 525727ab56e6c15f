namespace RedisKit.IntegrationTests.Commands;

public sealed class ServerAndConnectionCommandTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Ping_echo_and_client_commands(int protocol)
    {
        await using var redis = server.CreateClient(protocol, new RedisOptions { ClientName = "kit-client" });
        Assert.True(await redis.PingAsync());
        Assert.Equal("hi", await redis.PingAsync("hi"));
        Assert.Equal("echo ✓", await redis.EchoAsync("echo ✓"));
        Assert.Equal("kit-client", await redis.ClientGetNameAsync());

        var id = await redis.ClientIdAsync();
        Assert.True(id > 0);
        var info = await redis.ClientInfoAsync();
        Assert.Equal(id, info.Id);
        Assert.Equal("kit-client", info.Name);
        Assert.Equal(protocol, info.Protocol);
        if (info.Fields.ContainsKey("lib-name"))
        {
            // CLIENT SETINFO exists from Redis 7.2; older servers refuse it and the handshake carries on.
            Assert.Equal("RedisKit", info.LibraryName);
            Assert.False(string.IsNullOrEmpty(info.LibraryVersion));
        }

        var clients = await redis.ClientListAsync();
        Assert.Contains(clients, c => c.Id == id);
        var byId = await redis.ClientListAsync(clientIds: [id]);
        Assert.Equal(id, Assert.Single(byId).Id);
        Assert.NotEmpty(await redis.ClientListAsync(type: "normal"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Bound_client_keeps_select_and_setname_on_its_connection(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var key = server.Keys()["k"];
        await using (var conn = redis.Client())
        {
            Assert.True(conn.IsSingleConnection);
            var id = await conn.ClientIdAsync();
            Assert.True(await conn.SelectAsync(5));
            Assert.True(await conn.ClientSetNameAsync("bound"));
            await conn.SetAsync(key, "in-db-5");
            Assert.Equal(id, await conn.ClientIdAsync());
            Assert.Equal("bound", await conn.ClientGetNameAsync());
            Assert.Equal(5, (await conn.ClientInfoAsync()).Database);
            Assert.Equal("in-db-5", await conn.GetAsync(key));
            Assert.True(await conn.SelectAsync(0));
        }

        Assert.Null(await redis.GetAsync(key));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await redis.SelectAsync(1));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await redis.ClientSetNameAsync("shared"));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await redis.ExecuteCommandAsync("SELECT", "1"));

        // The connection that ran SELECT was not given back for others to use.
        await using var again = redis.Client();
        Assert.Equal(0, (await again.ClientInfoAsync()).Database);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Kill_closes_the_named_connection(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        await using var victim = redis.Client();
        var info = await victim.ClientInfoAsync();
        Assert.Equal(1, await redis.ClientKillFilterAsync(new ClientKillFilter { Id = info.Id }));
        Assert.False(await redis.ClientKillAsync(info.Address));
        await Assert.ThrowsAsync<ArgumentException>(async () => await redis.ClientKillFilterAsync(new ClientKillFilter()));

        // The bound client notices and carries on with a fresh connection.
        Assert.NotEqual(info.Id, await victim.ClientIdAsync());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Server_commands(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var info = await redis.InfoAsync();
        Assert.StartsWith("7.", info["redis_version"], StringComparison.Ordinal);
        Assert.Contains("Server", info.Sections.Keys);
        Assert.True(info.Sections["Clients"].ContainsKey("connected_clients"));
        var memory = await redis.InfoAsync("memory");
        Assert.True(memory.TryGetValue("used_memory", out _));
        Assert.False(memory.Sections.ContainsKey("Server"));

        Assert.True(await redis.DbSizeAsync() >= 0);
        var time = await redis.TimeAsync();
        Assert.InRange(time, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));

        var config = await redis.ConfigGetAsync("maxmemory*");
        Assert.True(config.ContainsKey("maxmemory-policy"));
        var before = (await redis.ConfigGetAsync("slowlog-max-len"))["slowlog-max-len"];
        Assert.True(await redis.ConfigSetAsync("slowlog-max-len", 200));
        Assert.Equal("200", (await redis.ConfigGetAsync("slowlog-max-len"))["slowlog-max-len"]);
        Assert.True(await redis.ConfigSetAsync([new KeyValuePair<string, RedisValue>("slowlog-max-len", before)]));
        var bad = await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.ConfigSetAsync("no-such-parameter", 1));
        Assert.Equal("ERR", bad.Prefix);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Flushdb_empties_only_the_selected_database(int protocol)
    {
        await using var other = server.CreateClient(protocol, new RedisOptions { Database = 9 });
        await using var main = server.CreateClient(protocol);
        var key = server.Keys()["survivor"];
        await main.SetAsync(key, "stays");
        await other.SetAsync("in-db-9", "goes");
        Assert.Equal(1, await other.DbSizeAsync());
        Assert.True(await other.FlushDbAsync());
        Assert.Equal(0, await other.DbSizeAsync());
        await other.SetAsync("in-db-9", "goes");
        Assert.True(await other.FlushDbAsync(asynchronous: true));
        Assert.Equal(0, await other.DbSizeAsync());
        Assert.Equal("stays", await main.GetAsync(key));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public async Task Execute_command_returns_untyped_replies_per_decode_responses(int protocol, bool decode)
    {
        await using var redis = server.CreateClient(protocol, new RedisOptions { DecodeResponses = decode });
        var keys = server.Keys();
        await redis.HSetAsync(keys["h"], new Dictionary<RedisValue, RedisValue> { ["a"] = "1", ["b"] = "2" });

        var text = await redis.ExecuteCommandAsync("HGET", keys["h"], "a");
        if (decode)
        {
            Assert.Equal("1", text);
        }
        else
        {
            Assert.Equal("1"u8.ToArray(), Assert.IsType<byte[]>(text));
        }

        Assert.Equal(2L, await redis.ExecuteCommandAsync("HLEN", keys["h"]));
        Assert.Null(await redis.ExecuteCommandAsync("GET", keys["missing"]));
        var all = await redis.ExecuteCommandAsync("HGETALL", keys["h"]);
        if (protocol == 3)
        {
            Assert.Equal(2, Assert.IsType<Dictionary<object, object?>>(all).Count);
        }
        else
        {
            Assert.Equal(4, Assert.IsType<object?[]>(all).Length);
        }

        var error = await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.ExecuteCommandAsync("NOSUCHCOMMAND", 1));
        Assert.Equal("ERR", error.Prefix);
        Assert.Equal("OK", Decode(await redis.ExecuteCommandAsync("SET", keys["n"], 1.5)));
        Assert.Equal("1.5", Decode(await redis.ExecuteCommandAsync(["GET", keys["n"]], CancellationToken.None)));
        await Assert.ThrowsAsync<ArgumentException>(async () => await redis.ExecuteCommandAsync("SET", keys["n"], true));
    }

    private static string? Decode(object? value) => value is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : (string?)value;
}
