using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using RedisKit.Commands;
using RedisKit.Diagnostics;

namespace RedisKit.Connections;

internal sealed partial class RedisConnection
{
    /// <summary>
    /// Opens a connection and runs the handshake, all within <see cref="RedisOptions.SocketConnectTimeout"/>.
    /// Failures are <see cref="RedisConnectionException"/>, <see cref="RedisTimeoutException"/> or
    /// <see cref="RedisAuthenticationException"/>; none names the password.
    /// </summary>
    public static async Task<RedisConnection> ConnectAsync(RedisOptions options, PoolTelemetry telemetry, CancellationToken cancellationToken, bool dedicatedReader = false)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = RedisInstrumentation.StartOperation("CONNECT", telemetry, 0, null);
        try
        {
            var connection = await ConnectCoreAsync(options, dedicatedReader, cancellationToken).ConfigureAwait(false);
            if (RedisInstrumentation.ConnectionCreateTime.Enabled)
            {
                RedisInstrumentation.ConnectionCreateTime.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, telemetry.PoolTags());
            }

            activity?.Stop();
            return connection;
        }
        catch (Exception ex) when (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, ex.Message);
            activity.SetTag("error.type", RedisInstrumentation.ErrorType(ex));
            throw;
        }
    }

    private static async Task<RedisConnection> ConnectCoreAsync(RedisOptions options, bool dedicatedReader, CancellationToken cancellationToken)
    {
        var endpoint = DescribeEndpoint(options);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.SocketConnectTimeout);
        Socket? socket = null;
        Stream? stream = null;
        RedisConnection? connection = null;
        try
        {
            EndPoint target;
            if (options.UnixSocketPath is { } path)
            {
                socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                target = new UnixDomainSocketEndPoint(path);
            }
            else
            {
                socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                if (options.SocketKeepAlive)
                {
                    socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
                }

                target = IPAddress.TryParse(options.Host, out var address)
                    ? new IPEndPoint(address, options.Port)
                    : new DnsEndPoint(options.Host, options.Port);
            }

            if (dedicatedReader)
            {
                ConnectBlocking(socket, target, timeout.Token);
            }
            else
            {
                await socket.ConnectAsync(target, timeout.Token).ConfigureAwait(false);
            }
            stream = new NetworkStream(socket, ownsSocket: true);
            if (options.Ssl)
            {
                stream = await TlsConnector.AuthenticateAsync(stream, options, timeout.Token).ConfigureAwait(false);
            }

            connection = new RedisConnection(options, socket, stream, endpoint);
            if (dedicatedReader)
            {
                connection.StartReaderThread();
            }
            else
            {
                _ = connection.ReadLoopAsync();
            }
            await connection.HandshakeAsync(timeout.Token).ConfigureAwait(false);
            lock (connection._writeLock)
            {
                if (connection._state == Connecting)
                {
                    connection._state = Open;
                }
            }

            if (!connection.IsOpen)
            {
                throw connection.NotOpenException();
            }

            return connection;
        }
        catch (Exception ex)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                stream?.Dispose();
                socket?.Dispose();
            }

            throw Translate(ex, endpoint, options, timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested);
        }
    }

    private static Exception Translate(Exception ex, string endpoint, RedisOptions options, bool timedOut)
    {
        if (timedOut)
        {
            return new RedisTimeoutException(
                $"Connecting to {endpoint} did not finish within the connect timeout of {options.SocketConnectTimeout.TotalSeconds:0.###} s.", ex);
        }

        return ex switch
        {
            OperationCanceledException => ex,
            RedisException => ex,
            SocketException socketError => new RedisConnectionException($"Could not connect to {endpoint}: {socketError.Message} ({socketError.SocketErrorCode}).", ex),
            AuthenticationException => new RedisConnectionException($"The TLS handshake with {endpoint} failed: {ex.Message}", ex),
            IOException => new RedisConnectionException($"The connection to {endpoint} failed while connecting: {ex.Message}", ex),
            _ => ex,
        };
    }

    internal static string DescribeEndpoint(RedisOptions options) =>
        options.UnixSocketPath ?? (options.Host.Contains(':', StringComparison.Ordinal) ? "[" + options.Host + "]" : options.Host)
        + ":" + options.Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// HELLO 3 with AUTH and SETNAME in one round trip; a server without RESP3 (an unknown HELLO, or
    /// NOPROTO) gets AUTH and CLIENT SETNAME instead. Then library info, whose errors older
    /// servers may raise and are ignored, and SELECT, pipelined in one more round trip.
    /// </summary>
    private async Task HandshakeAsync(CancellationToken cancellationToken)
    {
        var resp3 = false;
        if (_options.Protocol == 3)
        {
            try
            {
                var hello = await ExecuteAsync(ConnectionCommands.Hello(3, _options.Username, _options.Password, _options.ClientName), cancellationToken).ConfigureAwait(false);
                resp3 = hello.Protocol == 3;
                ServerId = hello.Id;
            }
            catch (RedisResponseException ex) when (ex is not RedisAuthenticationException and not RedisPermissionException
                                                    && ex.Prefix is "ERR" or "NOPROTO")
            {
                resp3 = false;
            }
        }

        if (resp3)
        {
            _context = new ReplyContext(_options.Encoding, _options.DecodeResponses, 3);
        }
        else
        {
            if (_options.Password is not null)
            {
                await ExecuteAsync(ConnectionCommands.Auth(_options.Username, _options.Password), cancellationToken).ConfigureAwait(false);
            }

            if (_options.ClientName is not null)
            {
                await ExecuteAsync(ConnectionCommands.ClientSetName(_options.ClientName), cancellationToken).ConfigureAwait(false);
            }
        }

        var libName = _options.LibName is null ? default : ExecuteAsync(ConnectionCommands.ClientSetInfo("LIB-NAME", _options.LibName), cancellationToken);
        var libVersion = _options.LibVersion is null ? default : ExecuteAsync(ConnectionCommands.ClientSetInfo("LIB-VER", _options.LibVersion), cancellationToken);
        var select = _options.Database != 0 ? ExecuteAsync(ConnectionCommands.Select(_options.Database), cancellationToken) : default;
        await IgnoreResponseErrorAsync(libName).ConfigureAwait(false);
        await IgnoreResponseErrorAsync(libVersion).ConfigureAwait(false);
        await select.ConfigureAwait(false);
        if (ServerId == 0)
        {
            ServerId = await ExecuteAsync(ConnectionCommands.ClientId(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async ValueTask IgnoreResponseErrorAsync(ValueTask<bool> pending)
    {
        try
        {
            await pending.ConfigureAwait(false);
        }
        catch (RedisResponseException)
        {
            // Servers before 7.2 do not know CLIENT SETINFO; the library name is only informative.
        }
    }

    /// <summary>
    /// Connects with a blocking call. A socket that never saw an asynchronous operation stays in
    /// blocking mode, so its reads and writes are plain system calls; once an asynchronous one ran,
    /// .NET emulates blocking calls on a non-blocking socket, and that emulation can wait on the
    /// thread pool, which a connection for blocked callers must never do.
    /// </summary>
    private static void ConnectBlocking(Socket socket, EndPoint target, CancellationToken cancellationToken)
    {
        using var abort = cancellationToken.UnsafeRegister(static state => ((Socket)state!).Dispose(), socket);
        try
        {
            socket.Connect(target);
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is SocketException or ObjectDisposedException)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }
}
