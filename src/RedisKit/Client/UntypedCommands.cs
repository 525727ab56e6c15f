using System.Collections.Frozen;
using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>Commands given as raw arguments to <c>ExecuteCommandAsync</c>.</summary>
internal static class UntypedCommands
{
    // Commands that wait on the server: they get a connection of their own and no socket timeout.
    private static readonly FrozenSet<string> Blocking = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "BLPOP", "BRPOP", "BLMOVE", "BLMPOP", "BRPOPLPUSH", "BZPOPMIN", "BZPOPMAX", "BZMPOP", "WAIT", "WAITAOF");

    // Commands that change one connection's state, which shared connections must never carry.
    private static readonly FrozenSet<string> ConnectionState = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "SELECT", "WATCH", "UNWATCH", "MULTI", "EXEC", "DISCARD", "SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE", "UNSUBSCRIBE",
        "PUNSUBSCRIBE", "SUNSUBSCRIBE", "MONITOR", "RESET", "HELLO", "AUTH", "QUIT", "READONLY", "READWRITE", "ASKING");

    public static Command<ArgList, object?, ObjectParser> Create(object?[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0)
        {
            throw new ArgumentException("ExecuteCommandAsync needs at least the command name.", nameof(args));
        }

        var values = new RedisValue[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            values[i] = RedisValue.FromObject(args[i], i);
        }

        var name = values[0].ToString() ?? string.Empty;
        var flags = CommandFlags.None;
        if (Blocking.Contains(name) || IsBlockingRead(name, values))
        {
            flags |= CommandFlags.Blocking;
        }
        else if (ConnectionState.Contains(name) || IsSubcommand(values, "CLIENT", "REPLY") || IsSubcommand(values, "CLIENT", "TRACKING")
                 || IsSubcommand(values, "CLIENT", "CACHING") || IsSubcommand(values, "CLIENT", "SETNAME")
                 || IsSubcommand(values, "CLIENT", "NO-EVICT") || IsSubcommand(values, "CLIENT", "NO-TOUCH"))
        {
            flags |= CommandFlags.ConnectionState;
        }

        if (IsSubcommand(values, "ACL", "SETUSER") || name.Equals("MIGRATE", StringComparison.OrdinalIgnoreCase))
        {
            flags |= CommandFlags.Sensitive;
        }

        return new(CommandInfo.Untyped(name.ToUpperInvariant(), flags), new ArgList(values, values.Length), default)
        {
            // The command's own timeout argument is not known here, so its wait is not limited.
            ExtraTimeoutMilliseconds = (flags & CommandFlags.Blocking) != 0 ? -1 : 0,
        };
    }

    private static bool IsSubcommand(RedisValue[] values, string container, string subcommand) =>
        values.Length > 1
        && string.Equals(values[0].ToString(), container, StringComparison.OrdinalIgnoreCase)
        && string.Equals(values[1].ToString(), subcommand, StringComparison.OrdinalIgnoreCase);

    /// <summary>XREAD and XREADGROUP block only with a BLOCK option.</summary>
    private static bool IsBlockingRead(string name, RedisValue[] values)
    {
        if (!name.Equals("XREAD", StringComparison.OrdinalIgnoreCase) && !name.Equals("XREADGROUP", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var value in values)
        {
            if (string.Equals(value.ToString(), "BLOCK", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
