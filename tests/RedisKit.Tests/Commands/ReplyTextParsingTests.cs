namespace RedisKit.Tests.Commands;

public sealed class ReplyTextParsingTests
{
    [Fact]
    public void Client_info_lines_are_parsed_into_typed_fields()
    {
        var info = ClientInfo.Parse("id=7 addr=127.0.0.1:5000 laddr=127.0.0.1:6379 fd=8 name=worker age=12 idle=3 flags=N db=2 sub=0 cmd=client|info user=default resp=3 lib-name=RedisKit lib-ver=0.1.0");
        Assert.Equal(7, info.Id);
        Assert.Equal("127.0.0.1:5000", info.Address);
        Assert.Equal("127.0.0.1:6379", info.LocalAddress);
        Assert.Equal("worker", info.Name);
        Assert.Equal(TimeSpan.FromSeconds(12), info.Age);
        Assert.Equal(TimeSpan.FromSeconds(3), info.Idle);
        Assert.Equal("N", info.Flags);
        Assert.Equal(2, info.Database);
        Assert.Equal("client|info", info.LastCommand);
        Assert.Equal("default", info.User);
        Assert.Equal(3, info.Protocol);
        Assert.Equal("RedisKit", info.LibraryName);
        Assert.Equal("0", info.Fields["sub"]);

        var empty = ClientInfo.Parse("id=1 name= lib-name=");
        Assert.Equal(string.Empty, empty.Name);
        Assert.Equal(0, empty.Database);
    }

    [Fact]
    public void Info_text_is_split_into_sections()
    {
        var info = RedisServerInfo.Parse("# Server\r\nredis_version:7.0.15\r\nos:Linux x86_64\r\n\r\n# Keyspace\r\ndb0:keys=3,expires=0,avg_ttl=0\r\n");
        Assert.Equal("7.0.15", info["redis_version"]);
        Assert.Equal("Linux x86_64", info.Sections["server"]["os"]);
        Assert.Equal("keys=3,expires=0,avg_ttl=0", info.Sections["Keyspace"]["db0"]);
        Assert.False(info.TryGetValue("missing", out _));
        Assert.Throws<KeyNotFoundException>(() => info["missing"]);
    }
}
