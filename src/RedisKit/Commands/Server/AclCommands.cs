using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>The ACL commands: each definition is the command's one hand-written place.</summary>
internal static class AclCommands
{
    /// <summary>
    /// ACL SETUSER: creates <paramref name="username"/> or changes it by applying <paramref name="rules"/>
    /// in order (a new user without rules exists but is off). Passwords in the rules never appear in
    /// exception messages, traces or <see cref="AclRules.ToString"/>: a server error quoting one is redacted.
    /// </summary>
    /// <exception cref="ArgumentException">The user name is empty or holds a space.</exception>
    /// <exception cref="RedisResponseException">The server refused a rule; the message names it unless it holds a password.</exception>
    [RedisCommand(Name = "AclSetUser")]
    public static Command<ArgList, bool, BooleanParser> SetUser(string username, AclRules? rules = null)
    {
        // The command is Sensitive (Cmd.AclSetUser): errors quoting a password are redacted.
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

    /// <summary>ACL GETUSER: the user's flags, password hashes, command, key and channel rules and selectors; null when there is no such user.</summary>
    [RedisCommand(Name = "AclGetUser")]
    public static Command<Args1, AclUser?, AclUserParser> GetUser(string username) => new(Cmd.AclGetUser, new Args1(Username(username, nameof(username))), default);

    /// <summary>ACL DELUSER: deletes the users and closes their connections; returns how many existed.</summary>
    [RedisCommand(Name = "AclDelUser")]
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

    /// <summary>ACL DELUSER for one user: true when it existed.</summary>
    [RedisCommand(Name = "AclDelUser")]
    public static Command<Args1, bool, BooleanParser> DelOneUser(string username) => new(Cmd.AclDelUser, new Args1(Username(username, nameof(username))), default);

    /// <summary>ACL LIST: every user as a rule line of the ACL file (<c>user default on nopass ~* &amp;* +@all</c>).</summary>
    [RedisCommand(Name = "AclList")]
    public static Command<NoArgs, string[], StringArrayParser> List() => new(Cmd.AclList, default, default);

    /// <summary>ACL USERS: the user names.</summary>
    [RedisCommand(Name = "AclUsers")]
    public static Command<NoArgs, string[], StringArrayParser> Users() => new(Cmd.AclUsers, default, default);

    /// <summary>ACL CAT: the ACL categories, or with <paramref name="category"/> (<c>read</c> or <c>@read</c>) the commands in it.</summary>
    [RedisCommand(Name = "AclCat")]
    public static Command<ArgList, string[], StringArrayParser> Cat(string? category = null)
    {
        var args = new ArgListBuilder(1);
        if (category is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(category);
            args.Add(category.StartsWith('@') ? category[1..] : category);
        }

        return new(Cmd.AclCat, args.Build(), default);
    }

    /// <summary>ACL WHOAMI: the user the connection is authenticated as.</summary>
    [RedisCommand(Name = "AclWhoAmI")]
    public static Command<NoArgs, string, StatusParser> WhoAmI() => new(Cmd.AclWhoAmI, default, default);

    /// <summary>ACL LOG: the latest denied commands and failed logins, newest first; <paramref name="count"/> of them (the server's default is 10).</summary>
    [RedisCommand(Name = "AclLog")]
    public static Command<ArgList, AclLogEntry[], AclLogParser> Log(int? count = null)
    {
        var args = new ArgListBuilder(1);
        if (count is { } n)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(n, nameof(count));
            args.Add(n);
        }

        return new(Cmd.AclLog, args.Build(), default);
    }

    /// <summary>ACL LOG RESET: empties the ACL log.</summary>
    [RedisCommand(Name = "AclLogReset")]
    public static Command<Args1, bool, BooleanParser> LogReset() => new(Cmd.AclLogReset, new Args1("RESET"), default);

    /// <summary>
    /// ACL DRYRUN (Redis 7): whether <paramref name="username"/> may run <paramref name="command"/>
    /// with <paramref name="args"/>, without running it. Null when allowed; otherwise the server's
    /// reason, such as <c>This user has no permissions to access the 'k' key</c>.
    /// </summary>
    [RedisCommand(Name = "AclDryRun")]
    public static Command<ArgList, string?, AclDryRunParser> DryRun(string username, string command, IReadOnlyCollection<RedisValue>? args = null)
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

    /// <summary>ACL GENPASS: a random password from the server's CSPRNG, of <paramref name="bits"/> bits (256 by default) as hexadecimal.</summary>
    [RedisCommand(Name = "AclGenPass")]
    public static Command<ArgList, string, StatusParser> GenPass(int? bits = null)
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

    /// <summary>ACL LOAD: replaces every user with the server's ACL file; only for a server started with <c>aclfile</c>. All or nothing.</summary>
    [RedisCommand(Name = "AclLoad")]
    public static Command<NoArgs, bool, BooleanParser> Load() => new(Cmd.AclLoad, default, default);

    /// <summary>ACL SAVE: writes every user to the server's ACL file; only for a server started with <c>aclfile</c>.</summary>
    [RedisCommand(Name = "AclSave")]
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
