using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>Definitions of the server commands.</summary>
internal static class ServerCommands
{
    public static Command<ArgList, RedisServerInfo, InfoParser> Info(IEnumerable<string>? sections)
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

    public static Command<NoArgs, long, Int64Parser> DbSize() => new(Cmd.DbSize, default, default);

    public static Command<ArgList, bool, BooleanParser> FlushDb(bool asynchronous) => new(Cmd.FlushDb, Mode(asynchronous), default);

    public static Command<ArgList, bool, BooleanParser> FlushAll(bool asynchronous) => new(Cmd.FlushAll, Mode(asynchronous), default);

    public static Command<NoArgs, DateTimeOffset, TimeParser> Time() => new(Cmd.Time, default, default);

    public static Command<ArgList, Dictionary<string, string>, StringDictionaryParser> ConfigGet(IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var args = new ArgListBuilder(2);
        foreach (var pattern in patterns)
        {
            args.Add(Check.Value(pattern, nameof(patterns)));
        }

        if (args.Count == 0)
        {
            throw new ArgumentException("At least one parameter pattern is needed.", nameof(patterns));
        }

        return new(Cmd.ConfigGet, args.Build(), default);
    }

    public static Command<ArgList, bool, BooleanParser> ConfigSet(IEnumerable<KeyValuePair<string, RedisValue>> parameters)
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

    /// <summary>SYNC or ASYNC, for the FLUSH commands (FLUSHDB, SCRIPT FLUSH, FUNCTION FLUSH...).</summary>
    internal static ArgList Mode(bool asynchronous)
    {
        var args = new ArgListBuilder(1);
        args.Add(asynchronous ? "ASYNC" : "SYNC");
        return args.Build();
    }
}
