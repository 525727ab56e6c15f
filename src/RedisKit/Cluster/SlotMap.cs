namespace RedisKit.Cluster;

/// <summary>One shard as the router sees it: the primary that takes its slots' commands and its replicas.</summary>
internal sealed record ClusterShardRoute(ClusterEndpoint Primary, IReadOnlyList<ClusterEndpoint> Replicas);

/// <summary>
/// Which shard serves each of the 16,384 slots, built from CLUSTER SHARDS (or CLUSTER SLOTS read
/// as shards). A MOVED reply updates one slot in place (a reference write, safe for concurrent
/// readers) until the next full refresh replaces the whole map.
/// </summary>
internal sealed class SlotMap
{
    private readonly ClusterShardRoute?[] _slots;

    private SlotMap(ClusterShardRoute?[] slots, IReadOnlyList<ClusterShardRoute> shards)
    {
        _slots = slots;
        Shards = shards;
    }

    /// <summary>The shards that serve at least one slot.</summary>
    public IReadOnlyList<ClusterShardRoute> Shards { get; }

    /// <summary>How many slots have an owner (16,384 in a healthy cluster).</summary>
    public int CoveredSlots
    {
        get
        {
            var covered = 0;
            foreach (var route in _slots)
            {
                covered += route is null ? 0 : 1;
            }

            return covered;
        }
    }

    /// <summary>The shard serving <paramref name="slot"/>, or null when no node does.</summary>
    public ClusterShardRoute? this[int slot] => Volatile.Read(ref _slots[slot]);

    /// <summary>
    /// Builds the map from shards. A node's host is its preferred endpoint, else its IP, else (the
    /// cluster does not know it: <c>?</c> or empty) <paramref name="answeringHost"/>, the host of
    /// the node that answered. On a TLS cluster the TLS port is used where the node has one.
    /// </summary>
    /// <exception cref="RedisProtocolException">A slot range is outside 0..16383 or a shard serving slots has no primary.</exception>
    public static SlotMap FromShards(IReadOnlyList<ClusterShard> shards, string answeringHost, bool tls)
    {
        var slots = new ClusterShardRoute?[HashSlot.Count];
        var routes = new List<ClusterShardRoute>();
        var byPrimary = new Dictionary<ClusterEndpoint, ClusterShardRoute>();
        foreach (var shard in shards)
        {
            if (shard.Slots.Count == 0)
            {
                continue;
            }

            ClusterShardNode? primary = null;
            var replicas = new List<ClusterEndpoint>();
            foreach (var node in shard.Nodes)
            {
                if (node.Role == "master")
                {
                    // A failed former primary may still be listed next to the promoted one.
                    if (primary is null || (primary.Health != "online" && node.Health == "online"))
                    {
                        primary = node;
                    }
                }
                else if (node.Health != "failed" && EndpointOf(node, answeringHost, tls) is { } replica)
                {
                    replicas.Add(replica);
                }
            }

            var primaryEndpoint = primary is null ? null : EndpointOf(primary, answeringHost, tls);
            if (primaryEndpoint is null)
            {
                throw new RedisProtocolException($"The cluster described a shard serving slots {shard.Slots[0].Start}-{shard.Slots[0].End} without a primary that has an address.");
            }

            // CLUSTER SLOTS lists a primary once per range: one route per primary.
            if (!byPrimary.TryGetValue(primaryEndpoint, out var route))
            {
                route = new ClusterShardRoute(primaryEndpoint, replicas);
                byPrimary.Add(primaryEndpoint, route);
                routes.Add(route);
            }

            foreach (var range in shard.Slots)
            {
                if (range.Start < 0 || range.End >= HashSlot.Count || range.Start > range.End)
                {
                    throw new RedisProtocolException($"The cluster described slot range {range.Start}-{range.End}, outside 0-{HashSlot.Count - 1}.");
                }

                for (var slot = range.Start; slot <= range.End; slot++)
                {
                    slots[slot] = route;
                }
            }
        }

        return new SlotMap(slots, routes);
    }

    /// <summary>
    /// Records that <paramref name="slot"/> now belongs to <paramref name="primary"/> (a MOVED
    /// reply), reusing the shard the map already knows for that primary.
    /// </summary>
    public void Move(int slot, ClusterEndpoint primary)
    {
        ClusterShardRoute? route = null;
        foreach (var shard in Shards)
        {
            if (shard.Primary == primary)
            {
                route = shard;
                break;
            }
        }

        Volatile.Write(ref _slots[slot], route ?? new ClusterShardRoute(primary, []));
    }

    private static ClusterEndpoint? EndpointOf(ClusterShardNode node, string answeringHost, bool tls)
    {
        var port = tls ? node.TlsPort ?? node.Port : node.Port ?? node.TlsPort;
        if (port is not > 0)
        {
            return null;
        }

        var host = Known(node.Endpoint) ?? Known(node.Ip) ?? answeringHost;
        return new ClusterEndpoint(host, port.Value);
    }

    private static string? Known(string? host) => string.IsNullOrEmpty(host) || host == "?" ? null : host;
}
