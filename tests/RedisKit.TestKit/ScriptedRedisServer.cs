using System.Net.Sockets;
using System.Text;

namespace RedisKit.TestKit;

/// <summary>What a <see cref="ScriptedRedisServer"/> sends for one command: raw bytes, then optionally a close.</summary>
/// <param name="Bytes">Written as they are, whether valid RESP or not.</param>
/// <param name="CloseAfter">Closes the connection once the bytes are written.</param>
public readonly record struct ScriptedReply(byte[] Bytes, bool CloseAfter = false)
{
    /// <summary>A reply from RESP text written with real CR/LF characters.</summary>
    public static ScriptedReply Text(string resp) => new(Encoding.UTF8.GetBytes(resp));
}

/// <summary>
/// A loopback server that speaks just enough RESP for a client to connect (HELLO, AUTH, CLIENT,
/// SELECT are answered as Redis would) and answers every other command with whatever
/// <see cref="Respond"/> returns, byte for byte: the hostile or broken server of protocol tests.
/// </summary>
public sealed class ScriptedRedisServer : IAsyncDisposable
{
    private readonly LoopbackListener _listener;
    private int _connections;

    /// <summary>Starts listening on 127.0.0.1 with an ephemeral port.</summary>
    public ScriptedRedisServer(Func<IReadOnlyList<string>, ScriptedReply> respond)
    {
        Respond = respond;
        _listener = new LoopbackListener(OnAccepted);
    }

    /// <summary>Answers one command (its arguments, name first, upper-cased name); replaceable at any time.</summary>
    public Func<IReadOnlyList<string>, ScriptedReply> Respond { get; set; }

    /// <summary>The HELLO 3 reply's protocol: 3, or 2 to refuse RESP3 like an old server.</summary>
    public bool Resp3 { get; set; } = true;

    public int Port => _listener.Port;

    /// <summary>A URL for <c>RedisClient.FromUrl</c>, with the given query appended.</summary>
    public string Url(string query = "") => $"redis://127.0.0.1:{Port}/0{(query.Length > 0 ? "?" + query : string.Empty)}";

    /// <summary>Connections accepted so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Closes every open connection now.</summary>
    public void CutAll() => _listener.CutAll();

    private void OnAccepted(Socket client)
    {
        client.NoDelay = true;
        Interlocked.Increment(ref _connections);
        _listener.Track(client);
        _ = ServeAsync(client);
    }

    private async Task ServeAsync(Socket socket)
    {
        var input = new CommandReader(socket, _listener.Stopping);
        try
        {
            while (true)
            {
                var command = await input.ReadCommandAsync().ConfigureAwait(false);
                if (command is null)
                {
                    return;
                }

                var reply = Handshake(command) ?? Respond(command);
                await socket.SendAsync(reply.Bytes, SocketFlags.None, _listener.Stopping).ConfigureAwait(false);
                if (reply.CloseAfter)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException or IOException or InvalidDataException)
        {
            // The client went away or sent something this server does not parse: it closes.
        }
        finally
        {
            _listener.Close(socket);
        }
    }

    private ScriptedReply? Handshake(List<string> command)
    {
        switch (command[0])
        {
            case "HELLO" when command.Count > 1 && command[1] == "3":
                return Resp3
                    ? ScriptedReply.Text("%7\r\n$6\r\nserver\r\n$5\r\nredis\r\n$7\r\nversion\r\n$5\r\n7.4.0\r\n$5\r\nproto\r\n:3\r\n$2\r\nid\r\n:7\r\n$4\r\nmode\r\n$10\r\nstandalone\r\n$4\r\nrole\r\n$6\r\nmaster\r\n$7\r\nmodules\r\n*0\r\n")
                    : ScriptedReply.Text("-NOPROTO unsupported protocol version\r\n");
            case "HELLO":
                return ScriptedReply.Text("-NOPROTO unsupported protocol version\r\n");
            case "AUTH" or "SELECT":
                return ScriptedReply.Text("+OK\r\n");
            case "CLIENT" when command.Count > 1 && command[1].Equals("ID", StringComparison.OrdinalIgnoreCase):
                return ScriptedReply.Text(":7\r\n");
            case "CLIENT" when command.Count > 1 && command[1].ToUpperInvariant() is "SETINFO" or "SETNAME":
                return ScriptedReply.Text("+OK\r\n");
            default:
                return null;
        }
    }

    public ValueTask DisposeAsync() => _listener.DisposeAsync();

    /// <summary>Reads the commands a client sends: arrays of bulk strings.</summary>
    private sealed class CommandReader(Socket socket, CancellationToken cancellationToken)
    {
        private readonly byte[] _buffer = new byte[65536];
        private int _start;
        private int _end;

        public async Task<List<string>?> ReadCommandAsync()
        {
            var header = await ReadLineAsync().ConfigureAwait(false);
            if (header is null)
            {
                return null;
            }

            if (header.Length < 2 || header[0] != '*' || !int.TryParse(header.AsSpan(1), out var count) || count < 1)
            {
                throw new InvalidDataException($"Expected a command array but read '{header}'.");
            }

            var args = new List<string>(count);
            for (var i = 0; i < count; i++)
            {
                var lengthLine = await ReadLineAsync().ConfigureAwait(false);
                if (lengthLine is null || lengthLine.Length < 2 || lengthLine[0] != '$' || !int.TryParse(lengthLine.AsSpan(1), out var length) || length < 0)
                {
                    throw new InvalidDataException($"Expected a bulk string header but read '{lengthLine}'.");
                }

                var bytes = await ReadExactlyAsync(length + 2).ConfigureAwait(false);
                if (bytes is null)
                {
                    return null;
                }

                var text = Encoding.UTF8.GetString(bytes, 0, length);
                args.Add(i == 0 ? text.ToUpperInvariant() : text);
            }

            return args;
        }

        private async Task<string?> ReadLineAsync()
        {
            while (true)
            {
                var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
                if (newline >= 0)
                {
                    var length = newline - _start;
                    if (length > 0 && _buffer[newline - 1] == (byte)'\r')
                    {
                        length--;
                    }

                    var line = Encoding.UTF8.GetString(_buffer, _start, length);
                    _start = newline + 1;
                    return line;
                }

                if (!await FillAsync().ConfigureAwait(false))
                {
                    return null;
                }
            }
        }

        private async Task<byte[]?> ReadExactlyAsync(int count)
        {
            var result = new byte[count];
            var copied = 0;
            while (copied < count)
            {
                if (_start == _end && !await FillAsync().ConfigureAwait(false))
                {
                    return null;
                }

                var take = Math.Min(count - copied, _end - _start);
                Buffer.BlockCopy(_buffer, _start, result, copied, take);
                _start += take;
                copied += take;
            }

            return result;
        }

        private async Task<bool> FillAsync()
        {
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                throw new InvalidDataException("A command line is longer than the scripted server reads.");
            }

            var read = await socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, cancellationToken).ConfigureAwait(false);
            _end += read;
            return read > 0;
        }
    }
}
