using System.Diagnostics;
using System.Globalization;

namespace RedisKit.TestKit;

/// <summary>
/// A Redis Cluster of a test collection's own: six <see cref="RedisServerProcess"/> nodes started
/// with <c>--cluster-enabled yes</c> on free loopback ports (each in its own directory, so its own
/// nodes.conf, with an explicit bus port), joined by <c>redis-cli --cluster create ...
/// --cluster-replicas 1</c> into three primaries with one replica each. Ready once every node says
/// <c>cluster_state:ok</c> and all agree on the slot map; disposal kills the nodes and deletes their directories.
/// </summary>
public sealed class RedisClusterProcess : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    private RedisClusterProcess(IReadOnlyList<RedisServerProcess> nodes) => Nodes = nodes;

    /// <summary>Every node, in start order (redis-cli makes the first three the primaries).</summary>
    public IReadOnlyList<RedisServerProcess> Nodes { get; }

    /// <summary>A seed URL: the first node's.</summary>
    public string Url => Nodes[0].Url;

    /// <summary>Every node as <c>127.0.0.1:port</c>.</summary>
    public IReadOnlyList<string> Endpoints => [.. Nodes.Select(node => $"{node.Host}:{node.Port.ToString(CultureInfo.InvariantCulture)}")];

    /// <summary>Starts and joins a cluster of <paramref name="primaries"/> primaries with one replica each.</summary>
    public static async Task<RedisClusterProcess> StartAsync(int primaries = 3)
    {
        var started = await Task.WhenAll(Enumerable.Range(0, primaries * 2).Select(_ => StartNodeAsync())).ConfigureAwait(false);
        var cluster = new RedisClusterProcess(started);
        try
        {
            await RunCliAsync(["--cluster", "create", .. cluster.Endpoints, "--cluster-replicas", "1", "--cluster-yes"]).ConfigureAwait(false);
            await cluster.WaitUntilSettledAsync().ConfigureAwait(false);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Waits until every node reports <c>cluster_state:ok</c> and every node's CLUSTER NODES gives
    /// the same primaries, replicas and slots (gossip spreads changes node by node).
    /// </summary>
    /// <exception cref="TimeoutException">The nodes did not settle within <paramref name="patience"/> (15 s by default).</exception>
    public async Task WaitUntilSettledAsync(TimeSpan? patience = null)
    {
        await Polling.EventuallyAsync(
            async () =>
            {
                var views = new List<string>();
                foreach (var node in Nodes)
                {
                    var info = await RunCliAsync(["-p", node.Port.ToString(CultureInfo.InvariantCulture), "CLUSTER", "INFO"]).ConfigureAwait(false);
                    if (!info.Contains("cluster_state:ok", StringComparison.Ordinal))
                    {
                        return $"node {node.Port} not ok";
                    }

                    views.Add(Topology(await RunCliAsync(["-p", node.Port.ToString(CultureInfo.InvariantCulture), "CLUSTER", "NODES"]).ConfigureAwait(false)));
                }

                return views.Distinct(StringComparer.Ordinal).Count() == 1 ? "settled" : "nodes disagree: " + string.Join(" | ", views.Distinct(StringComparer.Ordinal));
            },
            state => state == "settled",
            patience ?? TimeSpan.FromSeconds(15)).ConfigureAwait(false);
    }

    /// <summary>Runs redis-cli against one node (<c>-p port</c> is added) and returns its output.</summary>
    public static Task<string> CliAsync(RedisServerProcess node, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(node);
        return RunCliAsync(["-p", node.Port.ToString(CultureInfo.InvariantCulture), .. arguments]);
    }

    /// <summary>Kills every node and deletes their directories.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            await node.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task<RedisServerProcess> StartNodeAsync()
    {
        // The cluster bus listens on its own port: an explicit free one, since port + 10000 may not exist.
        var busPort = FreePort.Find();
        return await RedisServerProcess.StartAsync(
            "--cluster-enabled", "yes",
            "--cluster-config-file", "nodes.conf",
            "--cluster-port", busPort.ToString(CultureInfo.InvariantCulture),
            "--cluster-node-timeout", "3000").ConfigureAwait(false);
    }

    /// <summary>
    /// A node's view of the cluster reduced to what all nodes must agree on: each node's port,
    /// role, primary (by port) and slots, sorted; flags such as <c>myself</c> and timings left out.
    /// </summary>
    private static string Topology(string clusterNodes)
    {
        var lines = clusterNodes.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var portById = new Dictionary<string, string>(StringComparer.Ordinal);
        var parsed = new List<string[]>();
        foreach (var line in lines)
        {
            var fields = line.Split(' ');
            if (fields.Length < 8)
            {
                continue;
            }

            portById[fields[0]] = fields[1].Split('@')[0];
            parsed.Add(fields);
        }

        var described = parsed.Select(fields =>
        {
            var role = fields[2].Contains("master", StringComparison.Ordinal) ? "master" : "replica";
            var primary = fields[3] == "-" ? "-" : portById.GetValueOrDefault(fields[3], "?");
            return $"{portById[fields[0]]} {role} {primary} {string.Join(',', fields.Skip(8))}";
        });
        return string.Join("; ", described.Order(StringComparer.Ordinal));
    }

    private static async Task<string> RunCliAsync(string[] arguments)
    {
        var binary = Path.Combine(Path.GetDirectoryName(RedisBinary.Locate())!, "redis-cli");
        var start = new ProcessStartInfo(binary)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {binary}.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"redis-cli {string.Join(' ', arguments)} did not finish within {CommandTimeout.TotalSeconds} s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"redis-cli {string.Join(' ', arguments)} exited with code {process.ExitCode}:\n{await output.ConfigureAwait(false)}\n{await error.ConfigureAwait(false)}");
        }

        return await output.ConfigureAwait(false);
    }
}
