using RedisKit.Commands;

namespace RedisKit;

// The connection commands that change the connection's state (SELECT, CLIENT SETNAME): they run through
// RunStatefulAsync, which records the change so that a replacement connection is given it again, so they are
// not generated methods and have no pipeline form.
public sealed partial class RedisClient
{
    /// <summary>
    /// SELECT: switches this client's connection to another database. Only on a client made by
    /// <see cref="Client"/>; a pooled client picks its database with <see cref="RedisOptions.Database"/>
    /// (the <c>db</c> URL part), and throws <see cref="InvalidOperationException"/> here. If the
    /// connection is replaced (killed, timed out, a server restart), the new one selects this
    /// database again before any command runs on it.
    /// </summary>
    public ValueTask<bool> SelectAsync(int database, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(database);
        return RunStatefulAsync(ConnectionCommands.Select(database), Connections.SessionChange.Select(database), cancellationToken);
    }

    /// <summary>
    /// CLIENT SETNAME: names this client's connection. Only on a client made by <see cref="Client"/>;
    /// name every pooled connection with <see cref="RedisOptions.ClientName"/> instead. A
    /// replacement connection is given the name again.
    /// </summary>
    public ValueTask<bool> ClientSetNameAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            throw new ArgumentException("A client name cannot contain spaces.", nameof(name));
        }

        var command = ConnectionCommands.ClientSetName(name);
        return RunStatefulAsync(new Command<Args1, bool, Commands.Parsers.BooleanParser>(Cmd.ClientSetNameOnConnection, command.Args, default), Connections.SessionChange.SetName(name), cancellationToken);
    }
}
