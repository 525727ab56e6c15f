using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using RedisKit.SignalR;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.SignalR;

/// <summary>Two app instances on one Redis, each with clients: what one sends reaches the other's clients.</summary>
public sealed class SignalRBackplaneTests : IAsyncLifetime
{
    private readonly string _prefix = new TestKeys().Prefix;
    private readonly string _nameA = "sra" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _nameB = "srb" + Guid.NewGuid().ToString("N")[..8];
    private readonly List<ChatClient> _clients = [];
    private string _url = "";
    private WebApplication _a = null!;
    private WebApplication _b = null!;

    public async Task InitializeAsync()
    {
        _url = (await RedisTestServers.GetSharedAsync()).Url;
        _a = await StartInstanceAsync(_nameA);
        _b = await StartInstanceAsync(_nameB);
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }

        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    [Fact]
    public async Task Broadcasts_reach_the_clients_of_both_instances_and_AllExcept_skips_the_excluded()
    {
        var a = await ConnectAsync(_a, "alice");
        var b = await ConnectAsync(_b, "bob");

        await a.Connection.InvokeAsync("SendAll", "hello");
        Assert.Equal("hello", await a.NextAsync());
        Assert.Equal("hello", await b.NextAsync());

        await b.Connection.InvokeAsync("SendOthers", "not to bob");
        Assert.Equal("not to bob", await a.NextAsync());
        await a.Connection.InvokeAsync("SendAll", "marker");
        Assert.Equal("marker", await b.NextAsync());
        Assert.Equal("marker", await a.NextAsync());
    }

    [Fact]
    public async Task Connection_sends_cross_instances()
    {
        var a = await ConnectAsync(_a, "alice");
        var b = await ConnectAsync(_b, "bob");
        var c = await ConnectAsync(_b, "carol");

        await a.Connection.InvokeAsync("SendConnection", b.ConnectionId, "to bob");
        Assert.Equal("to bob", await b.NextAsync());

        await b.Connection.InvokeAsync("SendConnections", new[] { a.ConnectionId, c.ConnectionId }, "to alice and carol");
        Assert.Equal("to alice and carol", await a.NextAsync());
        Assert.Equal("to alice and carol", await c.NextAsync());
        Assert.True(await b.NothingWithinAsync(TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public async Task Groups_span_instances_and_a_connection_is_added_and_removed_by_the_other_instance()
    {
        var a = await ConnectAsync(_a, "alice");
        var b = await ConnectAsync(_b, "bob");
        var c = await ConnectAsync(_b, "carol");
        await a.Connection.InvokeAsync("Join", "room");

        // Instance A adds bob, who is connected to B: the command crosses the backplane and B acknowledges it.
        await a.Connection.InvokeAsync("AddToGroup", b.ConnectionId, "room");
        await c.Connection.InvokeAsync("SendGroup", "room", "to the room");
        Assert.Equal("to the room", await a.NextAsync());
        Assert.Equal("to the room", await b.NextAsync());

        await c.Connection.InvokeAsync("SendGroupExcept", "room", a.ConnectionId, "not to alice");
        Assert.Equal("not to alice", await b.NextAsync());

        await a.Connection.InvokeAsync("RemoveFromGroup", b.ConnectionId, "room");
        await c.Connection.InvokeAsync("SendGroup", "room", "after bob left");
        Assert.Equal("after bob left", await a.NextAsync());
        await c.Connection.InvokeAsync("SendAll", "marker");
        Assert.Equal("marker", await a.NextAsync());
        Assert.Equal("marker", await b.NextAsync());
        Assert.Equal("marker", await c.NextAsync());
    }

    [Fact]
    public async Task User_messages_reach_every_connection_of_the_user_on_every_instance()
    {
        var aliceOnA = await ConnectAsync(_a, "alice");
        var aliceOnB = await ConnectAsync(_b, "alice");
        var bob = await ConnectAsync(_b, "bob");

        await bob.Connection.InvokeAsync("SendUser", "alice", "for alice");
        Assert.Equal("for alice", await aliceOnA.NextAsync());
        Assert.Equal("for alice", await aliceOnB.NextAsync());
        await aliceOnA.Connection.InvokeAsync("SendUser", "bob", "for bob");
        Assert.Equal("for bob", await bob.NextAsync());
    }

    [Fact]
    public async Task Messages_to_one_connection_or_group_arrive_in_the_order_they_were_sent()
    {
        const int Count = 300;
        var a = await ConnectAsync(_a, "alice");
        var b = await ConnectAsync(_b, "bob");

        await a.Connection.InvokeAsync("SendNumbered", b.ConnectionId, Count);
        for (var i = 0; i < Count; i++)
        {
            Assert.Equal(i, await b.NextNumberAsync());
        }

        await b.Connection.InvokeAsync("Join", "ordered");
        await a.Connection.InvokeAsync("SendNumberedToGroup", "ordered", Count);
        for (var i = 0; i < Count; i++)
        {
            Assert.Equal(i, await b.NextNumberAsync());
        }
    }

    [Fact]
    public async Task Client_results_come_back_from_a_connection_on_the_other_instance_and_from_a_local_one()
    {
        var a = await ConnectAsync(_a, "alice");
        var b = await ConnectAsync(_b, "bob");
        var a2 = await ConnectAsync(_a, "ann");

        Assert.Equal(42, await a.Connection.InvokeAsync<int>("Ask", b.ConnectionId, 21).WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(10, await a.Connection.InvokeAsync<int>("Ask", a2.ConnectionId, 5).WaitAsync(TimeSpan.FromSeconds(10)));
        var missing = await Assert.ThrowsAsync<HubException>(() => a.Connection.InvokeAsync<int>("Ask", "no-such-connection", 1));
        Assert.Contains("Ask", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_killed_subscriber_connection_is_replaced_and_messages_after_the_reconnect_arrive()
    {
        var a = await ConnectAsync(_a, "alice");
        var b = await ConnectAsync(_b, "bob");
        await b.Connection.InvokeAsync("Join", "room");
        await a.Connection.InvokeAsync("SendAll", "before");
        Assert.Equal("before", await b.NextAsync());

        await using var admin = RedisClient.FromUrl(_url);
        var subscriber = Assert.Single(await admin.ClientListAsync(type: "pubsub"), c => c.Name == _nameB);
        await admin.ExecuteCommandAsync("CLIENT", "KILL", "ID", subscriber.Id);

        // The PubSub reconnects and subscribes again: wait until B's new subscriber holds the hub's channels.
        var all = _prefix + typeof(ChatHub).FullName + ":all";
        await Polling.EventuallyAsync(
            async () => (await admin.ClientListAsync(type: "pubsub")).Where(c => c.Name == _nameB && c.Id != subscriber.Id).ToList(),
            replaced => replaced.Count == 1);
        await Polling.EventuallyAsync(async () => (await admin.PubSubNumSubAsync([all]))[all], count => count == 2);

        await a.Connection.InvokeAsync("SendAll", "after");
        Assert.Equal("after", await b.NextAsync());
        await a.Connection.InvokeAsync("SendConnection", b.ConnectionId, "direct");
        Assert.Equal("direct", await b.NextAsync());
        await a.Connection.InvokeAsync("SendGroup", "room", "group");
        Assert.Equal("group", await b.NextAsync());
    }

    [Fact]
    public async Task Adding_an_unknown_connection_to_a_group_fails_once_no_server_acknowledges_it()
    {
        await using var app = await SignalRFleet.StartAsync((services, signalR) =>
        {
            services.AddRedis(_url);
            signalR.AddRedisKit(options =>
            {
                options.ChannelPrefix = _prefix;
                options.AckTimeout = TimeSpan.FromMilliseconds(300);
            });
        });
        var a = await ConnectAsync(app, "alice");

        await Assert.ThrowsAsync<HubException>(() => a.Connection.InvokeAsync("AddToGroup", "no-such-connection", "room"));
    }

    [Fact]
    public async Task A_client_that_decodes_replies_to_text_still_carries_binary_payloads()
    {
        await using var decoding = await SignalRFleet.StartAsync((services, signalR) =>
        {
            services.AddRedis(_url).Configure(options => options.DecodeResponses = true);
            signalR.AddRedisKit(options => options.ChannelPrefix = _prefix);
        });
        var a = await ConnectAsync(_a, "alice");
        var d = await ConnectAsync(decoding, "dora");

        await a.Connection.InvokeAsync("SendAll", "héllo ✓");
        Assert.Equal("héllo ✓", await d.NextAsync());
        await d.Connection.InvokeAsync("SendConnection", a.ConnectionId, "back");
        Assert.Equal("héllo ✓", await a.NextAsync());
        Assert.Equal("back", await a.NextAsync());
    }

    [Fact]
    public async Task A_keyed_client_carries_the_backplane_through_either_registration()
    {
        await using var viaBuilder = await SignalRFleet.StartAsync((services, _) =>
            services.AddKeyedRedis("bus", _url).AddSignalRBackplane(_prefix));
        await using var viaSignalR = await SignalRFleet.StartAsync((services, signalR) =>
        {
            services.AddKeyedRedis("bus", _url);
            signalR.AddRedisKit("bus", _prefix);
        });
        var x = await ConnectAsync(viaBuilder, "xavier");
        var y = await ConnectAsync(viaSignalR, "yves");
        var a = await ConnectAsync(_a, "alice");

        await x.Connection.InvokeAsync("SendAll", "from x");
        Assert.Equal("from x", await y.NextAsync());
        Assert.Equal("from x", await a.NextAsync());
        Assert.Equal("from x", await x.NextAsync());
    }

    [Fact]
    public void Registering_twice_adds_one_lifetime_manager_whichever_comes_first()
    {
        var services = new ServiceCollection();
        services.AddSignalR().AddRedisKit().AddRedisKit(options => options.ChannelPrefix = "p:");
        services.AddRedis("redis://127.0.0.1:1").AddSignalRBackplane();
        var managers = services.Where(d => d.ServiceType == typeof(HubLifetimeManager<>)).ToList();
        Assert.Equal(typeof(RedisKitHubLifetimeManager<>), Assert.Single(managers).ImplementationType);

        var before = new ServiceCollection();
        before.AddRedis("redis://127.0.0.1:1").AddSignalRBackplane();
        before.AddSignalR();
        Assert.Equal(typeof(RedisKitHubLifetimeManager<>), Assert.Single(before, d => d.ServiceType == typeof(HubLifetimeManager<>)).ImplementationType);
    }

    private Task<WebApplication> StartInstanceAsync(string clientName) =>
        SignalRFleet.StartAsync((services, signalR) =>
        {
            services.AddRedis(_url).Configure(options => options.ClientName = clientName);
            signalR.AddRedisKit(options => options.ChannelPrefix = _prefix);
        });

    private async Task<ChatClient> ConnectAsync(WebApplication app, string user)
    {
        var client = await SignalRFleet.ConnectAsync(app, user);
        _clients.Add(client);
        return client;
    }
}
