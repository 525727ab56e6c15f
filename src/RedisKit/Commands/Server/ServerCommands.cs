using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>
/// The commands that run the server as a whole: INFO, the keyspace size and flushes, the clock,
/// CONFIG, persistence (SAVE, BGSAVE, BGREWRITEAOF), SWAPDB, stopping scripts and functions,
/// modules, LOLWUT and SHUTDOWN. Each definition is the command's one hand-written place.
/// </summary>
internal static class ServerCommands
{
    /// <summary>INFO: the server's report parsed into sections; with <paramref name="sections"/>, only those (<c>server</c>, <c>memory</c>, <c>all</c>...).</summary>
    [RedisCommand]
    public static Command<ArgList, RedisServerInfo, InfoParser> Info(IEnumerable<string>? sections = null)
    {
        var args = new ArgListBuilder(2);
        if (sections is not null)
        {
            foreach (var section in sections)
            {
                args.Add(Check.Value(section, nameof(sections)));
            }
        }

        return new(Cmd.Info, args.Build(), default);
    }

    /// <summary>INFO for one section, such as <c>server</c> or <c>keyspace</c>.</summary>
    [RedisCommand(Name = "Info")]
    public static Command<Args1, RedisServerInfo, InfoParser> InfoSection(string section) => new(Cmd.Info, new Args1(Check.Value(section, nameof(section))), default);

    /// <summary>DBSIZE: the number of keys in the selected database.</summary>
    [RedisCommand]
    public static Command<NoArgs, long, Int64Parser> DbSize() => new(Cmd.DbSize, default, default);

    /// <summary>FLUSHDB: deletes every key of the selected database; in the background when <paramref name="asynchronous"/>.</summary>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> FlushDb(bool asynchronous = false) => new(Cmd.FlushDb, Mode(asynchronous), default);

    /// <summary>FLUSHALL: deletes every key of every database; in the background when <paramref name="asynchronous"/>.</summary>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> FlushAll(bool asynchronous = false) => new(Cmd.FlushAll, Mode(asynchronous), default);

    /// <summary>TIME: the server's clock, to the microsecond.</summary>
    [RedisCommand]
    public static Command<NoArgs, DateTimeOffset, TimeParser> Time() => new(Cmd.Time, default, default);

    /// <summary>CONFIG GET: the parameters matching <paramref name="pattern"/> and their values.</summary>
    [RedisCommand]
    public static Command<Args1, Dictionary<string, string>, StringDictionaryParser> ConfigGet(string pattern = "*") =>
        new(Cmd.ConfigGet, new Args1(Check.Value(pattern, nameof(pattern))), default);

    /// <summary>CONFIG SET: sets one parameter. True on success; a rejected value is a <see cref="RedisResponseException"/>.</summary>
    [RedisCommand]
    public static Command<Args2, bool, BooleanParser> ConfigSet(string name, RedisValue value) =>
        new(Cmd.ConfigSet, new Args2(Check.Value(name, nameof(name)), Check.Value(value)), default);

    /// <summary>CONFIG SET with several parameters at once (Redis 7), applied all or none.</summary>
    [RedisCommand(Name = "ConfigSet")]
    public static Command<ArgList, bool, BooleanParser> ConfigSetMany(IEnumerable<KeyValuePair<string, RedisValue>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var args = new ArgListBuilder(2);
        foreach (var pair in parameters)
        {
            args.Add(Check.Value(pair.Key, nameof(parameters)));
            args.Add(Check.Value(pair.Value, nameof(parameters)));
        }

        if (args.Count == 0)
        {
            throw new ArgumentException("At least one parameter is needed.", nameof(parameters));
        }

        return new(Cmd.ConfigSet, args.Build(), default);
    }

    /// <summary>CONFIG REWRITE: writes the running configuration back to the server's config file; a server started without one refuses.</summary>
    [RedisCommand]
    public static Command<NoArgs, bool, BooleanParser> ConfigRewrite() => new(Cmd.ConfigRewrite, default, default);

    /// <summary>CONFIG RESETSTAT: zeroes the statistics INFO reports (commands processed, keyspace hits...).</summary>
    [RedisCommand]
    public static Command<NoArgs, bool, BooleanParser> ConfigResetStat() => new(Cmd.ConfigResetStat, default, default);

    /// <summary>LASTSAVE: when the last successful save to disk happened (whole seconds).</summary>
    [RedisCommand]
    public static Command<NoArgs, DateTimeOffset, UnixSecondsParser> LastSave() => new(Cmd.LastSave, default, default);

    /// <summary>SAVE: writes the dataset to disk synchronously, blocking every client meanwhile; prefer <see cref="RedisClient.BgSaveAsync"/>.</summary>
    [RedisCommand]
    public static Command<NoArgs, bool, BooleanParser> Save() => new(Cmd.Save, default, default);

    /// <summary>
    /// BGSAVE: saves the dataset in a forked child and returns the server's status
    /// (<c>Background saving started</c>). With <paramref name="schedule"/> (redis-py's default), a
    /// save asked for while an AOF rewrite runs is scheduled (<c>Background saving scheduled</c>)
    /// rather than refused. Check completion with <see cref="RedisClient.LastSaveAsync"/>.
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, string, StatusParser> BgSave(bool schedule = true)
    {
        var args = new ArgListBuilder(1);
        if (schedule)
        {
            args.Add("SCHEDULE");
        }

        return new(Cmd.BgSave, args.Build(), default);
    }

    /// <summary>
    /// BGREWRITEAOF: rewrites the append-only file in the background and returns the server's
    /// status: started, or scheduled when a save is running.
    /// </summary>
    [RedisCommand]
    public static Command<NoArgs, string, StatusParser> BgRewriteAof() => new(Cmd.BgRewriteAof, default, default);

    /// <summary>SWAPDB: exchanges two databases' contents at once, for every client.</summary>
    [RedisCommand]
    public static Command<Args2, bool, BooleanParser> SwapDb(int first, int second)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfNegative(second);
        return new(Cmd.SwapDb, new Args2(first, second), default);
    }

    /// <summary>SCRIPT KILL: stops the running read-only Lua script; a server with none running answers with an error.</summary>
    [RedisCommand]
    public static Command<NoArgs, bool, BooleanParser> ScriptKill() => new(Cmd.ScriptKill, default, default);

    /// <summary>FUNCTION KILL: stops the running read-only function; a server with none running answers with an error.</summary>
    [RedisCommand]
    public static Command<NoArgs, bool, BooleanParser> FunctionKill() => new(Cmd.FunctionKill, default, default);

    /// <summary>LOLWUT: the server's version and a piece of generative art (of <paramref name="version"/>'s style when given).</summary>
    [RedisCommand]
    public static Command<ArgList, string, StatusParser> Lolwut(int? version = null)
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

    /// <summary>MODULE LIST: the loaded modules.</summary>
    [RedisCommand]
    public static Command<NoArgs, RedisModuleInfo[], ModuleListParser> ModuleList() => new(Cmd.ModuleList, default, default);

    /// <summary>MODULE LOAD: loads the module at <paramref name="path"/> (on the server's file system) with its arguments.</summary>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> ModuleLoad(string path, IEnumerable<RedisValue>? arguments = null)
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

    /// <summary>MODULE LOADEX: loads the module at <paramref name="path"/> with configuration values and arguments (Redis 7).</summary>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> ModuleLoadEx(string path, IEnumerable<KeyValuePair<string, RedisValue>>? configs = null, IEnumerable<RedisValue>? arguments = null)
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

    /// <summary>MODULE UNLOAD: unloads the module named <paramref name="name"/>.</summary>
    [RedisCommand]
    public static Command<Args1, bool, BooleanParser> ModuleUnload(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new(Cmd.ModuleUnload, new Args1(name), default);
    }

    /// <summary>
    /// SHUTDOWN [NOSAVE | SAVE] [NOW] [FORCE] [ABORT]. Not generated: RedisClient.ShutdownAsync runs
    /// it on a connection proven open first and takes the connection closing as success.
    /// </summary>
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

    /// <summary>SYNC or ASYNC, for the FLUSH commands (FLUSHDB, SCRIPT FLUSH, FUNCTION FLUSH...).</summary>
    internal static ArgList Mode(bool asynchronous)
    {
        var args = new ArgListBuilder(1);
        args.Add(asynchronous ? "ASYNC" : "SYNC");
        return args.Build();
    }

    /// <summary>Adds <paramref name="token"/> when <paramref name="set"/>: the optional flags of SHUTDOWN, FAILOVER, MIGRATE, CLIENT TRACKING.</summary>
    internal static void Flag(ref ArgListBuilder args, bool set, string token)
    {
        if (set)
        {
            args.Add(token);
        }
    }
}
