using RedisKit.Commands;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>PING: checks the server answers (and connects, when nothing is open yet). True on PONG.</summary>
    public ValueTask<bool> PingAsync(CancellationToken cancellationToken = default) => RunAsync(ConnectionCommands.Ping(), cancellationToken);

    /// <summary>PING with a message, which the server sends back.</summary>
    public ValueTask<string?> PingAsync(RedisValue message, CancellationToken cancellationToken = default) =>
        RunAsync(ConnectionCommands.Ping(Commands.Check.Value(message, nameof(message))), cancellationToken);

    /// <summary>ECHO: the server returns <paramref name="message"/>.</summary>
    public ValueTask<string?> EchoAsync(RedisValue message, CancellationToken cancellationToken = default) =>
        RunAsync(ConnectionCommands.Echo(Commands.Check.Value(message, nameof(message))), cancellationToken);

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

    /// <summary>CLIENT GETNAME: the connection's name, or null when it has none.</summary>
    public ValueTask<string?> ClientGetNameAsync(CancellationToken cancellationToken = default) => RunAsync(ConnectionCommands.ClientGetName(), cancellationToken);

    /// <summary>CLIENT ID: the server's id of the connection the command ran on.</summary>
    public ValueTask<long> ClientIdAsync(CancellationToken cancellationToken = default) => RunAsync(ConnectionCommands.ClientId(), cancellationToken);

    /// <summary>CLIENT INFO: the connection the command ran on, as the server sees it.</summary>
    public ValueTask<ClientInfo> ClientInfoAsync(CancellationToken cancellationToken = default) => RunAsync(ConnectionCommands.ClientInfo(), cancellationToken);

    /// <summary>CLIENT LIST: every connection to the server, optionally of one type (normal, master, replica, pubsub) or with given ids.</summary>
    public ValueTask<ClientInfo[]> ClientListAsync(string? type = null, IReadOnlyCollection<long>? clientIds = null, CancellationToken cancellationToken = default) =>
        RunAsync(ConnectionCommands.ClientList(type, clientIds), cancellationToken);

    /// <summary>CLIENT KILL with filters: closes the matching connections and returns how many.</summary>
    public ValueTask<long> ClientKillFilterAsync(ClientKillFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return RunAsync(ConnectionCommands.ClientKill(filter), cancellationToken);
    }

    /// <summary>CLIENT KILL ADDR: closes the connection from <paramref name="address"/> (<c>ip:port</c>); true when one was closed.</summary>
    public async ValueTask<bool> ClientKillAsync(string address, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(address);
        return await ClientKillFilterAsync(new ClientKillFilter { Address = address }, cancellationToken).ConfigureAwait(false) > 0;
    }
}
