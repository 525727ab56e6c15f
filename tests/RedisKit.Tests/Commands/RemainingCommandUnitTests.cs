using System.Text;
using RedisKit.Commands;
using RedisKit.Commands.Parsers;
using RedisKit.Diagnostics;

using static RedisKit.Tests.Commands.CommandProbe;

namespace RedisKit.Tests.Commands;

public sealed class RemainingCommandUnitTests
{
    private const string Secret = "Hunter2-secret";

    [Fact]
    public void Migrate_passwords_never_reach_query_text_and_keys_are_located()
    {
        var one = ReplicationCommands.Migrate("h", 6380, ["k"], 0, TimeSpan.FromSeconds(1), copy: true, replace: false, null, Secret);
        Assert.Equal("MIGRATE h 6380 k 0 1000 COPY AUTH " + Secret, Words(one));
        Assert.Equal("MIGRATE ? ? k ? ? ? ? ?", QueryText.Sanitize(one, Encoding.UTF8));

        var many = ReplicationCommands.Migrate("h", 6380, ["a", "b"], 2, TimeSpan.FromSeconds(1), copy: true, replace: true, "user", Secret);
        Assert.Equal("MIGRATE h 6380  2 1000 COPY REPLACE AUTH2 user " + Secret + " KEYS a b", Words(many));
        var text = QueryText.Sanitize(many, Encoding.UTF8);
        Assert.Equal("MIGRATE ? ? ? ? ? ? ? ? ? ? ? a b", text);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);

        // MIGRATE's errors never quote the password (the integration test checks a real refusal); it is still Sensitive.
        Assert.NotEqual(CommandFlags.None, Cmd.Migrate.Flags & CommandFlags.Sensitive);
        Assert.All(Cmd.MigrateKeys, info => Assert.NotEqual(CommandFlags.None, info.Flags & CommandFlags.Sensitive));
        Assert.NotEqual(CommandFlags.None, UntypedCommands.Create(["migrate", "h", "1", "k", "0", "1", "AUTH", Secret]).Info.Flags & CommandFlags.Sensitive);
        Assert.Throws<ArgumentException>(() => ReplicationCommands.Migrate("h", 1, [], 0, TimeSpan.Zero, false, false, null, null));
    }

    [Fact]
    public void Help_has_one_definition_per_container_and_refuses_others()
    {
        foreach (var container in new[] { "ACL", "CLIENT", "COMMAND", "CONFIG", "FUNCTION", "LATENCY", "MEMORY", "MODULE", "OBJECT", "PUBSUB", "SCRIPT", "SLOWLOG", "XGROUP", "XINFO", "CLUSTER" })
        {
            Assert.Equal(container + " HELP", Words(IntrospectionCommands.Help(container.ToLowerInvariant())));
        }

        var error = Assert.Throws<ArgumentException>(() => IntrospectionCommands.Help("GET"));
        Assert.Contains("ACL, CLIENT, CLUSTER", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Option_commands_encode_their_tokens()
    {
        Assert.Equal("CLIENT TRACKING ON REDIRECT 7 PREFIX a PREFIX b BCAST NOLOOP",
            Words(ClientControlCommands.ClientTracking(true, 7, ["a", "b"], bcast: true, optIn: false, optOut: false, noLoop: true)));
        Assert.Equal("FAILOVER TO h 6380 FORCE TIMEOUT 1500", Words(ReplicationCommands.Failover("h", 6380, force: true, TimeSpan.FromMilliseconds(1500), abort: false)));
        Assert.Equal("SHUTDOWN NOSAVE NOW FORCE", Words(ServerCommands.Shutdown(false, now: true, force: true, abort: false)));
        Assert.Equal("MODULE LOADEX /m.so CONFIG c 1 ARGS x", Words(ServerCommands.ModuleLoadEx("/m.so", [new("c", "1")], ["x"])));
        Assert.Equal("LCS a b IDX MINMATCHLEN 4 WITHMATCHLEN", Words(StringCommands.LcsIdx("a", "b", 4, true)));
        Assert.Equal("XSETID s 5-0 ENTRIESADDED 3 MAXDELETEDID 4-0", Words(StreamCommands.XSetId("s", "5-0", 3, "4-0")));
        Assert.Throws<ArgumentException>(() => ServerCommands.Shutdown(true, false, false, abort: true));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Lcs_idx_parses_under_both_protocols(int protocol)
    {
        var frame = protocol == 3
            ? "%2\r\n+matches\r\n*1\r\n*3\r\n*2\r\n:4\r\n:7\r\n*2\r\n:5\r\n:8\r\n:4\r\n+len\r\n:6\r\n"
            : "*4\r\n$7\r\nmatches\r\n*1\r\n*3\r\n*2\r\n:4\r\n:7\r\n*2\r\n:5\r\n:8\r\n:4\r\n$3\r\nlen\r\n:6\r\n";
        var result = Parse<LcsResult, LcsIdxParser>(frame, protocol: protocol);
        Assert.Equal(6, result.Length);
        Assert.Equal(new LcsMatch(4, 7, 5, 8, 4), Assert.Single(result.Matches));
    }
}
