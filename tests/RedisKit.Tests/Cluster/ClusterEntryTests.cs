using RedisKit.Configuration;

namespace RedisKit.Tests.Cluster;

/// <summary>The ways to ask for a cluster client, checked without a server (creating a client does no I/O).</summary>
public sealed class ClusterEntryTests
{
    [Fact]
    public void The_cluster_flag_comes_from_the_url_and_selects_a_cluster_client()
    {
        Assert.True(RedisUrl.Parse("redis://h:7000?cluster=true").Cluster);
        Assert.False(RedisUrl.Parse("redis://h:7000").Cluster);

        using var fromUrl = RedisClient.FromUrl("redis://h:7000?cluster=yes");
        Assert.True(fromUrl.IsCluster);
        Assert.Equal("RedisClient(cluster h:7000)", fromUrl.ToString());
        using var fromOptions = new RedisClient(new RedisOptions { Host = "h", Port = 7001, Cluster = true });
        Assert.True(fromOptions.IsCluster);
        using var standalone = RedisClient.FromUrl("redis://h:7000");
        Assert.False(standalone.IsCluster);
    }

    [Fact]
    public void Startup_nodes_are_host_and_port()
    {
        using var cluster = RedisCluster.Create(["10.0.0.1:7000", "[::1]:7001", "node-3.example:7002"], new RedisOptions { Password = "S3cr3t" });
        Assert.Equal("RedisClient(cluster 10.0.0.1:7000,[::1]:7001,node-3.example:7002)", cluster.ToString());
        Assert.True(RedisCluster.FromUrl("redis://h:7000").IsCluster);

        var bad = Assert.Throws<ArgumentException>(() => RedisCluster.Create(["10.0.0.1"]));
        Assert.Contains("'10.0.0.1' is not host:port", bad.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RedisCluster.Create([]));
    }

    [Fact]
    public void Options_a_cluster_cannot_use_are_refused_naming_them()
    {
        var database = Assert.Throws<ArgumentException>(() => RedisClient.FromUrl("redis://h:7000/2?cluster=true"));
        Assert.Contains("Database", database.Message, StringComparison.Ordinal);
        Assert.Contains("only database 0", database.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RedisCluster.FromUrl("redis://h:7000/1"));
        var socket = Assert.Throws<ArgumentException>(() => new RedisClient(new RedisOptions { UnixSocketPath = "/tmp/r.sock", Cluster = true }));
        Assert.Contains("UnixSocketPath", socket.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Features_not_routed_yet_fail_clearly_before_any_io()
    {
        await using var cluster = RedisCluster.FromUrl("redis://h:7000");
        Assert.Contains("not supported on a cluster client yet", Assert.Throws<RedisException>(() => cluster.PubSub()).Message, StringComparison.Ordinal);
        Assert.Contains("Client()", Assert.Throws<RedisException>(() => cluster.Client()).Message, StringComparison.Ordinal);
        Assert.Contains("MONITOR", Assert.Throws<RedisException>(() => cluster.MonitorAsync()).Message, StringComparison.Ordinal);
        var pipeline = await Assert.ThrowsAsync<RedisException>(async () => await cluster.Pipeline().Set("k", "v").ExecuteAsync());
        Assert.Contains("transaction", pipeline.Message, StringComparison.Ordinal);
        var keys = await Assert.ThrowsAsync<RedisException>(async () => await cluster.KeysAsync("*"));
        Assert.Contains("KEYS", keys.Message, StringComparison.Ordinal);
        var flush = await Assert.ThrowsAsync<RedisException>(async () => await cluster.ExecuteCommandAsync("script", "flush"));
        Assert.Contains("SCRIPT", flush.Message, StringComparison.Ordinal);
        var crossSlot = await Assert.ThrowsAsync<RedisClusterException>(async () => await cluster.MGetAsync("foo", "bar"));
        Assert.Equal("CROSSSLOT", crossSlot.Prefix);
    }
}
