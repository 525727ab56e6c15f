using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>
/// Definitions of the remaining server and connection commands: client tracking and unblocking,
/// COMMAND GETKEYS, the LATENCY and MEMORY reports, killing scripts, modules, FAILOVER, MIGRATE,
/// SHUTDOWN and the HELP of every container command.
/// </summary>
internal static class ServerAdminCommands
{
    public static Command<Args2, bool, BooleanParser> ClientUnblock(long clientId, bool error) =>
        new(Cmd.ClientUnblock, new Args2(clientId, error ? "ERROR" : "TIMEOUT"), default);

    public static Command<Args1, bool, BooleanParser> ClientCaching(bool enabled) => new(Cmd.ClientCaching, new Args1(enabled ? "YES" : "NO"), default);

    public static Command<NoArgs, long, Int64Parser> ClientGetRedir() => new(Cmd.ClientGetRedir, default, default);

    /// <summary>CLIENT TRACKING ON|OFF [REDIRECT id] [PREFIX p ...] [BCAST] [OPTIN] [OPTOUT] [NOLOOP].</summary>
    public static Command<ArgList, bool, BooleanParser> ClientTracking(bool on, long? redirect, IEnumerable<string>? prefixes, bool bcast, bool optIn, bool optOut, bool noLoop)
    {
        if (optIn && optOut)
        {
            throw new ArgumentException("optIn and optOut cannot both be set.", nameof(optIn));
        }

        var args = new ArgListBuilder(8);
        args.Add(on ? "ON" : "OFF");
        if (redirect is { } id)
        {
            args.Add("REDIRECT");
            args.Add(id);
        }

        foreach (var prefix in prefixes ?? [])
        {
            ArgumentNullException.ThrowIfNull(prefix, nameof(prefixes));
            args.Add("PREFIX");
            args.Add(prefix);
        }

        Flag(ref args, bcast, "BCAST");
        Flag(ref args, optIn, "OPTIN");
        Flag(ref args, optOut, "OPTOUT");
        Flag(ref args, noLoop, "NOLOOP");
        return new(Cmd.ClientTracking, args.Build(), default);
    }

    public static Command<ArgList, string[], StringArrayParser> CommandGetKeys(IEnumerable<RedisValue> command) =>
        new(Cmd.CommandGetKeys, Words(command), default);

    public static Command<ArgList, CommandKeyFlags[], CommandKeyFlagsParser> CommandGetKeysAndFlags(IEnumerable<RedisValue> command) =>
        new(Cmd.CommandGetKeysAndFlags, Words(command), default);

    public static Command<NoArgs, string, StatusParser> LatencyDoctor() => new(Cmd.LatencyDoctor, default, default);

    public static Command<Args1, string, StatusParser> LatencyGraph(string eventName)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        return new(Cmd.LatencyGraph, new Args1(eventName), default);
    }

    public static Command<ArgList, Dictionary<string, LatencyHistogram>, LatencyHistogramParser> LatencyHistogram(IEnumerable<string>? commands)
    {
        var args = new ArgListBuilder(4);
        foreach (var name in commands ?? [])
        {
            ArgumentException.ThrowIfNullOrEmpty(name, nameof(commands));
            args.Add(name);
        }

        return new(Cmd.LatencyHistogram, args.Build(), default);
    }

    public static Command<NoArgs, string, StatusParser> MemoryDoctor() => new(Cmd.MemoryDoctor, default, default);

    public static Command<NoArgs, string, StatusParser> MemoryMallocStats() => new(Cmd.MemoryMallocStats, default, default);

    public static Command<NoArgs, bool, BooleanParser> MemoryPurge() => new(Cmd.MemoryPurge, default, default);

    public static Command<NoArgs, bool, BooleanParser> ScriptKill() => new(Cmd.ScriptKill, default, default);

    public static Command<NoArgs, bool, BooleanParser> FunctionKill() => new(Cmd.FunctionKill, default, default);

    public static Command<ArgList, string, StatusParser> Lolwut(int? version)
    {
        var args = new ArgListBuilder(2);
        if (version is { } v)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(v, nameof(version));
            args.Add("VERSION");
            args.Add(v);
        }

        return new(Cmd.Lolwut, args.Build(), default);
    }

    public static Command<NoArgs, RedisModuleInfo[], ModuleListParser> ModuleList() => new(Cmd.ModuleList, default, default);

    public static Command<ArgList, bool, BooleanParser> ModuleLoad(string path, IEnumerable<RedisValue>? arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var args = new ArgListBuilder(2);
        args.Add(path);
        foreach (var argument in arguments ?? [])
        {
            args.Add(argument);
        }

        return new(Cmd.ModuleLoad, args.Build(), default);
    }

    /// <summary>MODULE LOADEX path [CONFIG name value ...] [ARGS arg ...].</summary>
    public static Command<ArgList, bool, BooleanParser> ModuleLoadEx(string path, IEnumerable<KeyValuePair<string, RedisValue>>? configs, IEnumerable<RedisValue>? arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var args = new ArgListBuilder(4);
        args.Add(path);
        foreach (var config in configs ?? [])
        {
            ArgumentException.ThrowIfNullOrEmpty(config.Key, nameof(configs));
            args.Add("CONFIG");
            args.Add(config.Key);
            args.Add(config.Value);
        }

        var first = true;
        foreach (var argument in arguments ?? [])
        {
            if (first)
            {
                args.Add("ARGS");
                first = false;
            }

            args.Add(argument);
        }

        return new(Cmd.ModuleLoadEx, args.Build(), default);
    }

    public static Command<Args1, bool, BooleanParser> ModuleUnload(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new(Cmd.ModuleUnload, new Args1(name), default);
    }

    /// <summary>FAILOVER [TO host port [FORCE]] [ABORT] [TIMEOUT ms].</summary>
    public static Command<ArgList, bool, BooleanParser> Failover(string? host, int? port, bool force, TimeSpan? timeout, bool abort)
    {
        var args = new ArgListBuilder(7);
        if (host is not null || port is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(host);
            if (port is not { } p || p < 1 || p > 65535)
            {
                throw new ArgumentOutOfRangeException(nameof(port), port, "FAILOVER TO needs a port between 1 and 65535.");
            }

            args.Add("TO");
            args.Add(host);
            args.Add(p);
            Flag(ref args, force, "FORCE");
        }
        else if (force)
        {
            throw new ArgumentException("FORCE needs a target: give host and port.", nameof(force));
        }

        Flag(ref args, abort, "ABORT");
        if (timeout is { } t)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(t, TimeSpan.Zero, nameof(timeout));
            args.Add("TIMEOUT");
            args.Add((long)Math.Ceiling(t.TotalMilliseconds));
        }

        return new(Cmd.Failover, args.Build(), default);
    }

    /// <summary>
    /// MIGRATE: one key in the key position, or several after KEYS with an empty key argument. The
    /// AUTH/AUTH2 passwords are never keys, so the sanitized query text shows them as <c>?</c>.
    /// </summary>
    public static Command<ArgList, bool, MigrateParser> Migrate(string host, int port, IEnumerable<RedisKey> keys, int destinationDb, TimeSpan timeout,
        bool copy, bool replace, string? authUsername, string? authPassword)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentOutOfRangeException.ThrowIfNegative(destinationDb);
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
        if (authUsername is not null && authPassword is null)
        {
            throw new ArgumentException("A username needs a password.", nameof(authUsername));
        }

        var keyList = keys.ToList();
        if (keyList.Count == 0)
        {
            throw new ArgumentException("Give at least one key to migrate.", nameof(keys));
        }

        var args = new ArgListBuilder(8 + keyList.Count);
        args.Add(host);
        args.Add(port);
        args.Add(keyList.Count == 1 ? Check.Key(keyList[0], nameof(keys)) : (RedisValue)string.Empty);
        args.Add(destinationDb);
        args.Add((long)Math.Ceiling(timeout.TotalMilliseconds));
        var options = args.Count;
        Flag(ref args, copy, "COPY");
        Flag(ref args, replace, "REPLACE");
        if (authPassword is not null)
        {
            if (authUsername is null)
            {
                args.Add("AUTH");
            }
            else
            {
                args.Add("AUTH2");
                args.Add(authUsername);
            }

            args.Add(authPassword);
        }

        options = args.Count - options;
        if (keyList.Count == 1)
        {
            return new(Cmd.Migrate, args.Build(), default);
        }

        args.Add("KEYS");
        foreach (var key in keyList)
        {
            args.Add(Check.Key(key, nameof(keys)));
        }

        return new(Cmd.MigrateKeys[options], args.Build(), default);
    }

    /// <summary>SHUTDOWN [NOSAVE | SAVE] [NOW] [FORCE] [ABORT].</summary>
    public static Command<ArgList, bool, BooleanParser> Shutdown(bool? save, bool now, bool force, bool abort)
    {
        if (abort && (save is not null || now || force))
        {
            throw new ArgumentException("ABORT cannot be combined with the other options.", nameof(abort));
        }

        var args = new ArgListBuilder(4);
        if (save is { } s)
        {
            args.Add(s ? "SAVE" : "NOSAVE");
        }

        Flag(ref args, now, "NOW");
        Flag(ref args, force, "FORCE");
        Flag(ref args, abort, "ABORT");
        return new(Cmd.Shutdown, args.Build(), default);
    }

    public static Command<NoArgs, string[], StringArrayParser> Help(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!Cmd.Help.TryGetValue(command, out var info))
        {
            throw new ArgumentException(
                $"'{command}' has no HELP subcommand here; known containers: {string.Join(", ", Cmd.Help.Keys.Order(StringComparer.Ordinal))}.", nameof(command));
        }

        return new(info, default, default);
    }

    private static void Flag(ref ArgListBuilder args, bool set, string token)
    {
        if (set)
        {
            args.Add(token);
        }
    }

    private static ArgList Words(IEnumerable<RedisValue> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var args = new ArgListBuilder(4);
        foreach (var word in command)
        {
            args.Add(word);
        }

        if (args.Count == 0)
        {
            throw new ArgumentException("Give the command to inspect, name first.", nameof(command));
        }

        return args.Build();
    }
}
