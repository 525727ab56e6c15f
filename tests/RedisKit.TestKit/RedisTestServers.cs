using System.Net.Sockets;
using Testcontainers.Redis;

namespace RedisKit.TestKit;

/// <summary>
/// The server shared by every test of a run that needs no server of its own, chosen as the design
/// says: <c>REDISKIT_TEST_URL</c> if set; else a Testcontainers Redis when a Docker engine answers;
/// else redis-server from PATH on a free loopback port. With none, a clear error says how to get one.
/// </summary>
public static class RedisTestServers
{
    private static readonly Lazy<Task<SharedRedisServer>> Shared = new(StartSharedAsync);

    public static Task<SharedRedisServer> GetSharedAsync() => Shared.Value;

    private static async Task<SharedRedisServer> StartSharedAsync()
    {
        if (Environment.GetEnvironmentVariable("REDISKIT_TEST_URL") is { Length: > 0 } url)
        {
            return new SharedRedisServer(url, "REDISKIT_TEST_URL");
        }

        if (await DockerAnswersAsync().ConfigureAwait(false))
        {
            try
            {
                var container = new RedisBuilder("redis:7.0").Build();
                await container.StartAsync().ConfigureAwait(false);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
                return new SharedRedisServer("redis://" + container.GetConnectionString(), "Testcontainers");
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The engine answered but could not run Redis (no image, no network): use the local binary.
                await Console.Error.WriteLineAsync($"Testcontainers could not start Redis ({ex.Message}); using redis-server from PATH.").ConfigureAwait(false);
            }
        }

        var process = await RedisServerProcess.StartAsync().ConfigureAwait(false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => process.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return new SharedRedisServer(process.Url, "redis-server from PATH");
    }

    /// <summary>True when a Docker engine answers on its socket within a second.</summary>
    private static async Task<bool> DockerAnswersAsync()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        var socketPath = host is { Length: > 0 } && host.StartsWith("unix://", StringComparison.Ordinal) ? host["unix://".Length..] : "/var/run/docker.sock";
        if (host is { Length: > 0 } && !host.StartsWith("unix://", StringComparison.Ordinal))
        {
            return true;
        }

        if (!File.Exists(socketPath))
        {
            return false;
        }

        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), timeout.Token).ConfigureAwait(false);
            await socket.SendAsync("GET /_ping HTTP/1.0\r\n\r\n"u8.ToArray(), SocketFlags.None, timeout.Token).ConfigureAwait(false);
            var buffer = new byte[64];
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token).ConfigureAwait(false);
            return read > 0 && System.Text.Encoding.ASCII.GetString(buffer, 0, read).Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or IOException)
        {
            return false;
        }
    }
}

/// <summary>The shared server: its URL and where it came from.</summary>
public sealed record SharedRedisServer(string Url, string Source);
