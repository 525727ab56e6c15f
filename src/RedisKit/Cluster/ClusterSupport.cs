using System.Collections.Frozen;
using RedisKit.Commands;

namespace RedisKit.Cluster;

/// <summary>
/// What a cluster client does not do yet, refused with a clear error rather than run on one
/// arbitrary node: commands whose answer or effect spans every primary (KEYS, DBSIZE, FLUSHALL,
/// SCRIPT LOAD...), and the client features that still talk to a single pool.
/// </summary>
internal static class ClusterSupport
{
    // Keyless commands that redis-py sends to every primary or node and merges: on one node they
    // would answer for a third of the data, or change one node only.
    private static readonly FrozenSet<string> FanOut = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "KEYS", "SCAN", "DBSIZE", "RANDOMKEY", "FLUSHDB", "FLUSHALL", "SWAPDB", "WAIT", "WAITAOF",
        "SCRIPT LOAD", "SCRIPT EXISTS", "SCRIPT FLUSH", "SCRIPT KILL",
        "FUNCTION LOAD", "FUNCTION DELETE", "FUNCTION FLUSH", "FUNCTION RESTORE", "FUNCTION KILL", "FUNCTION STATS", "FUNCTION LIST", "FUNCTION DUMP",
        "CONFIG SET", "CONFIG RESETSTAT", "CONFIG REWRITE", "ACL SETUSER", "ACL DELUSER", "ACL LOAD", "ACL SAVE",
        "SLOWLOG RESET", "LATENCY RESET", "MEMORY PURGE", "SAVE", "BGSAVE", "BGREWRITEAOF", "SHUTDOWN", "CLIENT PAUSE", "CLIENT UNPAUSE");

    /// <summary>Throws for a keyless command a cluster client cannot route yet.</summary>
    public static void CheckKeyless<TArgs>(CommandInfo info, in TArgs args)
        where TArgs : struct, ICommandArgs
    {
        if (FanOut.Contains(info.Name) || (info.Preformatted.Length == 0 && IsUntypedFanOut(args)))
        {
            throw NotYet($"{(info.Preformatted.Length == 0 ? UntypedName(args) : info.Name)}, whose answer or effect spans every primary,",
                "Run it on each primary through a client of that node (RedisClient.FromUrl with the node's address).");
        }
    }

    /// <summary>The error for a feature a cluster client does not offer yet.</summary>
    public static RedisException NotYet(string what, string instead) =>
        new($"{what} is not supported on a cluster client yet. {instead}");

    // ExecuteCommandAsync carries the name among its arguments: its first word, and its subcommand if any.
    private static bool IsUntypedFanOut<TArgs>(in TArgs args)
        where TArgs : struct, ICommandArgs
    {
        var name = args.Count > 0 ? args.Argument(0).ToString() ?? string.Empty : string.Empty;
        return FanOut.Contains(name) || (args.Count > 1 && FanOut.Contains(name + " " + args.Argument(1).ToString()));
    }

    private static string UntypedName<TArgs>(in TArgs args)
        where TArgs : struct, ICommandArgs => (args.Count > 0 ? args.Argument(0).ToString() ?? string.Empty : string.Empty).ToUpperInvariant();
}
