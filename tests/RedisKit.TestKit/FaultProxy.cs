using System.Net.Sockets;

namespace RedisKit.TestKit;

/// <summary>What a <see cref="FaultProxy"/> does with traffic.</summary>
public enum FaultMode
{
    /// <summary>Forwards both ways untouched.</summary>
    PassThrough,

    /// <summary>Accepts connections and bytes but never forwards or answers anything.</summary>
    Blackhole,

    /// <summary>Forwards with <see cref="FaultProxy.Delay"/> added before each chunk.</summary>
    Delay,

    /// <summary>Closes new connections as soon as they are accepted.</summary>
    RefuseNew,
}

/// <summary>
/// A loopback TCP proxy in front of a server, for fault tests: pass-through, delay, blackhole,
/// refusing new connections, and cutting every open connection at once. Listens on 127.0.0.1 only.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private readonly LoopbackListener _listener;
    private readonly string _targetHost;
    private readonly int _targetPort;

    private FaultProxy(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        _listener = new LoopbackListener(OnAccepted);
    }

    public string Host => "127.0.0.1";

    public int Port => _listener.Port;

    public FaultMode Mode { get; set; }

    /// <summary>The latency <see cref="FaultMode.Delay"/> adds to each forwarded chunk.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Client connections currently open through the proxy.</summary>
    public int ActiveConnections => _listener.OpenCount / 2;

    public static Task<FaultProxy> StartAsync(string targetHost, int targetPort) => Task.FromResult(new FaultProxy(targetHost, targetPort));

    /// <summary>Closes every connection open through the proxy right now.</summary>
    public void CutAll() => _listener.CutAll();

    private void OnAccepted(Socket client)
    {
        if (Mode == FaultMode.RefuseNew)
        {
            client.Dispose();
            return;
        }

        _ = HandleAsync(client);
    }

    private async Task HandleAsync(Socket client)
    {
        // Without NoDelay, Nagle's algorithm meeting the peer's delayed ACK holds small replies back
        // for tens of milliseconds now and then, which latency assertions would take for the fault.
        var server = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        client.NoDelay = true;
        _listener.Track(client);
        _listener.Track(server);
        try
        {
            await server.ConnectAsync(_targetHost, _targetPort, _listener.Stopping).ConfigureAwait(false);
            await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The target is down or the proxy is stopping: the client sees its connection close.
        }
        finally
        {
            _listener.Close(client);
            _listener.Close(server);
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16384];
        while (true)
        {
            var read = await from.ReceiveAsync(buffer, SocketFlags.None, _listener.Stopping).ConfigureAwait(false);
            if (read == 0)
            {
                return;
            }

            switch (Mode)
            {
                case FaultMode.Blackhole:
                    continue;
                case FaultMode.Delay:
                    await Task.Delay(Delay, _listener.Stopping).ConfigureAwait(false);
                    break;
            }

            await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _listener.Stopping).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => _listener.DisposeAsync();
}
