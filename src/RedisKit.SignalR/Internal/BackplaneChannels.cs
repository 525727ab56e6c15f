namespace RedisKit.SignalR.Internal;

/// <summary>
/// The channel names of one hub, as Microsoft.AspNetCore.SignalR.StackExchangeRedis names them
/// (<c>{prefix}{hub}:all</c>, <c>:group:</c>, <c>:user:</c>, <c>:connection:</c>, <c>:internal:...</c>),
/// so servers on either backplane hear each other.
/// </summary>
internal sealed class BackplaneChannels
{
    private readonly string _channelPrefix;
    private readonly string _prefix;

    public BackplaneChannels(string channelPrefix, string hubName, string serverName)
    {
        _channelPrefix = channelPrefix;
        _prefix = channelPrefix + hubName;
        All = _prefix + ":all";
        GroupManagement = _prefix + ":internal:groups";
        ReturnResultsOnWire = hubName + ":internal:return:" + serverName;
        ReturnResults = channelPrefix + ReturnResultsOnWire;
        Ack = _prefix + ":internal:ack:" + serverName;
    }

    public string All { get; }

    public string GroupManagement { get; }

    /// <summary>This server's channel for client results answered on other servers.</summary>
    public string ReturnResults { get; }

    /// <summary>
    /// <see cref="ReturnResults"/> as written into invocations: without the channel prefix, because
    /// StackExchange.Redis adds its ChannelPrefix when Microsoft's backplane publishes to it.
    /// </summary>
    public string ReturnResultsOnWire { get; }

    /// <summary>This server's channel for group-command acknowledgements.</summary>
    public string Ack { get; }

    public string Connection(string connectionId) => _prefix + ":connection:" + connectionId;

    public string Group(string groupName) => _prefix + ":group:" + groupName;

    public string User(string userId) => _prefix + ":user:" + userId;

    /// <summary>The channel a return channel named in an invocation stands for (see <see cref="ReturnResultsOnWire"/>).</summary>
    public string ReturnChannel(string onWire) => _channelPrefix + onWire;

    public string AckOf(string serverName) => _prefix + ":internal:ack:" + serverName;
}
