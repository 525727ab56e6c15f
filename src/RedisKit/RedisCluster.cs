using RedisKit.Cluster;
using RedisKit.Configuration;

namespace RedisKit;

/// <summary>
/// Entry points for Redis Cluster in the shape of redis-py's <c>RedisCluster</c>. They return an
/// ordinary <see cref="RedisClient"/>: the same typed methods, routed to the node that serves each
/// command's keys (CRC16 hash slots, <c>{hash tags}</c>), following MOVED and ASK redirections and
/// re-reading the slot map as the cluster changes. Creating one does no I/O: the first command
/// reads the slot map from the startup nodes.
/// </summary>
/// <remarks>
/// Not yet on a cluster client (each fails with a <see cref="RedisException"/> saying so): pipelines
/// and transactions, pub/sub, <see cref="RedisClient.Client"/>, MONITOR, and keyless commands whose
/// answer spans every primary (KEYS, SCAN, DBSIZE, FLUSHALL, SCRIPT LOAD...). Commands whose keys
/// are in different slots fail before sending, naming the slots.
/// </remarks>
public static class RedisCluster
{
    /// <summary>
    /// A cluster client from the URL of one startup node, such as <c>redis://user:password@host:7000</c>
    /// or <c>rediss://host:7000</c>; what it says wins over <paramref name="options"/>. Other nodes are
    /// found from the cluster's own slot map. <see cref="RedisClient.FromUrl"/> with <c>?cluster=true</c>
    /// (or <see cref="RedisOptions.Cluster"/> set) builds the same client.
    /// </summary>
    /// <exception cref="ArgumentException">The URL is invalid, names a database other than 0 or a Unix socket.</exception>
    public static RedisClient FromUrl(string url, RedisOptions? options = null)
    {
        var parsed = RedisUrl.Parse(url, options);
        parsed.Cluster = true;
        RedisOptionsValidator.Validate(parsed);
        return Create(parsed, [new ClusterEndpoint(parsed.Host, parsed.Port)]);
    }

    /// <summary>
    /// A cluster client from startup nodes given as <c>host:port</c> (<c>[ipv6]:port</c> for IPv6);
    /// any one that answers gives the slot map. Credentials, TLS and timeouts come from <paramref name="options"/>.
    /// </summary>
    /// <exception cref="ArgumentException">No startup node, one that is not <c>host:port</c>, or options a cluster cannot use (a database other than 0, a Unix socket).</exception>
    public static RedisClient Create(IEnumerable<string> startupNodes, RedisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(startupNodes);
        var seeds = new List<ClusterEndpoint>();
        foreach (var node in startupNodes)
        {
            if (node is null || !ClusterEndpoint.TryParse(node.AsSpan().Trim(), string.Empty, out var endpoint) || endpoint!.Host.Length == 0)
            {
                throw new ArgumentException($"Startup node '{node}' is not host:port (e.g. 10.0.0.1:7000 or [::1]:7000).", nameof(startupNodes));
            }

            seeds.Add(endpoint);
        }

        var settings = options?.Clone() ?? new RedisOptions();
        settings.Cluster = true;
        RedisOptionsValidator.Validate(settings);
        return Create(settings, [.. seeds]);
    }

    private static RedisClient Create(RedisOptions options, ClusterEndpoint[] seeds)
    {
        if (seeds.Length == 0)
        {
            throw new ArgumentException("A cluster client needs at least one startup node.", nameof(seeds));
        }

        return new RedisClient(new ClusterRouter(options, seeds));
    }
}
