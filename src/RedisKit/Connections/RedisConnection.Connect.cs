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
    /// TCP keepalive: first probe after this long without traffic, then one every
    /// <see cref="KeepAliveIntervalSeconds"/>, and the connection is dropped after
    /// <see cref="KeepAliveRetryCount"/> unanswered probes: a silent peer is noticed after about
    /// 90 seconds instead of the system default of over two hours (Linux: 7200 s + 9 × 75 s).
    /// </summary>
    internal const int KeepAliveTimeSeconds = 60;

    /// <summary>Seconds between unanswered keepalive probes.</summary>
    internal const int KeepAliveIntervalSeconds = 10;

    /// <summary>Unanswered keepalive probes before the system drops the connection.</summary>
    internal const int KeepAliveRetryCount = 3;

    /// <summary>The client certificate the TLS handshake presented (subject and issuer), or null; for messages only.</summary>
    private string? _offeredClientCertificate;

    /// <summary>The underlying socket, for tests that read its options back.</summary>
    internal Socket Socket => _socket;

    /// <summary>
    /// Opens a connection and runs the handshake, all within <see cref="RedisOptions.SocketConnectTimeout"/>.
    /// Failures are <see cref="RedisConnectionException"/>, <see cref="RedisTimeoutException"/> or
    /// <see cref="RedisAuthenticationException"/>; none names the password.
    /// </summary>
    public static async Task<RedisConnection> ConnectAsync(RedisOptions options, PoolTelemetry telemetry, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = RedisInstrumentation.StartOperation("CONNECT", telemetry, 0, null);
        try
        {
            var connection = await ConnectCoreAsync(options, cancellationToken).ResumeInline();
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

    private static async Task<RedisConnection> ConnectCoreAsync(RedisOptions options, CancellationToken cancellationToken)
    {
        var endpoint = DescribeEndpoint(options);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.SocketConnectTimeout);
        RedisConnection? connection = null;
        RedisCredentials? credentials = null;
        try
        {
            if (options.CredentialProvider is not null)
            {
                // Before the socket opens, on the caller's thread: the provider is user code and may
                // await, and the connection's reader thread must only ever run the handshake.
                credentials = await ProviderCredentialsAsync(options, endpoint, timeout, cancellationToken).ConfigureAwait(false);
            }

            connection = await OpenOnOwnThreadAsync(options, endpoint, timeout.Token).ResumeInline();
            try
            {
                await connection.HandshakeAsync(credentials, timeout.Token).ResumeInline();
            }
            catch (RedisAuthenticationException ex) when (credentials is not null && ex.Prefix == "WRONGPASS")
            {
                // The password may have been rotated between asking the provider and the handshake:
                // when the provider now answers differently, one more connection tries that.
                var fresh = await ProviderCredentialsAsync(options, endpoint, timeout, cancellationToken).ConfigureAwait(false);
                if (fresh.Username == credentials.Username && fresh.Password == credentials.Password)
                {
                    throw;
                }

                await connection.DisposeAsync().ConfigureAwait(false);
                connection = null;
                credentials = fresh;
                connection = await OpenOnOwnThreadAsync(options, endpoint, timeout.Token).ResumeInline();
                await connection.HandshakeAsync(credentials, timeout.Token).ResumeInline();
            }
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

            connection.ScheduleReauthentication(credentials?.ExpiresAt);
            return connection;
        }
        catch (Exception ex)
        {
            if (connection is null && credentials is null && ex is RedisConnectionException && options.CredentialProvider is not null)
            {
                // The provider failed or did not answer in time: its own message says so.
                throw;
            }

            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            var timedOut = timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested;
            if (!timedOut && connection is not null && options.Ssl && ex is RedisConnectionException)
            {
                // The TLS handshake passed, yet the first exchange broke: the server refused the client certificate.
                throw TlsConnector.ExplainFirstExchangeFailure(ex, endpoint, options, connection._offeredClientCertificate);
            }

            throw Translate(ex, endpoint, options, timedOut);
        }
    }

    /// <summary>The provider's credentials; not answering within the connect timeout says so, naming the provider.</summary>
    private static async ValueTask<RedisCredentials> ProviderCredentialsAsync(RedisOptions options, string endpoint, CancellationTokenSource timeout, CancellationToken cancellationToken)
    {
        try
        {
            return (await GetCredentialsAsync(options, endpoint, timeout.Token).ConfigureAwait(false))!;
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RedisConnectionException(
                $"The credential provider ({options.CredentialProvider!.GetType().Name}) did not supply credentials for {endpoint} within the connect timeout of {options.SocketConnectTimeout.TotalSeconds:0.###} s.", ex);
        }
    }

    /// <summary>
    /// Starts the connection's own thread, which connects (and negotiates TLS) with blocking calls
    /// and then reads for the connection's life. A socket that never sees an asynchronous call stays
    /// in blocking mode, so its reads are plain system calls that wake the reader directly; once an
    /// asynchronous one ran, .NET would route every read through its event loop and the thread pool.
    /// The caller's continuation runs on that thread too, so opening needs no thread-pool thread.
    /// </summary>
    private static Task<RedisConnection> OpenOnOwnThreadAsync(RedisOptions options, string endpoint, CancellationToken cancellationToken)
    {
        var request = new OpenRequest(options, endpoint, cancellationToken);
        new Thread(static state => ((OpenRequest)state!).Run())
        {
            IsBackground = true,
            Name = "RedisKit reader " + endpoint,
        }.UnsafeStart(request);
        return request.Opened.Task;
    }

    private static RedisConnection OpenSocket(RedisOptions options, string endpoint, CancellationToken cancellationToken)
    {
        Socket? socket = null;
        Stream? stream = null;
        string? offered = null;
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
                    socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveTime, KeepAliveTimeSeconds);
                    socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveInterval, KeepAliveIntervalSeconds);
                    socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveRetryCount, KeepAliveRetryCount);
                }

                target = IPAddress.TryParse(options.Host, out var address)
                    ? new IPEndPoint(address, options.Port)
                    : new DnsEndPoint(options.Host, options.Port);
            }

            if (options.SocketTimeout != Timeout.InfiniteTimeSpan)
            {
                // Writes block the caller; one the server does not drain within the socket timeout fails.
                socket.SendTimeout = (int)Math.Min(int.MaxValue, Math.Max(1, options.SocketTimeout.TotalMilliseconds));
            }

            using (cancellationToken.UnsafeRegister(static state => ((Socket)state!).Dispose(), socket))
            {
                try
                {
                    socket.Connect(target);
                    stream = new NetworkStream(socket, ownsSocket: true);
                    if (options.Ssl)
                    {
                        var ssl = TlsConnector.Authenticate(stream, options, endpoint);
                        stream = ssl;
                        offered = ssl.LocalCertificate is { } local ? TlsConnector.Describe(local) : null;
                    }
                }
                catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is SocketException or ObjectDisposedException or IOException)
                {
                    throw new OperationCanceledException(cancellationToken);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            return new RedisConnection(options, socket, stream, endpoint) { _offeredClientCertificate = offered };
        }
        catch
        {
            stream?.Dispose();
            socket?.Dispose();
            throw;
        }
    }

    /// <summary>What the connection's thread needs to open it, and where it reports back.</summary>
    private sealed class OpenRequest(RedisOptions options, string endpoint, CancellationToken cancellationToken)
    {
        // Continuations run on the connection's thread: the handshake goes out from here at once.
        public TaskCompletionSource<RedisConnection> Opened { get; } = new();

        public void Run()
        {
            RedisConnection connection;
            try
            {
                connection = OpenSocket(options, endpoint, cancellationToken);
            }
            catch (Exception ex)
            {
                Opened.TrySetException(ex);
                return;
            }

            Opened.TrySetResult(connection);
            connection.ReadLoop();
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
    /// HELLO (3, or 2 when RESP2 is asked for) with AUTH and SETNAME in one round trip; a server
    /// without HELLO (before 6.0, an unknown command) or without RESP3 (NOPROTO) gets AUTH and
    /// CLIENT SETNAME instead. Then library info, which older servers and users without
    /// <c>+client</c> may refuse and is ignored, and SELECT, pipelined in one more round trip. HELLO
    /// and AUTH need no ACL permission, so a user allowed only its own commands connects; SELECT is
    /// sent only for a database other than 0, and the connection's id comes from HELLO alone.
    /// A NOAUTH reply when no password is configured becomes an error saying where to set one.
    /// </summary>
    private async Task HandshakeAsync(RedisCredentials? credentials, CancellationToken cancellationToken)
    {
        var username = credentials is null ? _options.Username : credentials.Username;
        var password = credentials is null ? _options.Password : credentials.Password;
        try
        {
            await HandshakeCoreAsync(username, password, cancellationToken).ConfigureAwait(false);
        }
        catch (RedisAuthenticationException ex) when (ex.Prefix == "NOAUTH" && password is null)
        {
            throw PasswordRequired(Endpoint, ex);
        }
    }

    /// <summary>
    /// The server's own words (HELLO's "must be called with the client already authenticated", or
    /// "Authentication required") do not say that the client lacks a password or where one goes.
    /// </summary>
    internal static RedisAuthenticationException PasswordRequired(string endpoint, RedisAuthenticationException reply) => new(
        "NOAUTH",
        $"The server at {endpoint} requires a password and none is configured: set it in the URL (redis://:password@host or redis://user:password@host), "
        + "in a connection string (password=...), in RedisOptions.Password / Redis:Password, or supply it with RedisOptions.CredentialProvider. The server replied: " + ErrorPrefix.ServerText(reply));

    private async Task HandshakeCoreAsync(string? username, string? password, CancellationToken cancellationToken)
    {
        var resp3 = false;
        var greeted = false;
        try
        {
            var hello = await ExecuteAsync(ConnectionCommands.Hello(_options.Protocol == 3 ? 3 : 2, username, password, _options.ClientName), cancellationToken).ConfigureAwait(false);
            resp3 = hello.Protocol == 3;
            ServerId = hello.Id;
            greeted = true;
        }
        catch (RedisResponseException ex) when (ex is not RedisAuthenticationException and not RedisPermissionException
                                                && ex.Prefix is "ERR" or "NOPROTO")
        {
            resp3 = false;
        }

        if (resp3)
        {
            _context = new ReplyContext(_options.Encoding, _options.DecodeResponses, 3);
        }
        else if (!greeted)
        {
            if (password is not null)
            {
                await ExecuteAsync(ConnectionCommands.Auth(username, password), cancellationToken).ConfigureAwait(false);
            }

            if (_options.ClientName is not null)
            {
                await ExecuteAsync(ConnectionCommands.ClientSetName(_options.ClientName), cancellationToken).ConfigureAwait(false);
            }
        }

        var libName = _options.LibName is null ? default : ExecuteAsync(ConnectionCommands.ClientSetInfo("LIB-NAME", _options.LibName), cancellationToken);
        var libVersion = _options.LibVersion is null ? default : ExecuteAsync(ConnectionCommands.ClientSetInfo("LIB-VER", _options.LibVersion), cancellationToken);
        var select = _options.Database != 0 ? ExecuteAsync(ConnectionCommands.Select(_options.Database), cancellationToken) : default;

        // Without HELLO nothing so far needed authentication when no password is set (an unknown
        // CLIENT SETINFO is refused before the login check): a PING in the same round trip finds
        // out now rather than at the first command.
        var probe = !greeted && password is null ? ExecuteAsync(ConnectionCommands.Ping(), cancellationToken) : default;
        await IgnoreResponseErrorAsync(libName).ResumeInline();
        await IgnoreResponseErrorAsync(libVersion).ResumeInline();
        await select.ConfigureAwait(false);
        await IgnoreResponseErrorAsync(probe).ResumeInline();
    }

    private static async ValueTask IgnoreResponseErrorAsync(ValueTask<bool> pending)
    {
        try
        {
            await pending.ConfigureAwait(false);
        }
        catch (RedisResponseException ex) when (ex.Prefix != "NOAUTH")
        {
            // Servers before 7.2 do not know CLIENT SETINFO, and users without +client may not run
            // it (NOPERM); the library name is only informative.
        }
    }
}
