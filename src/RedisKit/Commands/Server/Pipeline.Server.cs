using RedisKit.Commands;

namespace RedisKit;

public sealed partial class Pipeline
{
    /// <summary>Queues DBSIZE (result: long).</summary>
    public Pipeline DbSize() => Queue(ServerCommands.DbSize());

    /// <summary>Queues TIME (result: DateTimeOffset).</summary>
    public Pipeline Time() => Queue(ServerCommands.Time());

    /// <summary>Queues INFO (result: RedisServerInfo).</summary>
    public Pipeline Info(string? section = null) => Queue(ServerCommands.Info(section is null ? null : [section]));

    /// <summary>Queues CONFIG GET (result: Dictionary&lt;string, string&gt;).</summary>
    public Pipeline ConfigGet(string pattern = "*") => Queue(ServerCommands.ConfigGet([pattern]));

    /// <summary>Queues a Lua script by SHA (result: untyped); it is loaded first if the server lacks it.</summary>
    public Pipeline Script(Script script, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        return Queue(ScriptingCommands.EvalSha(script.Sha, keys, args), script);
    }

    /// <summary>
    /// Queues any command from raw arguments, name first (result: untyped, text or bytes per
    /// <see cref="RedisOptions.DecodeResponses"/>). Commands that change the connection's state
    /// for longer than the next command (SELECT, WATCH, CLIENT SETNAME...) are refused: on a
    /// pooled client they would change the shared connection under every other caller, and on a
    /// client made by <see cref="RedisClient.Client"/> they belong to its own methods, which record
    /// the change so that a replacement connection is given it back.
    /// </summary>
    /// <exception cref="InvalidOperationException">The command changes the connection's state.</exception>
    public Pipeline ExecuteCommand(params object?[] args)
    {
        var command = UntypedCommands.Create(args);
        if ((command.Info.Flags & CommandFlags.ConnectionState) != 0
            && (!_client.IsSingleConnection || Connections.SessionChange.FromArguments(RedisClient.ArgumentTexts(args)).Kind != Connections.SessionChangeKind.None))
        {
            throw new InvalidOperationException(
                $"{command.Info.Name} changes the connection's state and cannot be queued in a pipeline; on a client made by Client(), run it with the client's own method (or ExecuteCommandAsync) before the pipeline.");
        }

        return Queue(command);
    }
}
