using RedisKit.Commands;

namespace RedisKit;

public sealed partial class Pipeline
{
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
            && (!_client.IsSingleConnection || SessionChange.FromArguments(RedisClient.ArgumentTexts(args)).Kind != SessionChangeKind.None))
        {
            throw new InvalidOperationException(
                $"{command.Info.Name} changes the connection's state and cannot be queued in a pipeline; on a client made by Client(), run it with the client's own method (or ExecuteCommandAsync) before the pipeline.");
        }

        return Queue(command);
    }
}
