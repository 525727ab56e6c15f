using Microsoft.AspNetCore.SignalR;

namespace RedisKit.Extensions.Tests.SignalR;

/// <summary>The hub both app instances serve; its methods let a client drive every backplane path.</summary>
public sealed class ChatHub : Hub
{
    public string WhoAmI() => Context.ConnectionId;

    public Task SendAll(string text) => Clients.All.SendAsync("Message", text);

    public Task SendOthers(string text) => Clients.AllExcept(Context.ConnectionId).SendAsync("Message", text);

    public Task SendConnection(string connectionId, string text) => Clients.Client(connectionId).SendAsync("Message", text);

    public Task SendConnections(string[] connectionIds, string text) => Clients.Clients(connectionIds).SendAsync("Message", text);

    public Task SendGroup(string group, string text) => Clients.Group(group).SendAsync("Message", text);

    public Task SendGroupExcept(string group, string excluded, string text) => Clients.GroupExcept(group, excluded).SendAsync("Message", text);

    public Task SendUser(string user, string text) => Clients.User(user).SendAsync("Message", text);

    public Task Join(string group) => Groups.AddToGroupAsync(Context.ConnectionId, group);

    public Task AddToGroup(string connectionId, string group) => Groups.AddToGroupAsync(connectionId, group);

    public Task RemoveFromGroup(string connectionId, string group) => Groups.RemoveFromGroupAsync(connectionId, group);

    /// <summary>Numbered messages to one connection, one send after the other, to check their order on arrival.</summary>
    public async Task SendNumbered(string connectionId, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Clients.Client(connectionId).SendAsync("Number", i);
        }
    }

    /// <summary>The same to a group.</summary>
    public async Task SendNumberedToGroup(string group, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Clients.Group(group).SendAsync("Number", i);
        }
    }

    /// <summary>A client result from another connection, wherever it is connected.</summary>
    public Task<int> Ask(string connectionId, int value) => Clients.Client(connectionId).InvokeAsync<int>("Double", value, Context.ConnectionAborted);
}
