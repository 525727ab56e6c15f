using RedisKit.Cluster;
using RedisKit.Commands.Parsers;

using static RedisKit.Tests.Commands.CommandProbe;

namespace RedisKit.Tests.Cluster;

public sealed class SlotMapTests
{
    // Three shards as Redis 7 sends CLUSTER SHARDS under RESP3; the last primary has no known endpoint.
    private static readonly string ShardsResp3 =
        "*3\r\n" +
        "%2\r\n$5\r\nslots\r\n*2\r\n:0\r\n:5460\r\n$5\r\nnodes\r\n*2\r\n" +
        Node3("a1", "127.0.0.1", 7000, "master", "online") + Node3("a2", "127.0.0.1", 7003, "replica", "online") +
        "%2\r\n$5\r\nslots\r\n*4\r\n:5461\r\n:10922\r\n:16000\r\n:16000\r\n$5\r\nnodes\r\n*1\r\n" +
        Node3("b1", "127.0.0.1", 7001, "master", "online") +
        "%2\r\n$5\r\nslots\r\n*4\r\n:10923\r\n:15999\r\n:16001\r\n:16383\r\n$5\r\nnodes\r\n*2\r\n" +
        Node3("c0", "127.0.0.1", 7009, "master", "failed") + Node3("c1", "?", 7002, "master", "online");

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Cluster_shards_give_every_slot_its_primary(int protocol)
    {
        var frame = protocol == 3 ? ShardsResp3 : ShardsResp3.Replace("%2\r\n", "*4\r\n", StringComparison.Ordinal).Replace("%7\r\n", "*14\r\n", StringComparison.Ordinal);
        var shards = Parse<ClusterShard[], ClusterShardsParser>(frame, protocol: protocol);
        var map = SlotMap.FromShards(shards, "seed.host", tls: false);

        Assert.Equal(16384, map.CoveredSlots);
        Assert.Equal(3, map.Shards.Count);
        Assert.Equal(new ClusterEndpoint("127.0.0.1", 7000), map[0]!.Primary);
        Assert.Equal([new ClusterEndpoint("127.0.0.1", 7003)], map[5460]!.Replicas);
        Assert.Equal(new ClusterEndpoint("127.0.0.1", 7001), map[5461]!.Primary);
        Assert.Same(map[5461], map[16000]);
        // The failed former primary is passed over; an unknown endpoint means the host that answered.
        Assert.Equal(new ClusterEndpoint("seed.host", 7002), map[10923]!.Primary);
        Assert.Equal(new ClusterEndpoint("seed.host", 7002), map[16383]!.Primary);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Cluster_slots_read_as_shards_give_the_same_map(int protocol)
    {
        var metadata = protocol == 3 ? "%1\r\n$8\r\nhostname\r\n$6\r\nnode-a\r\n" : "*2\r\n$8\r\nhostname\r\n$6\r\nnode-a\r\n";
        var frame =
            "*3\r\n" +
            "*4\r\n:0\r\n:5460\r\n*4\r\n$9\r\n127.0.0.1\r\n:7000\r\n$2\r\na1\r\n" + metadata + "*3\r\n$9\r\n127.0.0.1\r\n:7003\r\n$2\r\na2\r\n" +
            "*3\r\n:5461\r\n:10922\r\n*2\r\n$9\r\n127.0.0.1\r\n:7001\r\n" +
            "*3\r\n:10923\r\n:16383\r\n*3\r\n$0\r\n\r\n:7002\r\n$2\r\nc1\r\n";
        var shards = Parse<ClusterShard[], ClusterSlotsParser>(frame, protocol: protocol);
        Assert.Equal("node-a", shards[0].Nodes[0].Hostname);

        var map = SlotMap.FromShards(shards, "seed.host", tls: false);
        Assert.Equal(16384, map.CoveredSlots);
        Assert.Equal(new ClusterEndpoint("127.0.0.1", 7000), map[100]!.Primary);
        Assert.Equal([new ClusterEndpoint("127.0.0.1", 7003)], map[100]!.Replicas);
        Assert.Equal(new ClusterEndpoint("127.0.0.1", 7001), map[10922]!.Primary);
        Assert.Equal(new ClusterEndpoint("seed.host", 7002), map[10923]!.Primary);
    }

    [Fact]
    public void A_moved_slot_joins_the_shard_of_its_new_primary()
    {
        var map = SlotMap.FromShards(Parse<ClusterShard[], ClusterShardsParser>(ShardsResp3), "seed.host", tls: false);
        map.Move(12, new ClusterEndpoint("127.0.0.1", 7001));
        Assert.Same(map[5461], map[12]);
        Assert.Equal(new ClusterEndpoint("127.0.0.1", 7000), map[13]!.Primary);

        map.Move(13, new ClusterEndpoint("10.0.0.9", 7100));
        Assert.Equal(new ClusterEndpoint("10.0.0.9", 7100), map[13]!.Primary);
        Assert.Empty(map[13]!.Replicas);
    }

    [Fact]
    public void Uncovered_slots_have_no_owner_and_tls_ports_win_on_tls()
    {
        var shard = new ClusterShard(
            [new ClusterSlotRange(100, 200)],
            [new ClusterShardNode("x", 7000, 8000, "10.0.0.1", "10.0.0.1", null, "master", 0, "online")]);
        var map = SlotMap.FromShards([shard], "seed", tls: true);
        Assert.Equal(101, map.CoveredSlots);
        Assert.Null(map[99]);
        Assert.Equal(new ClusterEndpoint("10.0.0.1", 8000), map[150]!.Primary);
        Assert.Equal(7000, SlotMap.FromShards([shard], "seed", tls: false)[150]!.Primary.Port);
    }

    [Fact]
    public void Impossible_maps_are_protocol_errors()
    {
        var noPrimary = new ClusterShard([new ClusterSlotRange(0, 1)], [new ClusterShardNode("r", 7000, null, "h", "h", null, "replica", 0, "online")]);
        Assert.Throws<RedisProtocolException>(() => SlotMap.FromShards([noPrimary], "seed", tls: false));
        var outOfRange = new ClusterShard([new ClusterSlotRange(0, 16384)], [new ClusterShardNode("p", 7000, null, "h", "h", null, "master", 0, "online")]);
        Assert.Throws<RedisProtocolException>(() => SlotMap.FromShards([outOfRange], "seed", tls: false));
    }

    private static string Node3(string id, string endpoint, int port, string role, string health) =>
        "%7\r\n" +
        Bulk("id") + Bulk(id) +
        Bulk("port") + ":" + port + "\r\n" +
        Bulk("ip") + Bulk(endpoint == "?" ? string.Empty : endpoint) +
        Bulk("endpoint") + Bulk(endpoint) +
        Bulk("role") + Bulk(role) +
        Bulk("replication-offset") + ":0\r\n" +
        Bulk("health") + Bulk(health);

    private static string Bulk(string text) => $"${text.Length}\r\n{text}\r\n";
}
