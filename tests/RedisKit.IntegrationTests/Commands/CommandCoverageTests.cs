using System.Reflection;
using RedisKit.Commands;
using Xunit.Abstractions;

namespace RedisKit.IntegrationTests.Commands;

/// <summary>
/// Compares the running server's COMMAND DOCS with the commands RedisKit defines (every typed
/// method runs a definition from <see cref="Cmd"/>): each non-deprecated command or container
/// subcommand is either defined or listed here with the reason it is left to ExecuteCommandAsync.
/// </summary>
public sealed class CommandCoverageTests(SharedServerFixture server, ITestOutputHelper output) : IClassFixture<SharedServerFixture>
{
    private static readonly Dictionary<string, string> LeftOut = new(StringComparer.Ordinal)
    {
        ["SYNC"] = "replication internals: a replica's handshake with its primary, not a client call",
        ["PSYNC"] = "replication internals: a replica's handshake with its primary, not a client call",
        ["REPLCONF"] = "replication internals: a replica's handshake with its primary, not a client call",
        ["RESTORE-ASKING"] = "cluster internals: sent by MIGRATE between cluster nodes, not by clients",
        ["PFDEBUG"] = "HyperLogLog internals, for testing the server itself",
        ["PFSELFTEST"] = "HyperLogLog internals, for testing the server itself",
        ["SCRIPT DEBUG"] = "the Lua debugger is interactive (redis-cli --ldb) and takes over the connection",
        ["CLIENT REPLY"] = "turning replies off breaks the one-reply-per-command order every RedisKit connection relies on",
        ["QUIT"] = "closing is DisposeAsync's job; QUIT would leave the pool holding a connection the server is closing",
        ["RESET"] = "would silently drop the database, name and protocol the pool set up on the connection",
        ["DISCARD"] = "never needed: a transaction's MULTI...EXEC is written as one batch, so no MULTI is ever left open to discard",
    };

    [Fact]
    public async Task Every_redis_command_has_a_typed_method_or_a_reason()
    {
        await using var redis = server.CreateClient(3);
        var docs = await redis.CommandDocsAsync();
        var defined = DefinedCommands();

        var candidates = new List<string>();
        foreach (var (name, doc) in docs)
        {
            if (doc.DocFlags.Contains("deprecated") || doc.Group == "module")
            {
                continue;
            }

            if (doc.Subcommands.Count == 0)
            {
                candidates.Add(name.ToUpperInvariant());
                continue;
            }

            foreach (var (subName, sub) in doc.Subcommands)
            {
                if (!sub.DocFlags.Contains("deprecated"))
                {
                    candidates.Add(subName.Replace('|', ' ').ToUpperInvariant());
                }
            }
        }

        var missing = candidates.Where(c => !IsDefined(defined, c) && !LeftOut.ContainsKey(c)).Order().ToList();
        var covered = candidates.Count(c => IsDefined(defined, c));
        output.WriteLine($"{covered} of {candidates.Count} commands typed ({100.0 * covered / candidates.Count:0.0}%), {LeftOut.Count} left out with a reason.");
        Assert.True(missing.Count == 0, $"{missing.Count} of {candidates.Count} commands ({covered} typed) have neither a typed method nor a reason: {string.Join(", ", missing)}");
        Assert.True(covered >= 0.95 * candidates.Count, $"{covered} of {candidates.Count} commands are typed, under 95%.");
        Assert.All(LeftOut.Keys, name => Assert.DoesNotContain(name, defined));
    }

    // A command documented without subcommands but typed by subcommand (DEBUG SLEEP, DEBUG OBJECT) counts as covered.
    private static bool IsDefined(HashSet<string> defined, string command)
    {
        if (defined.Contains(command))
        {
            return true;
        }

        foreach (var name in defined)
        {
            if (name.StartsWith(command + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> DefinedCommands()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in typeof(Cmd).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
        {
            if (field.GetValue(null) is CommandInfo info)
            {
                names.Add(info.Name.ToUpperInvariant());
            }
        }

        return names;
    }
}
