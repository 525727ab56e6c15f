using System.Buffers;
using System.Text;
using RedisKit.Commands;
using RedisKit.Commands.Parsers;
using RedisKit.Diagnostics;
using RedisKit.Protocol;

using static RedisKit.Tests.Commands.CommandProbe;

namespace RedisKit.Tests.Commands;

public sealed class AdminAndAclCommandTests
{
    private const string Secret = "Hunter2-secret";

    [Fact]
    public void Acl_setuser_passwords_never_reach_query_text_or_rule_text()
    {
        var rules = new AclRules().Reset().On().AddPassword(Secret).RemovePassword(Secret + "-old")
            .AddPasswordHash(new string('A', 64)).AllowKeys("app:*").Raw(">" + Secret + "-raw").AllowCommands("get");
        var command = AclCommands.SetUser("bob", rules);
        var text = QueryText.Sanitize(command, Encoding.UTF8);
        Assert.Equal("ACL SETUSER ? ? ? ? ? ? ? ? ?", text);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);

        var shown = rules.ToString();
        Assert.Equal("reset on >(redacted) <(redacted) #(redacted) ~app:* >(redacted) +get", shown);
        Assert.DoesNotContain(Secret, shown, StringComparison.Ordinal);
        Assert.Equal(8, rules.Count);

        // What is sent is the real thing, the hash in the lower case Redis requires.
        Assert.Contains(">" + Secret, EncodeText(command), StringComparison.Ordinal);
        Assert.Contains("#" + new string('a', 64), EncodeText(command), StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_of_sensitive_commands_are_redacted_where_they_quote_a_password()
    {
        var quoted = $"ERR Error in ACL SETUSER modifier '<{Secret}': The password you are trying to remove from the user does not exist";
        var error = ErrorPrefix.ToException(quoted, Cmd.AclSetUser);
        Assert.Equal("ERR Error in ACL SETUSER modifier '(redacted)': The password you are trying to remove from the user does not exist", error.Message);
        Assert.Equal("ERR", error.Prefix);

        // A password holding quotes is covered too: everything between the first and the last quote goes.
        var tricky = ErrorPrefix.ToException($"ERR Error in ACL SETUSER modifier '>{Secret}'x': Syntax error", Cmd.AclSetUser);
        Assert.DoesNotContain(Secret, tricky.Message, StringComparison.Ordinal);
        Assert.EndsWith("': Syntax error", tricky.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("abc", ErrorPrefix.ToException("ERR Error in ACL SETUSER modifier '#abc': bad hash", Cmd.AclSetUser).Message, StringComparison.Ordinal);

        // Other rules, other commands and unquoted errors keep the server's words.
        const string Plain = "ERR Error in ACL SETUSER modifier 'bogus': Syntax error";
        Assert.Equal(Plain, ErrorPrefix.ToException(Plain, Cmd.AclSetUser).Message);
        Assert.Equal(quoted, ErrorPrefix.ToException(quoted, Cmd.Get).Message);
        Assert.Equal("ERR no quotes <here>", ErrorPrefix.ToException("ERR no quotes <here>", Cmd.AclSetUser).Message);

        var untyped = UntypedCommands.Create(["acl", "SetUser", "bob", ">" + Secret]);
        Assert.NotEqual(CommandFlags.None, untyped.Info.Flags & CommandFlags.Sensitive);
        Assert.Equal(CommandFlags.None, UntypedCommands.Create(["ACL", "GETUSER", "bob"]).Info.Flags & CommandFlags.Sensitive);
        Assert.Equal("ACL ? ? ?", QueryText.Sanitize(untyped, Encoding.UTF8));
    }

    [Fact]
    public void Acl_rules_check_their_arguments_and_name_them()
    {
        var rules = new AclRules();
        Assert.Equal("sha256Hex", Assert.Throws<ArgumentException>(() => rules.AddPasswordHash("abc")).ParamName);
        var notHex = Assert.Throws<ArgumentException>(() => rules.AddPasswordHash(new string('g', 64)));
        Assert.DoesNotContain("gggg", notHex.Message, StringComparison.Ordinal);
        Assert.Equal("password", Assert.Throws<ArgumentNullException>(() => rules.AddPassword(null!)).ParamName);
        Assert.Equal("patterns", Assert.Throws<ArgumentException>(() => rules.AllowKeys("a b")).ParamName);
        Assert.Equal("patterns", Assert.Throws<ArgumentException>(() => rules.AllowChannels()).ParamName);
        Assert.Equal("patterns", Assert.Throws<ArgumentException>(() => rules.AllowReadKeys("")).ParamName);
        Assert.Equal("commands", Assert.Throws<ArgumentException>(() => rules.AllowCommands("@read")).ParamName);
        Assert.Equal("commands", Assert.Throws<ArgumentException>(() => rules.DenyCommands("-get")).ParamName);
        Assert.Equal("categories", Assert.Throws<ArgumentException>(() => rules.AllowCategories("@")).ParamName);
        Assert.Equal("selector", Assert.Throws<ArgumentException>(() => rules.Selector(new AclRules())).ParamName);
        var withPassword = Assert.Throws<ArgumentException>(() => rules.Selector(new AclRules().AddPassword(Secret)));
        Assert.DoesNotContain(Secret, withPassword.Message, StringComparison.Ordinal);
        Assert.Equal("rule", Assert.Throws<ArgumentException>(() => rules.Raw("")).ParamName);
        Assert.Equal(0, rules.Count);

        rules.AllowCategories("@read", "write").DenyCategories("dangerous").AllowWriteKeys("w:*").Selector(new AclRules().AllowKeys("s").AllowCommands("get"))
            .AllKeys().ResetKeys().AllChannels().ResetChannels().AllCommands().NoCommands().NoPass().ResetPasswords().Off().ClearSelectors()
            .RemovePasswordHash(new string('0', 64));
        Assert.Equal("+@read +@write -@dangerous %W~w:* (~s +get) allkeys resetkeys allchannels resetchannels allcommands nocommands nopass resetpass off clearselectors !(redacted)",
            rules.ToString());

        Assert.Equal("username", Assert.Throws<ArgumentException>(() => AclCommands.SetUser("a b", null)).ParamName);
        Assert.Equal("username", Assert.Throws<ArgumentException>(() => AclCommands.GetUser("")).ParamName);
        Assert.Equal("usernames", Assert.Throws<ArgumentException>(() => AclCommands.DelUser([])).ParamName);
        Assert.Equal("bits", Assert.Throws<ArgumentOutOfRangeException>(() => AclCommands.GenPass(0)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => AclCommands.Log(-1)).ParamName);
    }

    [Fact]
    public void Admin_commands_encode_their_options()
    {
        Assert.Equal("CLIENT PAUSE 1500 WRITE", Words(ClientControlCommands.ClientPause(TimeSpan.FromMilliseconds(1500), all: false)));
        Assert.Equal("CLIENT PAUSE 1 ALL", Words(ClientControlCommands.ClientPause(TimeSpan.FromTicks(1), all: true)));
        Assert.Equal("CLIENT NO-EVICT ON", Words(ClientControlCommands.ClientNoEvict(true)));
        Assert.Equal("CLIENT NO-TOUCH OFF", Words(ClientControlCommands.ClientNoTouch(false)));
        Assert.Equal("SLOWLOG GET -1", Words(IntrospectionCommands.SlowLogGet(-1)));
        Assert.Equal("SLOWLOG GET", Words(IntrospectionCommands.SlowLogGet(null)));
        Assert.Equal("MEMORY USAGE k SAMPLES 0", Words(IntrospectionCommands.MemoryUsage("k", 0)));
        Assert.Equal("LATENCY RESET command fork", Words(IntrospectionCommands.LatencyReset(["command", "fork"])));
        Assert.Equal("COMMAND LIST FILTERBY ACLCAT read", Words(IntrospectionCommands.CommandList(null, "read", null)));
        Assert.Equal("COMMAND LIST FILTERBY PATTERN x*", Words(IntrospectionCommands.CommandList(null, null, "x*")));
        Assert.Equal("COMMAND INFO get set", Words(IntrospectionCommands.CommandInfo(["get", "set"])));
        Assert.Equal("BGSAVE SCHEDULE", Words(ServerCommands.BgSave(true)));
        Assert.Equal("BGSAVE", Words(ServerCommands.BgSave(false)));
        Assert.Equal("REPLICAOF NO ONE", Words(ReplicationCommands.ReplicaOfNoOne()));
        Assert.Equal("REPLICAOF h 6380", Words(ReplicationCommands.ReplicaOf("h", 6380)));
        Assert.Equal("SWAPDB 0 1", Words(ServerCommands.SwapDb(0, 1)));
        var sleep = IntrospectionCommands.DebugSleep(TimeSpan.FromMilliseconds(30));
        Assert.Equal("DEBUG SLEEP 0.03", Words(sleep));
        Assert.Equal(30, sleep.ExtraTimeoutMilliseconds);
        Assert.Equal("DEBUG OBJECT k", QueryText.Sanitize(IntrospectionCommands.DebugObject("k"), Encoding.UTF8));
        Assert.Equal("MEMORY USAGE k ? ?", QueryText.Sanitize(IntrospectionCommands.MemoryUsage("k", 5), Encoding.UTF8));
        Assert.Equal("ACL CAT read", Words(AclCommands.Cat("@read")));
        Assert.Equal("ACL LOG RESET", Words(AclCommands.LogReset()));
        Assert.Equal("ACL DRYRUN u get k", Words(AclCommands.DryRun("u", "get", ["k"])));

        Assert.Equal("pattern", Assert.Throws<ArgumentException>(() => IntrospectionCommands.CommandList("m", null, "p")).ParamName);
        Assert.Equal("num", Assert.Throws<ArgumentOutOfRangeException>(() => IntrospectionCommands.SlowLogGet(-2)).ParamName);
        Assert.Equal("samples", Assert.Throws<ArgumentOutOfRangeException>(() => IntrospectionCommands.MemoryUsage("k", -1)).ParamName);
        Assert.Equal("port", Assert.Throws<ArgumentOutOfRangeException>(() => ReplicationCommands.ReplicaOf("h", 0)).ParamName);
        Assert.Equal("eventName", Assert.Throws<ArgumentException>(() => IntrospectionCommands.LatencyHistory("")).ParamName);
        Assert.Equal("timeout", Assert.Throws<ArgumentOutOfRangeException>(() => ClientControlCommands.ClientPause(TimeSpan.FromSeconds(-1), true)).ParamName);
        Assert.Equal("names", Assert.Throws<ArgumentException>(() => IntrospectionCommands.CommandDocs([""])).ParamName);
    }

    [Fact]
    public void Monitor_lines_are_unescaped_and_decoded()
    {
        var entry = MonitorLineParser.Parse("1339518083.107412 [3 127.0.0.1:60866] \"SET\" \"k \\\"q\\\"\" \"v\\x01\\n\\xc3\\xa9\\\\\""u8, Encoding.UTF8);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1339518083).AddTicks(1074120), entry.Time);
        Assert.Equal(3, entry.Database);
        Assert.Equal("127.0.0.1:60866", entry.ClientAddress);
        Assert.Equal("tcp", entry.ClientType);
        Assert.Equal("SET", entry.Command);
        Assert.Equal(["SET", "k \"q\"", "v\u0001\né\\"], entry.Arguments);

        var lua = MonitorLineParser.Parse("1.5 [0 lua] \"get\" \"a\""u8, Encoding.UTF8);
        Assert.Equal(("lua", "lua"), (lua.ClientAddress, lua.ClientType));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1).AddMilliseconds(500), lua.Time);
        var unix = MonitorLineParser.Parse("1.000001 [0 unix:/tmp/x]y.sock] \"PING\""u8, Encoding.UTF8);
        Assert.Equal(("unix:/tmp/x]y.sock", "unix"), (unix.ClientAddress, unix.ClientType));
        Assert.Equal(["PING"], unix.Arguments);

        Assert.Throws<RedisProtocolException>(() => MonitorLineParser.Parse("OK"u8, Encoding.UTF8));
        Assert.Throws<RedisProtocolException>(() => MonitorLineParser.Parse("1.2 [x 127.0.0.1:1] \"a\""u8, Encoding.UTF8));
        Assert.Throws<RedisProtocolException>(() => MonitorLineParser.Parse("1.2 [0 127.0.0.1:1] \"unterminated"u8, Encoding.UTF8));
        Assert.Throws<RedisProtocolException>(() => MonitorLineParser.Parse("1.2 [0 127.0.0.1:1] bare"u8, Encoding.UTF8));
    }

    [Fact]
    public void Debug_object_lines_are_split_into_fields()
    {
        var info = DebugObjectInfo.Parse("Value at:0x7f2c refcount:2 encoding:quicklist serializedlength:19 lru:123 lru_seconds_idle:7 ql_nodes:1");
        Assert.Equal("quicklist", info.Encoding);
        Assert.Equal(2, info.RefCount);
        Assert.Equal(19, info.SerializedLength);
        Assert.Equal(TimeSpan.FromSeconds(7), info.Idle);
        Assert.Equal("1", info.Fields["ql_nodes"]);
        Assert.Equal("0x7f2c", info.Fields["at"]);
    }

    [Theory]
    [InlineData("*5\r\n$5\r\nslave\r\n$9\r\n127.0.0.1\r\n:6379\r\n$9\r\nconnected\r\n:3167038\r\n")]
    [InlineData("*5\r\n+slave\r\n+127.0.0.1\r\n:6379\r\n+connected\r\n:3167038\r\n")]
    public void Role_of_a_replica_is_parsed(string frame)
    {
        var role = Parse<ServerRole, RoleParser>(frame);
        Assert.Equal(ServerRoleKind.Replica, role.Kind);
        Assert.Equal(("127.0.0.1", 6379, "connected", 3167038L), (role.MasterHost, role.MasterPort, role.ReplicationState, role.ReplicationOffset));
    }

    [Fact]
    public void Role_of_a_primary_and_of_a_sentinel_is_parsed()
    {
        var primary = Parse<ServerRole, RoleParser>("*3\r\n$6\r\nmaster\r\n:3129659\r\n*2\r\n*3\r\n$9\r\n127.0.0.1\r\n$4\r\n9001\r\n$7\r\n3129242\r\n*3\r\n$9\r\n127.0.0.1\r\n$4\r\n9002\r\n$7\r\n3129543\r\n");
        Assert.Equal(3129659, primary.ReplicationOffset);
        Assert.Equal([new ReplicaRoleInfo("127.0.0.1", 9001, 3129242), new ReplicaRoleInfo("127.0.0.1", 9002, 3129543)], primary.Replicas);
        var sentinel = Parse<ServerRole, RoleParser>("*2\r\n$8\r\nsentinel\r\n*2\r\n$13\r\nresque-master\r\n$11\r\nhtml-master\r\n");
        Assert.Equal(ServerRoleKind.Sentinel, sentinel.Kind);
        Assert.Equal(["resque-master", "html-master"], sentinel.MonitoredMasters);
        Assert.Null(sentinel.ReplicationOffset);
        Assert.Throws<RedisProtocolException>(() => Parse<ServerRole, RoleParser>("*1\r\n$7\r\nunknown\r\n"));
    }

    [Theory]
    [InlineData(3, "*1\r\n%10\r\n$5\r\ncount\r\n:1\r\n$6\r\nreason\r\n$4\r\nauth\r\n$7\r\ncontext\r\n$8\r\ntoplevel\r\n$6\r\nobject\r\n$4\r\nAUTH\r\n$8\r\nusername\r\n$2\r\nu1\r\n$11\r\nage-seconds\r\n,1.5\r\n$11\r\nclient-info\r\n$11\r\nid=7 user=x\r\n$8\r\nentry-id\r\n:4\r\n$17\r\ntimestamp-created\r\n:1700000000123\r\n$22\r\ntimestamp-last-updated\r\n:1700000000456\r\n")]
    [InlineData(2, "*1\r\n*20\r\n$5\r\ncount\r\n:1\r\n$6\r\nreason\r\n$4\r\nauth\r\n$7\r\ncontext\r\n$8\r\ntoplevel\r\n$6\r\nobject\r\n$4\r\nAUTH\r\n$8\r\nusername\r\n$2\r\nu1\r\n$11\r\nage-seconds\r\n$3\r\n1.5\r\n$11\r\nclient-info\r\n$11\r\nid=7 user=x\r\n$8\r\nentry-id\r\n:4\r\n$17\r\ntimestamp-created\r\n:1700000000123\r\n$22\r\ntimestamp-last-updated\r\n:1700000000456\r\n")]
    public void Acl_log_entries_of_redis_7_2_read_the_same_under_both_protocols(int protocol, string frame)
    {
        var entry = Assert.Single(Parse<AclLogEntry[], AclLogParser>(frame, protocol: protocol));
        Assert.Equal((1L, "auth", "toplevel", "AUTH", "u1"), (entry.Count, entry.Reason, entry.Context, entry.Target, entry.Username));
        Assert.Equal(TimeSpan.FromSeconds(1.5), entry.Age);
        Assert.Equal(7, entry.ClientInfo.Id);
        Assert.Equal(4, entry.EntryId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000123), entry.Created);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000456), entry.LastUpdated);
    }

    [Fact]
    public void Redis_6_shapes_are_read_too()
    {
        // COMMAND INFO before Redis 7: seven elements, no tips, key specifications or subcommands.
        var info = Parse<Dictionary<string, RedisCommandInfo>, CommandInfoParser>(
            "*2\r\n*7\r\n$3\r\nget\r\n:2\r\n*2\r\n+readonly\r\n+fast\r\n:1\r\n:1\r\n:1\r\n*2\r\n+@read\r\n+@string\r\n$-1\r\n");
        var get = Assert.Single(info).Value;
        Assert.Equal(["@read", "@string"], get.AclCategories);
        Assert.Empty(get.Tips);
        Assert.Empty(get.KeySpecifications);
        Assert.Empty(get.Subcommands);

        // ACL GETUSER in Redis 6: keys and channels as arrays of patterns.
        var user = Parse<AclUser?, AclUserParser>(
            "*10\r\n$5\r\nflags\r\n*2\r\n$2\r\non\r\n$11\r\nallchannels\r\n$9\r\npasswords\r\n*0\r\n$8\r\ncommands\r\n$5\r\n+@all\r\n$4\r\nkeys\r\n*2\r\n$3\r\na:*\r\n$3\r\nb:*\r\n$8\r\nchannels\r\n*1\r\n$1\r\n*\r\n");
        Assert.NotNull(user);
        Assert.Equal("a:* b:*", user.Keys);
        Assert.Equal("*", user.Channels);
        Assert.Empty(user.Selectors);
        Assert.Null(Parse<AclUser?, AclUserParser>("_\r\n"));
        Assert.Null(Parse<AclUser?, AclUserParser>("$-1\r\n", protocol: 2));

        Assert.Null(Parse<string?, AclDryRunParser>("+OK\r\n"));
        Assert.Equal("no", Parse<string?, AclDryRunParser>("$2\r\nno\r\n"));
    }
}
