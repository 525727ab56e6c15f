using System.Globalization;
using RedisKit.Commands.Parsers;
using RedisKit.Protocol;

namespace RedisKit.Commands;

/// <summary>
/// The connection commands: handshake, PING, ECHO, SELECT and CLIENT. Each definition marked
/// <see cref="RedisCommandAttribute"/> is the command's one hand-written place; SELECT and CLIENT
/// SETNAME change the connection's state and run through <c>RedisClient.ConnectionState.cs</c>.
/// </summary>
internal static class ConnectionCommands
{
    public static Command<ArgList, HelloResult, HelloParser> Hello(int protocol, string? username, string? password, string? clientName)
    {
        var args = new ArgListBuilder(6);
        args.Add(protocol);
        if (password is not null)
        {
            args.Add("AUTH");
            args.Add(username ?? "default");
            args.Add(password);
        }

        if (clientName is not null)
        {
            args.Add("SETNAME");
            args.Add(clientName);
        }

        return new(Cmd.Hello, args.Build(), default);
    }

    public static Command<ArgList, bool, BooleanParser> Auth(string? username, string password)
    {
        var args = new ArgListBuilder(2);
        if (username is not null)
        {
            args.Add(username);
        }

        args.Add(password);
        return new(Cmd.Auth, args.Build(), default);
    }

    /// <summary>PING: checks the server answers (and connects, when nothing is open yet). True on PONG.</summary>
    [RedisCommand]
    public static Command<NoArgs, bool, PongParser> Ping() => new(Cmd.Ping, default, default);

    /// <summary>PING with a message, which the server sends back.</summary>
    [RedisCommand]
    public static Command<Args1, string?, StringParser> Ping(RedisValue message) => new(Cmd.Ping, new Args1(Check.Value(message, nameof(message))), default);

    /// <summary>ECHO: the server returns <paramref name="message"/>.</summary>
    [RedisCommand]
    public static Command<Args1, string?, StringParser> Echo(RedisValue message) => new(Cmd.Echo, new Args1(Check.Value(message, nameof(message))), default);

    public static Command<Args1, bool, BooleanParser> Select(int database) => new(Cmd.Select, new Args1(database), default);

    public static Command<Args1, bool, BooleanParser> ClientSetName(string name) => new(Cmd.ClientSetName, new Args1(name), default);

    /// <summary>
    /// SELECT: switches this client's connection to another database. Only on a client made by
    /// <see cref="RedisClient.Client"/>; a pooled client picks its database with <see cref="RedisOptions.Database"/>
    /// (the <c>db</c> URL part), and throws <see cref="InvalidOperationException"/> here. If the
    /// connection is replaced (killed, timed out, a server restart), the new one selects this
    /// database again before any command runs on it.
    /// </summary>
    [RedisCommand(Name = "Select", NoPipeline = "it changes the connection's database; a Client() records it to give it back to a replacement connection")]
    public static StatefulCommand<Args1, bool, BooleanParser> SelectOnBound(int database)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(database);
        return new(Select(database), SessionChange.Select(database));
    }

    /// <summary>
    /// CLIENT SETNAME: names this client's connection. Only on a client made by <see cref="RedisClient.Client"/>;
    /// name every pooled connection with <see cref="RedisOptions.ClientName"/> instead. A
    /// replacement connection is given the name again.
    /// </summary>
    [RedisCommand(Name = "ClientSetName", NoPipeline = "it names the connection; a Client() records it to give it back to a replacement connection")]
    public static StatefulCommand<Args1, bool, BooleanParser> ClientSetNameOnBound(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            throw new ArgumentException("A client name cannot contain spaces.", nameof(name));
        }

        return new(new(Cmd.ClientSetNameOnConnection, new Args1(name), default), SessionChange.SetName(name));
    }

    /// <summary>CLIENT GETNAME: the connection's name, or null when it has none.</summary>
    [RedisCommand]
    public static Command<NoArgs, string?, StringParser> ClientGetName() => new(Cmd.ClientGetName, default, default);

    public static Command<Args2, bool, BooleanParser> ClientSetInfo(string attribute, string value) => new(Cmd.ClientSetInfo, new Args2(attribute, value), default);

    /// <summary>CLIENT ID: the server's id of the connection the command ran on.</summary>
    [RedisCommand]
    public static Command<NoArgs, long, Int64Parser> ClientId() => new(Cmd.ClientId, default, default);

    /// <summary>CLIENT INFO: the connection the command ran on, as the server sees it.</summary>
    [RedisCommand]
    public static Command<NoArgs, ClientInfo, ClientInfoParser> ClientInfo() => new(Cmd.ClientInfo, default, default);

    /// <summary>CLIENT LIST: every connection to the server, optionally of one type (normal, master, replica, pubsub) or with given ids.</summary>
    [RedisCommand]
    public static Command<ArgList, ClientInfo[], ClientListParser> ClientList(string? type = null, IReadOnlyCollection<long>? clientIds = null)
    {
        var args = new ArgListBuilder(4);
        if (type is not null)
        {
            args.Add("TYPE");
            args.Add(type);
        }

        if (clientIds is { Count: > 0 })
        {
            args.Add("ID");
            foreach (var id in clientIds)
            {
                args.Add(id);
            }
        }

        return new(Cmd.ClientList, args.Build(), default);
    }

    /// <summary>CLIENT KILL with filters: closes the matching connections and returns how many.</summary>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> ClientKillFilter(ClientKillFilter filter) => new(Cmd.ClientKill, KillArgs(filter), default);

    /// <summary>CLIENT KILL ADDR: closes the connection from <paramref name="address"/> (<c>ip:port</c>); true when one was closed.</summary>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> ClientKill(string address)
    {
        ArgumentException.ThrowIfNullOrEmpty(address);

        // The filter form answers with a count (the old CLIENT KILL ip:port form answers OK or an
        // error); a count of 0 reads as false.
        return new(Cmd.ClientKill, KillArgs(new ClientKillFilter { Address = address }), default);
    }

    private static ArgList KillArgs(ClientKillFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var args = new ArgListBuilder(12);
        AddFilter(ref args, "ID", filter.Id?.ToString(CultureInfo.InvariantCulture));
        AddFilter(ref args, "TYPE", filter.Type);
        AddFilter(ref args, "USER", filter.User);
        AddFilter(ref args, "ADDR", filter.Address);
        AddFilter(ref args, "LADDR", filter.LocalAddress);
        AddFilter(ref args, "MAXAGE", filter.MaxAge is { } age ? ((long)age.TotalSeconds).ToString(CultureInfo.InvariantCulture) : null);
        if (filter.SkipMe is { } skipMe)
        {
            AddFilter(ref args, "SKIPME", skipMe ? "yes" : "no");
        }

        if (args.Count == 0)
        {
            throw new ArgumentException("CLIENT KILL needs at least one filter (Id, Type, User, Address, LocalAddress or MaxAge).", nameof(filter));
        }

        return args.Build();
    }

    private static void AddFilter(ref ArgListBuilder args, string name, string? value)
    {
        if (value is not null)
        {
            args.Add(name);
            args.Add(value);
        }
    }
}

/// <summary>What the handshake needs from HELLO's reply.</summary>
internal readonly record struct HelloResult(int Protocol, long Id);

/// <summary>Reads <c>proto</c> and <c>id</c> from HELLO's map (or RESP2 flat array).</summary>
internal readonly struct HelloParser : IReplyParser<HelloResult>
{
    public HelloResult Parse(ref RespReader reader, in ReplyContext context)
    {
        int protocol = 2;
        long id = 0;
        var fields = NamedFields.Open(ref reader);
        while (fields.MoveNext(ref reader))
        {
            switch (fields.Name)
            {
                case "proto":
                    protocol = (int)reader.ReadInt64();
                    break;
                case "id":
                    id = reader.ReadInt64();
                    break;
            }
        }

        return new HelloResult(protocol, id);
    }
}

/// <summary>PING's reply: PONG (or, on a subscribed RESP2 connection, a ["pong", ""] array) is true.</summary>
internal readonly struct PongParser : IReplyParser<bool>
{
    public bool Parse(ref RespReader reader, in ReplyContext context)
    {
        reader.Skip();
        return true;
    }
}
