using RedisKit.Commands;

namespace RedisKit.IntegrationTests.Commands;

/// <summary>The comparison behind <see cref="CommandMetadataTests"/>, on hand-made COMMAND INFO entries: it catches each kind of disagreement.</summary>
public sealed class CommandMetadataComparerTests
{
    private static readonly CommandKeySpecification FirstKeyOnly = Spec("index", new() { ["index"] = "1" }, "range", new() { ["lastkey"] = "0", ["keystep"] = "1", ["limit"] = "0" });

    [Fact]
    public void Agreeing_definitions_give_nothing()
    {
        var server = Server(
            Entry("get", ["readonly", "fast"], 1, 1, 1, [FirstKeyOnly]),
            Entry("eval", ["noscript", "movablekeys"], 0, 0, 0, [Spec("index", new() { ["index"] = "2" }, "keynum", new() { ["keynumidx"] = "0", ["firstkey"] = "1", ["keystep"] = "1" })]),
            Entry("blpop", ["write", "blocking"], 1, -2, 1),
            Entry("object", ["slow"], 0, 0, 0, subcommands: [Entry("object|encoding", ["readonly"], 2, 2, 1)]));
        var definitions = Definitions(
            new CommandInfo("GET", CommandFlags.ReadOnly),
            new CommandInfo("EVAL", CommandFlags.None, firstKey: 3, lastKey: -1, keyCountIndex: 2),
            new CommandInfo("BLPOP", CommandFlags.Blocking, lastKey: -2),
            new CommandInfo("OBJECT ENCODING", CommandFlags.ReadOnly));

        Assert.Empty(CommandMetadataComparer.Compare(definitions, server));
    }

    [Fact]
    public void Every_kind_of_disagreement_is_reported_at_once()
    {
        var server = Server(
            Entry("get", ["readonly", "fast"], 1, 1, 1),
            Entry("del", ["write"], 1, -1, 1),
            Entry("ping", ["fast"], 0, 0, 0),
            Entry("xread", ["readonly", "blocking", "movablekeys"], 0, 0, 0, [Spec("keyword", new() { ["keyword"] = "STREAMS", ["startfrom"] = "1" }, "range", new() { ["lastkey"] = "-1", ["keystep"] = "1", ["limit"] = "2" })]),
            Entry("object", ["slow"], 0, 0, 0, subcommands: [Entry("object|encoding", ["readonly"], 2, 2, 1)]),
            Entry("zunion", ["readonly", "movablekeys"], 0, 0, 0, [Spec("index", new() { ["index"] = "1" }, "keynum", new() { ["keynumidx"] = "0", ["firstkey"] = "1", ["keystep"] = "1" })]));
        var definitions = Definitions(
            new CommandInfo("GET", CommandFlags.Idempotent),
            new CommandInfo("DEL", CommandFlags.Idempotent, lastKey: -1),
            new CommandInfo("PING", CommandFlags.ReadOnly, firstKey: 0),
            new CommandInfo("XREAD", CommandFlags.ReadOnly, firstKey: 0),
            new CommandInfo("OBJECT ENCODING", CommandFlags.ReadOnly, lastKey: 2),
            new CommandInfo("ZUNION", CommandFlags.ReadOnly, firstKey: 2, lastKey: -1, keyCountIndex: 2),
            new CommandInfo("CLIENT NO-TOUCH", CommandFlags.ConnectionState, firstKey: 0));

        var found = CommandMetadataComparer.Compare(definitions, server).Select(d => d.Key).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["D0 readonly", "D1 write", "D2 readonly", "D3 blocking", "D3 keys", "D4 keys", "D5 keys", "D6 unknown"],
            found);
    }

    [Fact]
    public void A_blocking_variant_covers_the_plain_definition_of_the_same_command()
    {
        var server = Server(Entry("xread", ["readonly", "blocking"], 0, 0, 0));
        Assert.Empty(CommandMetadataComparer.Compare(Definitions(new CommandInfo("XREAD", CommandFlags.ReadOnly, firstKey: 0), new CommandInfo("XREAD", CommandFlags.ReadOnly | CommandFlags.Blocking, firstKey: 0)), server));
        Assert.Single(CommandMetadataComparer.Compare(Definitions(new CommandInfo("WAIT", CommandFlags.Blocking, firstKey: 0)), Server(Entry("wait", ["noscript"], 0, 0, 0))));
    }

    private static List<CommandDefinition> Definitions(params CommandInfo[] infos) => [.. infos.Select((info, i) => new CommandDefinition($"D{i}", info))];

    private static Dictionary<string, RedisCommandInfo> Server(params RedisCommandInfo[] entries) => entries.ToDictionary(e => e.Name, StringComparer.Ordinal);

    private static RedisCommandInfo Entry(string name, string[] flags, int first, int last, int step, CommandKeySpecification[]? specs = null, RedisCommandInfo[]? subcommands = null) =>
        new(name, -1, flags, first, last, step, [], [], specs ?? [], subcommands ?? []);

    private static CommandKeySpecification Spec(string beginType, Dictionary<string, string> begin, string findType, Dictionary<string, string> find) =>
        new([], beginType, begin, findType, find, null);
}
