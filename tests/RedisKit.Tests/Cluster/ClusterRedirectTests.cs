using RedisKit.Cluster;

namespace RedisKit.Tests.Cluster;

public sealed class ClusterRedirectTests
{
    [Theory]
    [InlineData("MOVED 3999 127.0.0.1:6381", false, 3999, "127.0.0.1", 6381)]
    [InlineData("ASK 3999 127.0.0.1:6381", true, 3999, "127.0.0.1", 6381)]
    [InlineData("MOVED 0 redis-2.example.com:7000", false, 0, "redis-2.example.com", 7000)]
    [InlineData("MOVED 16383 ::1:7001", false, 16383, "::1", 7001)]
    [InlineData("ASK 12 [2001:db8::5]:7002", true, 12, "2001:db8::5", 7002)]
    [InlineData("MOVED 3999 :6381", false, 3999, "answering.host", 6381)]
    [InlineData("MOVED 3999 ?:6381", false, 3999, "answering.host", 6381)]
    public void Redirections_name_the_slot_and_the_node(string message, bool ask, int slot, string host, int port)
    {
        Assert.True(ClusterRedirect.TryParse(message, "answering.host", out var redirect));
        Assert.Equal(new ClusterRedirect(ask, slot, new ClusterEndpoint(host, port)), redirect);
    }

    [Theory]
    [InlineData("CLUSTERDOWN The cluster is down")]
    [InlineData("MOVED")]
    [InlineData("MOVED 3999")]
    [InlineData("MOVED x 127.0.0.1:6381")]
    [InlineData("MOVED 16384 127.0.0.1:6381")]
    [InlineData("MOVED 1 127.0.0.1")]
    [InlineData("MOVED 1 127.0.0.1:0")]
    [InlineData("MOVED 1 127.0.0.1:70000")]
    [InlineData("MOVEDX 1 127.0.0.1:6381")]
    public void Other_errors_and_malformed_redirections_are_not_redirections(string message) =>
        Assert.False(ClusterRedirect.TryParse(message, "h", out _));

    [Fact]
    public void Endpoints_print_ipv6_in_brackets()
    {
        Assert.Equal("[::1]:7000", new ClusterEndpoint("::1", 7000).ToString());
        Assert.Equal("10.0.0.1:7000", new ClusterEndpoint("10.0.0.1", 7000).ToString());
    }
}
