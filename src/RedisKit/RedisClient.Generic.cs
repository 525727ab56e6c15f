using RedisKit.Commands;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>
    /// Runs any command from its raw arguments, name first: <c>ExecuteCommandAsync("OBJECT", "ENCODING", "key")</c>.
    /// Arguments may be strings, byte arrays, memory, numbers, <see cref="RedisKey"/> or <see cref="RedisValue"/>.
    /// The reply is untyped: strings (or byte arrays when <see cref="RedisOptions.DecodeResponses"/> is false),
    /// <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, <c>object?[]</c>,
    /// <c>Dictionary&lt;object, object?&gt;</c> or null; an error reply throws. Blocking commands
    /// (BLPOP...) run on a connection of their own; commands that change a connection's state
    /// (SELECT, WATCH, MULTI...) need a client made by <see cref="Client"/>.
    /// </summary>
    public ValueTask<object?> ExecuteCommandAsync(params object?[] args) => ExecuteCommandAsync(args, CancellationToken.None);

    /// <inheritdoc cref="ExecuteCommandAsync(object[])"/>
    /// <param name="args">The command name and its arguments.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply; the connection stays sound.</param>
    public ValueTask<object?> ExecuteCommandAsync(object?[] args, CancellationToken cancellationToken)
    {
        var command = UntypedCommands.Create(args);
        return RunAsync(command, cancellationToken);
    }
}
