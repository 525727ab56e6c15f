using RedisKit.Commands;
using Xunit.Abstractions;

namespace RedisKit.IntegrationTests.Commands;

/// <summary>
/// Compares every definition in <see cref="Cmd"/> with the running server's COMMAND INFO: its
/// ReadOnly, Idempotent and Blocking flags and its key positions. A deliberate difference is listed
/// here with its reason; a listed reason whose difference is gone fails too, so the list stays true.
/// </summary>
public sealed class CommandMetadataTests(SharedServerFixture server, ITestOutputHelper output) : IClassFixture<SharedServerFixture>
{
    // "<Cmd field> <aspect>": why the definition differs from COMMAND INFO on purpose.
    private static readonly Dictionary<string, string> Deliberate = new(StringComparer.Ordinal)
    {
        // Writes resent after a lost reply (CommandFlags.Idempotent): a resend is the first send arriving late.
        ["Set write"] = "without GET or NX (SetWithGet and SetIfAbsent are not resent): stores the same value and answers OK again; XX still finds the key",
        ["MSet write"] = "stores the same values and answers OK again",
        ["SetEx write"] = "stores the same value and answers OK again; the expiry counts from the resend, as from a late first send",
        ["PSetEx write"] = "stores the same value and answers OK again; the expiry counts from the resend, as from a late first send",
        ["SetRange write"] = "overwrites the same bytes and answers the same length",
        ["GetEx write"] = "answers the same value and sets the same expiry (counted from the resend, as from a late first send)",
        ["LSet write"] = "overwrites the same element and answers OK again",
        ["SInterStore write"] = "the intersection of sets that include the stored one is that one again: the same set and count",
        ["SUnionStore write"] = "the union with the stored set, which already holds every source, is the same set and count",
        ["PfMerge write"] = "merging registers takes maxima, which the first merge already holds: the same sketch, OK again",
        ["XSetId write"] = "sets the same last ID and answers OK again",
        ["XGroupSetId write"] = "sets the same last-delivered ID and answers OK again",
        ["FlushDb write"] = "an empty database emptied again is empty; OK again",
        ["FlushAll write"] = "empty databases emptied again are empty; OK again",
        ["FunctionFlush write"] = "no libraries flushed again is no libraries; OK again",
        ["FunctionLoadReplace write"] = "REPLACE loads the same library over itself and answers its name again",
        ["Sort write"] = "used without STORE (SortStore is the STORE form and is not resent), where SORT only reads; SORT_RO is 7.0 only",

        // WAIT waits for replicas, not for a key, so the server does not flag it blocking.
        ["Wait blocking"] = "it holds its connection up to its timeout like BLPOP, so it takes a leased connection with its own deadline",

        // Key positions a single range or key count cannot describe.
        ["ZUnionStore keys"] = "the destination comes before the key count; it must share the sources' slot (CROSSSLOT otherwise), so the sources route it",
        ["ZInterStore keys"] = "the destination comes before the key count; it must share the sources' slot (CROSSSLOT otherwise), so the sources route it",
        ["ZDiffStore keys"] = "the destination comes before the key count; it must share the sources' slot (CROSSSLOT otherwise), so the sources route it",
        ["Sort keys"] = "BY and GET patterns (and STORE's destination) name keys no position can give; in a cluster they must share the source's slot, so the source routes it",
        ["SortStore keys"] = "BY and GET patterns and STORE's destination name keys no position can give; in a cluster they must share the source's slot, so the source routes it",
        ["SortRo keys"] = "BY and GET patterns name keys no position can give; in a cluster they must share the source's slot, so the source routes it",
        ["Migrate keys"] = "this definition is the one-key form; the KEYS form uses MigrateKeys",
        ["MigrateKeys keys"] = "the KEYS form: the keys follow KEYS after 0 to 5 option words, one definition per option count, each with its fixed first key",
        ["XRead keys"] = "the keys follow STREAMS, whose place depends on COUNT and BLOCK: each call's key positions come from StreamReadShapes",
        ["XReadBlocking keys"] = "the keys follow STREAMS, whose place depends on COUNT and BLOCK: each call's key positions come from StreamReadShapes",
        ["XReadGroup keys"] = "the keys follow STREAMS, whose place depends on COUNT, BLOCK and NOACK: each call's key positions come from StreamReadShapes",
        ["XReadGroupBlocking keys"] = "the keys follow STREAMS, whose place depends on COUNT, BLOCK and NOACK: each call's key positions come from StreamReadShapes",
        ["DebugObject keys"] = "DEBUG is listed without subcommands or key specifications; OBJECT's argument is a key",

        // Newer than the Redis 7.0 the tests run: nothing to compare with.
        ["ClientNoTouch unknown"] = "CLIENT NO-TOUCH came in Redis 7.2",
        ["ClientSetInfo unknown"] = "CLIENT SETINFO came in Redis 7.2",
    };

    [Fact]
    public async Task Every_definition_agrees_with_command_info_or_has_a_reason()
    {
        await using var redis = server.CreateClient(3);
        var info = await redis.CommandInfoAsync();
        var found = CommandMetadataComparer.Compare(CommandMetadataComparer.Definitions(), info);

        var unexplained = found.Where(d => !Deliberate.ContainsKey(d.Key)).Select(d => d.ToString()).Order(StringComparer.Ordinal).ToList();
        var foundKeys = found.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var stale = Deliberate.Keys.Where(key => !foundKeys.Contains(key)).Order(StringComparer.Ordinal).ToList();
        output.WriteLine($"{CommandMetadataComparer.Definitions().Count} definitions compared, {found.Count} deliberate differences.");
        Assert.True(
            unexplained.Count == 0 && stale.Count == 0,
            $"{unexplained.Count} definitions disagree with COMMAND INFO without a listed reason:\n{string.Join("\n", unexplained)}\n"
            + $"{stale.Count} listed reasons name a difference that is gone: {string.Join(", ", stale)}");
    }
}
