using System.Net.Sockets;
using RedisKit.Connections;
using RedisKit.Diagnostics;

namespace RedisKit.IntegrationTests.Connections;

public sealed class KeepAliveTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Fact]
    public async Task Tcp_connections_probe_after_a_minute_idle_and_give_up_after_three_probes()
    {
        var options = RedisClient.FromUrl(server.Url).Options;
        await using var connection = await RedisConnection.ConnectAsync(options, new PoolTelemetry(options), CancellationToken.None);
        var socket = connection.Socket;
        Assert.NotEqual(0, (int)socket.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive)!);
        Assert.Equal(60, (int)socket.GetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveTime)!);
        Assert.Equal(10, (int)socket.GetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveInterval)!);
        Assert.Equal(3, (int)socket.GetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveRetryCount)!);
    }

    [Fact]
    public async Task Socket_keepalive_false_leaves_keepalive_off()
    {
        var options = RedisClient.FromUrl(server.Url).Options;
        options.SocketKeepAlive = false;
        await using var connection = await RedisConnection.ConnectAsync(options, new PoolTelemetry(options), CancellationToken.None);
        Assert.Equal(0, (int)connection.Socket.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive)!);
    }
}
