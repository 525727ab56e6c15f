using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RedisKit.Extensions.Tests.SignalR;

/// <summary>App instances serving <see cref="ChatHub"/> on loopback Kestrel, and clients connected to them.</summary>
internal static class SignalRFleet
{
    public static async Task<WebApplication> StartAsync(Action<IServiceCollection, ISignalRServerBuilder> backplane)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IUserIdProvider, QueryUserIdProvider>();
        var signalR = builder.Services.AddSignalR();
        backplane(builder.Services, signalR);
        var app = builder.Build();
        app.MapHub<ChatHub>("/chat");
        await app.StartAsync();
        return app;
    }

    public static async Task<ChatClient> ConnectAsync(WebApplication app, string user)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(app.Urls.Single() + "/chat?user=" + Uri.EscapeDataString(user))
            .Build();
        var client = new ChatClient(connection);
        await connection.StartAsync();
        client.ConnectionId = await connection.InvokeAsync<string>("WhoAmI");
        return client;
    }

    /// <summary>The user of a connection is the <c>user</c> query parameter, so tests can name users without authentication.</summary>
    private sealed class QueryUserIdProvider : IUserIdProvider
    {
        public string? GetUserId(HubConnectionContext connection) => connection.GetHttpContext()?.Request.Query["user"];
    }
}

/// <summary>A hub client that keeps what it receives.</summary>
internal sealed class ChatClient : IAsyncDisposable
{
    private readonly Channel<string> _messages = Channel.CreateUnbounded<string>();
    private readonly Channel<int> _numbers = Channel.CreateUnbounded<int>();

    public ChatClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<string>("Message", text => _messages.Writer.TryWrite(text));
        connection.On<int>("Number", n => _numbers.Writer.TryWrite(n));
        connection.On<int, int>("Double", value => value * 2);
    }

    public HubConnection Connection { get; }

    public string ConnectionId { get; set; } = "";

    public async Task<string> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await _messages.Reader.ReadAsync(cts.Token);
    }

    public async Task<int> NextNumberAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _numbers.Reader.ReadAsync(cts.Token);
    }

    /// <summary>True when nothing arrives within <paramref name="wait"/> (for messages that must not come).</summary>
    public async Task<bool> NothingWithinAsync(TimeSpan wait)
    {
        using var cts = new CancellationTokenSource(wait);
        try
        {
            var unexpected = await _messages.Reader.ReadAsync(cts.Token);
            return unexpected is null;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
