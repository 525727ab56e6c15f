using RedisKit.Commands;
using RedisKit.Commands.Parsers;
using RedisKit.Protocol;

using static RedisKit.Tests.Commands.CommandProbe;

namespace RedisKit.Tests.Commands;

public sealed class ClusterCommandTests
{
    private const string PrimaryId = "07c37dfeb235213a872192d90877d0cd55635b91";
    private const string ReplicaId = "e7d1eecce10fd6bb5eb35b9f99a514335d9ba9ca";

    [Fact]
    public void A_primary_line_gives_every_field()
    {
        var node = ClusterText.ParseNode($"{PrimaryId} 127.0.0.1:30004@31004,host.example myself,master - 0 1426238317239 4 connected 0-5460 7000 [5461->-{ReplicaId}] [5462-<-{ReplicaId}]");
        Assert.Equal(PrimaryId, node.Id);
        Assert.Equal("127.0.0.1:30004@31004,host.example", node.Address);
        Assert.Equal("127.0.0.1", node.Host);
        Assert.Equal(30004, node.Port);
        Assert.Equal(31004, node.BusPort);
        Assert.Equal("host.example", node.Hostname);
        Assert.Equal(["myself", "master"], node.Flags);
        Assert.True(node.IsMyself && node.IsMaster && !node.IsReplica);
        Assert.Null(node.MasterId);
        Assert.Null(node.PingSent);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1426238317239), node.PongReceived);
        Assert.Equal(4, node.ConfigEpoch);
        Assert.Equal("connected", node.LinkState);
        Assert.Equal([new(0, 5460), new(7000, 7000)], node.Slots);
        Assert.Equal(5461, node.Slots[0].Count);
        Assert.Equal([$"[5461->-{ReplicaId}]", $"[5462-<-{ReplicaId}]"], node.OpenSlots);
    }

    [Fact]
    public void A_replica_an_unknown_address_and_ipv6_parse()
    {
        var replica = ClusterText.ParseNode($"{ReplicaId} 127.0.0.1:30005@31005 slave {PrimaryId} 1426238316232 1426238318243 4 disconnected");
        Assert.True(replica.IsReplica);
        Assert.Equal(PrimaryId, replica.MasterId);
        Assert.NotNull(replica.PingSent);
        Assert.Equal("disconnected", replica.LinkState);
        Assert.Empty(replica.Slots);
        Assert.Null(replica.Hostname);

        var fresh = ClusterText.ParseNode($"{PrimaryId} :7000@17000 myself,master - 0 0 0 connected");
        Assert.Equal(string.Empty, fresh.Host);
        Assert.Equal(7000, fresh.Port);
        Assert.Equal(17000, fresh.BusPort);

        var v6 = ClusterText.ParseNode($"{PrimaryId} ::1:7000@17000 master,fail? - 0 0 1 connected 42");
        Assert.Equal("::1", v6.Host);
        Assert.Equal(["master", "fail?"], v6.Flags);
        Assert.Equal([new ClusterSlotRange(42, 42)], v6.Slots);
    }

    [Fact]
    public void Malformed_lines_are_protocol_errors()
    {
        Assert.Throws<RedisProtocolException>(() => ClusterText.ParseNode($"{PrimaryId} 127.0.0.1:7000@17000 master -"));
        Assert.Throws<RedisProtocolException>(() => ClusterText.ParseNode($"{PrimaryId} 127.0.0.1@17000 master - 0 0 0 connected"));
        Assert.Throws<RedisProtocolException>(() => ClusterText.ParseNode($"{PrimaryId} 127.0.0.1:7000@17000 master - x 0 0 connected"));
        Assert.Throws<RedisProtocolException>(() => ClusterText.ParseNode($"{PrimaryId} 127.0.0.1:7000@17000 master - 0 0 0 connected 16384"));
    }

    [Fact]
    public void Nodes_and_info_text_parse_line_by_line_under_both_protocols()
    {
        var text = $"{PrimaryId} 127.0.0.1:30004@31004 myself,master - 0 0 4 connected 0-16383\n{ReplicaId} 127.0.0.1:30005@31005 slave {PrimaryId} 0 0 4 connected\n";
        var two = Parse<ClusterNode[], ClusterNodesParser>($"${text.Length}\r\n{text}\r\n", protocol: 2);
        var three = Parse<ClusterNode[], ClusterNodesParser>($"={text.Length + 4}\r\ntxt:{text}\r\n");
        Assert.Equal(2, two.Length);
        Assert.Equal(two.Select(n => n.Id), three.Select(n => n.Id));
        Assert.Empty(Parse<ClusterNode[], ClusterNodesParser>("$0\r\n\r\n", protocol: 2));

        var info = ClusterText.ParseInfo("cluster_state:ok\r\ncluster_known_nodes:2\r\n\r\n");
        Assert.Equal("ok", info["cluster_state"]);
        Assert.Equal("2", info["cluster_known_nodes"]);
        Assert.Equal(2, info.Count);
    }

    [Fact]
    public void Shards_and_links_read_maps_and_flat_arrays()
    {
        const string Node3 = "%9\r\n$2\r\nid\r\n$3\r\nabc\r\n$4\r\nport\r\n:7000\r\n$2\r\nip\r\n$9\r\n127.0.0.1\r\n$8\r\nendpoint\r\n$9\r\n127.0.0.1\r\n$8\r\nhostname\r\n$1\r\nh\r\n$4\r\nrole\r\n$6\r\nmaster\r\n$18\r\nreplication-offset\r\n:12\r\n$6\r\nhealth\r\n$6\r\nonline\r\n$8\r\ntls-port\r\n:7443\r\n";
        var shards = Parse<ClusterShard[], ClusterShardsParser>($"*1\r\n%2\r\n$5\r\nslots\r\n*4\r\n:0\r\n:10\r\n:20\r\n:30\r\n$5\r\nnodes\r\n*1\r\n{Node3}");
        var shard = Assert.Single(shards);
        Assert.Equal([new(0, 10), new(20, 30)], shard.Slots);
        var node = Assert.Single(shard.Nodes);
        Assert.Equal(new ClusterShardNode("abc", 7000, 7443, "127.0.0.1", "127.0.0.1", "h", "master", 12, "online"), node);

        var link = "*12\r\n$9\r\ndirection\r\n$2\r\nto\r\n$4\r\nnode\r\n$3\r\nabc\r\n$11\r\ncreate-time\r\n:1000\r\n$6\r\nevents\r\n$2\r\nrw\r\n$21\r\nsend-buffer-allocated\r\n:4096\r\n$16\r\nsend-buffer-used\r\n:0\r\n";
        var links = Parse<ClusterLink[], ClusterLinksParser>($"*1\r\n{link}", protocol: 2);
        Assert.Equal(new ClusterLink("to", "abc", DateTimeOffset.FromUnixTimeMilliseconds(1000), "rw", 4096, 0), Assert.Single(links));
    }

    [Fact]
    public void Commands_encode_their_words_and_check_arguments()
    {
        Assert.Equal("CLUSTER ADDSLOTSRANGE 0 10 20 30", Words(ClusterCommands.AddSlotsRange([new(0, 10), new(20, 30)])));
        Assert.Equal("CLUSTER DELSLOTS 1 2", Words(ClusterCommands.DelSlots([1, 2])));
        Assert.Equal("CLUSTER FAILOVER", Words(ClusterCommands.Failover(null)));
        Assert.Equal("CLUSTER FAILOVER TAKEOVER", Words(ClusterCommands.Failover(ClusterFailoverOption.Takeover)));
        Assert.Equal("CLUSTER FAILOVER FORCE", Words(ClusterCommands.Failover(ClusterFailoverOption.Force)));
        Assert.Equal("CLUSTER RESET HARD", Words(ClusterCommands.Reset(soft: false)));
        Assert.Equal("CLUSTER SETSLOT 5 IMPORTING abc", Words(ClusterCommands.SetSlot(5, ClusterSlotState.Importing, "abc")));
        Assert.Equal("CLUSTER SETSLOT 5 STABLE", Words(ClusterCommands.SetSlotStable(5)));
        Assert.Equal("CLUSTER MEET 10.0.0.1 7000 17001", Words(ClusterCommands.Meet("10.0.0.1", 7000, 17001)));
        Assert.Equal("CLUSTER COUNT-FAILURE-REPORTS abc", Words(ClusterCommands.CountFailureReports("abc")));
        Assert.Throws<ArgumentException>(() => ClusterCommands.AddSlotsRange([new(10, 5)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClusterCommands.CountKeysInSlot(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClusterCommands.Meet("h", 70000, null));
        Assert.Equal(CommandFlags.ConnectionState, Cmd.ReadOnly.Flags);
        Assert.Equal(CommandFlags.ConnectionState, Cmd.Asking.Flags);
        Assert.Equal(CommandFlags.ConnectionState, UntypedCommands.Create(["asking"]).Info.Flags);
    }
}
