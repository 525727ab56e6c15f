using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>Definitions of the ACL commands.</summary>
internal static class AclCommands
{
    /// <summary>ACL SETUSER: the user, then its rules in order. The command is Sensitive, so errors quoting a password are redacted.</summary>
    public static Command<ArgList, bool, BooleanParser> SetUser(string username, AclRules? rules)
    {
        var args = new ArgListBuilder(1 + (rules?.Count ?? 0));
        args.Add(Username(username, nameof(username)));
        if (rules is not null)
        {
            foreach (var rule in rules.Rules)
            {
                args.Add(rule);
            }
        }

        return new(Cmd.AclSetUser, args.Build(), default);
    }

    public static Command<Args1, AclUser?, AclUserParser> GetUser(string username) => new(Cmd.AclGetUser, new Args1(Username(username, nameof(username))), default);

    public static Command<ArgList, long, Int64Parser> DelUser(IEnumerable<string> usernames)
    {
        ArgumentNullException.ThrowIfNull(usernames);
        var args = new ArgListBuilder(2);
        foreach (var username in usernames)
        {
            args.Add(Username(username, nameof(usernames)));
        }

        if (args.Count == 0)
        {
            throw new ArgumentException("At least one user name is needed.", nameof(usernames));
        }

        return new(Cmd.AclDelUser, args.Build(), default);
    }

    public static Command<NoArgs, string[], StringArrayParser> List() => new(Cmd.AclList, default, default);

    public static Command<NoArgs, string[], StringArrayParser> Users() => new(Cmd.AclUsers, default, default);

    public static Command<ArgList, string[], StringArrayParser> Cat(string? category)
    {
        var args = new ArgListBuilder(1);
        if (category is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(category);
            args.Add(category.StartsWith('@') ? category[1..] : category);
        }

        return new(Cmd.AclCat, args.Build(), default);
    }

    public static Command<NoArgs, string, StatusParser> WhoAmI() => new(Cmd.AclWhoAmI, default, default);

    public static Command<ArgList, AclLogEntry[], AclLogParser> Log(int? count)
    {
        var args = new ArgListBuilder(1);
        if (count is { } n)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(n, nameof(count));
            args.Add(n);
        }

        return new(Cmd.AclLog, args.Build(), default);
    }

    public static Command<Args1, bool, BooleanParser> LogReset() => new(Cmd.AclLogReset, new Args1("RESET"), default);

    public static Command<ArgList, string?, AclDryRunParser> DryRun(string username, string command, IEnumerable<RedisValue>? args)
    {
        ArgumentException.ThrowIfNullOrEmpty(command);
        var list = new ArgListBuilder(4);
        list.Add(Username(username, nameof(username)));
        list.Add(command);
        if (args is not null)
        {
            foreach (var arg in args)
            {
                list.Add(Check.Value(arg, nameof(args)));
            }
        }

        return new(Cmd.AclDryRun, list.Build(), default);
    }

    public static Command<ArgList, string, StatusParser> GenPass(int? bits)
    {
        var args = new ArgListBuilder(1);
        if (bits is { } n)
        {
            // The server accepts 1 to 4096 bits and rounds up to whole hexadecimal digits.
            ArgumentOutOfRangeException.ThrowIfLessThan(n, 1, nameof(bits));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 4096, nameof(bits));
            args.Add(n);
        }

        return new(Cmd.AclGenPass, args.Build(), default);
    }

    public static Command<NoArgs, bool, BooleanParser> Load() => new(Cmd.AclLoad, default, default);

    public static Command<NoArgs, bool, BooleanParser> Save() => new(Cmd.AclSave, default, default);

    /// <summary>Redis refuses user names with spaces or NUL; refusing them here names the argument instead.</summary>
    private static string Username(string? username, string parameterName)
    {
        if (string.IsNullOrEmpty(username))
        {
            throw new ArgumentException("A user name cannot be null or empty.", parameterName);
        }

        foreach (var c in username)
        {
            if (char.IsWhiteSpace(c) || c == '\0')
            {
                throw new ArgumentException($"A user name cannot contain spaces or NUL: '{username}'.", parameterName);
            }
        }

        return username;
    }
}
