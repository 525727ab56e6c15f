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
        if (_bound is not null && (command.Info.Flags & CommandFlags.ConnectionState) != 0)
        {
            var change = SessionChange.FromArguments(ArgumentTexts(args));
            if (change.Kind != SessionChangeKind.None)
            {
                return RunStatefulAsync(command, change, cancellationToken);
            }
        }

        return RunAsync(command, cancellationToken);
    }

    /// <summary>The first three arguments as text: enough to tell what a connection-state command changes.</summary>
    internal static string?[] ArgumentTexts(object?[] args)
    {
        var texts = new string?[Math.Min(args.Length, 3)];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = RedisValue.FromObject(args[i], i).ToString();
        }

        return texts;
    }
}
