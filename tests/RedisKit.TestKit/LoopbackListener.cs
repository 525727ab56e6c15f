using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace RedisKit.TestKit;

/// <summary>
/// The listening half of the test kit's fake servers: a TCP listener on 127.0.0.1 with an ephemeral
/// port, an accept loop handing each new socket to its owner, and the set of open sockets, so that a
/// test can cut every connection at once and disposal leaves nothing open.
/// </summary>
internal sealed class LoopbackListener : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Action<Socket> _accepted;
    private readonly ConcurrentDictionary<Socket, byte> _open = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;

    /// <summary>Starts listening and accepting; <paramref name="accepted"/> runs on the accept loop for each new socket.</summary>
    public LoopbackListener(Action<Socket> accepted)
    {
        _accepted = accepted;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _acceptLoop = AcceptLoopAsync();
    }

    /// <summary>The ephemeral port listened on.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Cancelled when the listener is disposed: the owner's connection handlers stop on it.</summary>
    public CancellationToken Stopping => _stop.Token;

    /// <summary>Sockets tracked and not yet closed.</summary>
    public int OpenCount => _open.Count;

    /// <summary>Makes <paramref name="socket"/> one that <see cref="CutAll"/> and disposal close.</summary>
    public void Track(Socket socket) => _open[socket] = 0;

    /// <summary>Shuts down and disposes a tracked socket, once; a socket closed already is left alone.</summary>
    public void Close(Socket socket)
    {
        if (_open.TryRemove(socket, out _))
        {
            try
            {
                socket.Shutdown(SocketShutdown.Both);
            }
            catch (SocketException)
            {
                // Not connected any more.
            }

            socket.Dispose();
        }
    }

    /// <summary>Closes every tracked socket now.</summary>
    public void CutAll()
    {
        foreach (var socket in _open.Keys)
        {
            Close(socket);
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _accepted(client);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        CutAll();
        try
        {
            await _acceptLoop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }
}
