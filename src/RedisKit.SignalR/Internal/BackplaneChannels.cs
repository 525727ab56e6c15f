namespace RedisKit.SignalR.Internal;

/// <summary>
/// The channel names of one hub, as Microsoft.AspNetCore.SignalR.StackExchangeRedis names them
/// (<c>{prefix}{hub}:all</c>, <c>:group:</c>, <c>:user:</c>, <c>:connection:</c>, <c>:internal:...</c>),
/// so servers on either backplane hear each other.
/// </summary>
internal sealed class BackplaneChannels
{
    private readonly string _prefix;

    public BackplaneChannels(string prefix, string serverName)
    {
        _prefix = prefix;
        All = prefix + ":all";
        GroupManagement = prefix + ":internal:groups";
        ReturnResults = prefix + ":internal:return:" + serverName;
        Ack = prefix + ":internal:ack:" + serverName;
    }

    public string All { get; }

    public string GroupManagement { get; }

    /// <summary>This server's channel for client results answered on other servers.</summary>
    public string ReturnResults { get; }

    /// <summary>This server's channel for group-command acknowledgements.</summary>
    public string Ack { get; }

    public string Connection(string connectionId) => _prefix + ":connection:" + connectionId;

    public string Group(string groupName) => _prefix + ":group:" + groupName;

    public string User(string userId) => _prefix + ":user:" + userId;

    public string AckOf(string serverName) => _prefix + ":internal:ack:" + serverName;
}
