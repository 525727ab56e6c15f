using System.Globalization;
using RedisKit.Cluster;
using RedisKit.TestKit;

namespace RedisKit.IntegrationTests.Cluster;

/// <summary>One six-node cluster (three primaries, three replicas) for the whole cluster collection.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private RedisClusterProcess? _cluster;

    public RedisClusterProcess Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not started.");

    public async Task InitializeAsync() => _cluster = await RedisClusterProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    /// <summary>A cluster client seeded with the first node.</summary>
    public RedisClient CreateClient(int protocol) => RedisCluster.FromUrl($"{Cluster.Url}?protocol={protocol}");

    /// <summary>A standalone client of one node, to look behind the router.</summary>
    internal RedisClient NodeClient(ClusterEndpoint endpoint) => RedisClient.FromUrl($"redis://{endpoint.Host}:{endpoint.Port.ToString(CultureInfo.InvariantCulture)}?protocol=3");

    /// <summary>The node process listening on <paramref name="endpoint"/>.</summary>
    internal RedisServerProcess Node(ClusterEndpoint endpoint) => Cluster.Nodes.Single(node => node.Port == endpoint.Port);
}

[CollectionDefinition(Name)]
public sealed class ClusterTestGroup : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Redis Cluster";
}
