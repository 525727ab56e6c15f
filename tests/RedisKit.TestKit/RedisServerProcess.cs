using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace RedisKit.TestKit;

/// <summary>
/// A redis-server of a test's own, started from the binary on PATH on a free loopback port, in a
/// temporary directory, with no persistence; also listening on a Unix socket in that directory.
/// It can be killed, stopped and restarted on the same port; disposal stops it and deletes the directory.
/// </summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);
    private readonly string[] _arguments;
    private readonly string _directory;
    private Process? _process;

    private RedisServerProcess(string directory, int port, string[] arguments, TestCertificates? certificates)
    {
        _directory = directory;
        Port = port;
        _arguments = arguments;
        Certificates = certificates;
    }

    /// <summary>The loopback address the server listens on.</summary>
    public string Host => "127.0.0.1";

    /// <summary>The TCP port (the TLS port for a TLS server).</summary>
    public int Port { get; }

    /// <summary>The server's Unix socket.</summary>
    public string UnixSocketPath => Path.Combine(_directory, "redis.sock");

    /// <summary><c>redis://127.0.0.1:port</c>, or <c>rediss://localhost:port</c> for a TLS server.</summary>
    public string Url => Certificates is null
        ? $"redis://{Host}:{Port.ToString(CultureInfo.InvariantCulture)}"
        : $"rediss://localhost:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The certificates of a TLS server; null for a plain one.</summary>
    public TestCertificates? Certificates { get; }

    /// <summary>The server's temporary directory (its <c>dir</c>: dump.rdb, the AOF and the log go there).</summary>
    public string DirectoryPath => _directory;

    /// <summary>The config file the server was started from, for CONFIG REWRITE; null when started from arguments only.</summary>
    public string? ConfigFilePath { get; private set; }

    /// <summary>The server's ACL file (a copy of eng/redis/acl.conf, for ACL LOAD and SAVE); null without one.</summary>
    public string? AclFilePath { get; private set; }

    /// <summary>Starts a plain server; <paramref name="extraArguments"/> are redis-server options such as <c>--maxmemory 10mb</c>.</summary>
    public static Task<RedisServerProcess> StartAsync(params string[] extraArguments) => StartCoreAsync(tls: null, extraArguments);

    /// <summary>Starts a plain server on a given port, for tests that must know the port before the server exists.</summary>
    public static Task<RedisServerProcess> StartOnPortAsync(int port, params string[] extraArguments) => StartCoreAsync(tls: null, extraArguments, port);

    /// <summary>
    /// Starts a server configured with the ACL users of <see cref="AclUsers"/> (from eng/redis/acl.conf),
    /// from a copy in its own directory (<see cref="AclFilePath"/>), so ACL SAVE in a test can never
    /// rewrite the repository's file.
    /// </summary>
    public static Task<RedisServerProcess> StartAclAsync(params string[] extraArguments) =>
        StartCoreAsync(tls: null, extraArguments, files: ServerFiles.AclFile);

    /// <summary>
    /// Starts a plain server from a config file of its own (<see cref="ConfigFilePath"/>, empty but
    /// for a comment), as CONFIG REWRITE needs one; <paramref name="extraArguments"/> apply on top.
    /// </summary>
    public static Task<RedisServerProcess> StartWithConfigFileAsync(params string[] extraArguments) =>
        StartCoreAsync(tls: null, extraArguments, files: ServerFiles.ConfigFile);

    /// <summary>
    /// Starts a TLS-only server with certificates from a fresh test CA. Client certificates are
    /// optional unless <paramref name="requireClientCertificate"/>.
    /// </summary>
    public static async Task<RedisServerProcess> StartTlsAsync(bool requireClientCertificate = false)
    {
        var certificates = TestCertificates.Create();
        string[] tls =
        [
            "--tls-cert-file", certificates.ServerCertificatePath,
            "--tls-key-file", certificates.ServerKeyPath,
            "--tls-ca-cert-file", certificates.CaCertificatePath,
            "--tls-auth-clients", requireClientCertificate ? "yes" : "optional",
        ];
        return await StartCoreAsync(certificates, tls).ConfigureAwait(false);
    }

    [Flags]
    private enum ServerFiles
    {
        None = 0,
        ConfigFile = 1,
        AclFile = 2,
    }

    // A free port found here can be taken by another process before the server binds it: try another.
    private static async Task<RedisServerProcess> StartCoreAsync(TestCertificates? tls, string[] extraArguments, int? fixedPort = null, ServerFiles files = ServerFiles.None)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(tls, extraArguments, fixedPort, files).ConfigureAwait(false);
            }
            catch (InvalidOperationException ex) when (fixedPort is null && attempt < 5 && ex.Message.Contains("Address already in use", StringComparison.Ordinal))
            {
            }
        }
    }

    private static async Task<RedisServerProcess> StartOnceAsync(TestCertificates? tls, string[] extraArguments, int? fixedPort, ServerFiles files)
    {
        var binary = RedisBinary.Locate();
        var directory = Directory.CreateTempSubdirectory("rediskit-").FullName;
        string? configFile = null;
        string? aclFile = null;
        if ((files & ServerFiles.ConfigFile) != 0)
        {
            configFile = Path.Combine(directory, "redis.conf");
            await File.WriteAllTextAsync(configFile, "# Written by RedisKit.TestKit; the server's settings come from its command line.\n").ConfigureAwait(false);
        }

        if ((files & ServerFiles.AclFile) != 0)
        {
            aclFile = Path.Combine(directory, "users.acl");
            File.Copy(Path.Combine(RepositoryPaths.Root, "eng", "redis", "acl.conf"), aclFile);
            extraArguments = ["--aclfile", aclFile, .. extraArguments];
        }

        var port = fixedPort ?? FreePort.Find();
        var portArguments = tls is null
            ? new[] { "--port", port.ToString(CultureInfo.InvariantCulture) }
            : ["--port", "0", "--tls-port", port.ToString(CultureInfo.InvariantCulture)];
        string[] arguments =
        [
            // redis-server reads a config file only as its first argument.
            .. configFile is null ? Array.Empty<string>() : [configFile],
            .. portArguments,
            "--bind", "127.0.0.1",
            "--dir", directory,
            "--save", string.Empty,
            "--appendonly", "no",
            "--unixsocket", Path.Combine(directory, "redis.sock"),
            "--unixsocketperm", "700",
            "--enable-debug-command", "local",
            "--logfile", Path.Combine(directory, "redis.log"),
            .. extraArguments,
        ];
        var server = new RedisServerProcess(directory, port, arguments, tls)
        {
            ConfigFilePath = configFile,
            AclFilePath = aclFile,
        };
        server._binary = binary;
        await server.LaunchAsync().ConfigureAwait(false);
        return server;
    }

    private string _binary = "redis-server";

    private async Task LaunchAsync()
    {
        var start = new ProcessStartInfo(_binary)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in _arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {_binary}.");
        ProcessReaper.Track(_process);
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with code {_process.ExitCode} while starting.\n{LogTail()}");
            }

            if (await RawResp.TryPingAsync(UnixSocketPath).ConfigureAwait(false))
            {
                return;
            }

            await Task.Delay(20).ConfigureAwait(false);
        }

        throw new TimeoutException($"redis-server did not answer PING within {StartTimeout.TotalSeconds} s.\n{LogTail()}");
    }

    /// <summary>Kills the server at once (SIGKILL), as a crash would.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Stops the server with SHUTDOWN NOSAVE, or kills it if it does not go.</summary>
    public async Task StopAsync()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        await RawResp.TrySendAsync(UnixSocketPath, "SHUTDOWN NOSAVE\r\n").ConfigureAwait(false);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await KillAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Starts the server again on the same port with the same settings (and no data).</summary>
    public async Task RestartAsync()
    {
        await KillAsync().ConfigureAwait(false);
        if (File.Exists(UnixSocketPath))
        {
            File.Delete(UnixSocketPath);
        }

        await LaunchAsync().ConfigureAwait(false);
    }

    /// <summary>The last lines of the server's log, for failure messages.</summary>
    public string LogTail()
    {
        var log = Path.Combine(_directory, "redis.log");
        if (!File.Exists(log))
        {
            return "(no log)";
        }

        var lines = File.ReadAllLines(log);
        return string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 20)));
    }

    /// <summary>Stops the server and removes its directory.</summary>
    public async ValueTask DisposeAsync()
    {
        await KillAsync().ConfigureAwait(false);
        _process?.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the temp cleaner.
        }

        Certificates?.Dispose();
    }

    /// <summary>A raw RESP line exchange over the Unix socket, so the kit does not depend on the client under test.</summary>
    private static class RawResp
    {
        public static async Task<bool> TryPingAsync(string socketPath)
        {
            var reply = await TrySendAsync(socketPath, "PING\r\n").ConfigureAwait(false);
            return reply is not null && (reply.StartsWith("+PONG", StringComparison.Ordinal) || reply.StartsWith("-NOAUTH", StringComparison.Ordinal));
        }

        public static async Task<string?> TrySendAsync(string socketPath, string command)
        {
            if (!File.Exists(socketPath))
            {
                return null;
            }

            try
            {
                using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), timeout.Token).ConfigureAwait(false);
                await socket.SendAsync(Encoding.ASCII.GetBytes(command), SocketFlags.None, timeout.Token).ConfigureAwait(false);
                var buffer = new byte[256];
                var read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token).ConfigureAwait(false);
                return Encoding.ASCII.GetString(buffer, 0, read);
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException or IOException)
            {
                return null;
            }
        }
    }
}
