using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using RedisKit.TestKit;
using StackExchange.Redis;

namespace RedisKit.Extensions.Tests.SignalR;

/// <summary>
/// A mixed fleet: one instance on Microsoft.AspNetCore.SignalR.StackExchangeRedis, one on RedisKit.SignalR,
/// same Redis and channel prefix. Every kind of message crosses in both directions.
/// </summary>
public sealed class MicrosoftBackplaneInteropTests : IAsyncLifetime
{
    private readonly string _prefix = new TestKeys().Prefix;
    private readonly List<ChatClient> _clients = [];
    private WebApplication _theirs = null!;
    private WebApplication _ours = null!;

    public async Task InitializeAsync()
    {
        var url = new Uri((await RedisTestServers.GetSharedAsync()).Url);
        _theirs = await SignalRFleet.StartAsync((_, signalR) =>
            signalR.AddStackExchangeRedis($"{url.Host}:{url.Port}", options => options.Configuration.ChannelPrefix = RedisChannel.Literal(_prefix)));
        _ours = await SignalRFleet.StartAsync((services, signalR) =>
        {
            services.AddRedis(url.ToString());
            signalR.AddRedisKit(options => options.ChannelPrefix = _prefix);
        });
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }

        await _theirs.DisposeAsync();
        await _ours.DisposeAsync();
    }

    [Fact]
    public async Task Broadcasts_connection_and_user_messages_cross_both_ways()
    {
        var t = await ConnectAsync(_theirs, "alice");
        var o = await ConnectAsync(_ours, "bob");

        await t.Connection.InvokeAsync("SendAll", "from theirs");
        Assert.Equal("from theirs", await o.NextAsync());
        Assert.Equal("from theirs", await t.NextAsync());
        await o.Connection.InvokeAsync("SendOthers", "from ours");
        Assert.Equal("from ours", await t.NextAsync());

        await t.Connection.InvokeAsync("SendConnection", o.ConnectionId, "to bob");
        Assert.Equal("to bob", await o.NextAsync());
        await o.Connection.InvokeAsync("SendConnection", t.ConnectionId, "to alice");
        Assert.Equal("to alice", await t.NextAsync());

        await t.Connection.InvokeAsync("SendUser", "bob", "user bob");
        Assert.Equal("user bob", await o.NextAsync());
        await o.Connection.InvokeAsync("SendUser", "alice", "user alice");
        Assert.Equal("user alice", await t.NextAsync());
    }

    [Fact]
    public async Task Group_commands_and_acks_cross_both_ways()
    {
        var t = await ConnectAsync(_theirs, "alice");
        var o = await ConnectAsync(_ours, "bob");

        // Each instance adds the other's connection: the command goes one way, the ack the other.
        await t.Connection.InvokeAsync("AddToGroup", o.ConnectionId, "room");
        await o.Connection.InvokeAsync("AddToGroup", t.ConnectionId, "room");
        await t.Connection.InvokeAsync("SendGroup", "room", "to the room");
        Assert.Equal("to the room", await t.NextAsync());
        Assert.Equal("to the room", await o.NextAsync());

        await o.Connection.InvokeAsync("SendGroupExcept", "room", o.ConnectionId, "not to bob");
        Assert.Equal("not to bob", await t.NextAsync());

        await o.Connection.InvokeAsync("RemoveFromGroup", t.ConnectionId, "room");
        await t.Connection.InvokeAsync("SendGroup", "room", "after alice left");
        Assert.Equal("after alice left", await o.NextAsync());
        await o.Connection.InvokeAsync("SendAll", "marker");
        Assert.Equal("marker", await t.NextAsync());
    }

    [Fact]
    public async Task Client_results_cross_both_ways()
    {
        var t = await ConnectAsync(_theirs, "alice");
        var o = await ConnectAsync(_ours, "bob");

        Assert.Equal(42, await t.Connection.InvokeAsync<int>("Ask", o.ConnectionId, 21).WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(8, await o.Connection.InvokeAsync<int>("Ask", t.ConnectionId, 4).WaitAsync(TimeSpan.FromSeconds(10)));
    }

    private async Task<ChatClient> ConnectAsync(WebApplication app, string user)
    {
        var client = await SignalRFleet.ConnectAsync(app, user);
        _clients.Add(client);
        return client;
    }
}
