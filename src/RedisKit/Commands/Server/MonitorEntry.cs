namespace RedisKit;

/// <summary>
/// One command the server ran, as MONITOR reports it (redis-py's monitor dictionary). Redis itself
/// hides the arguments of AUTH and HELLO (<c>(redacted)</c>) and leaves out admin commands.
/// </summary>
/// <param name="Time">When the server ran the command (microsecond precision).</param>
/// <param name="Database">The database the command ran in.</param>
/// <param name="ClientAddress">Who sent it: <c>ip:port</c>, <c>unix:/path</c>, or <c>lua</c> for a script's calls.</param>
/// <param name="Arguments">The command and its arguments, name first, unescaped and decoded with <see cref="RedisOptions.Encoding"/>.</param>
public sealed record MonitorEntry(DateTimeOffset Time, int Database, string ClientAddress, IReadOnlyList<string> Arguments)
{
    /// <summary>The command's name as sent (<c>SET</c>, <c>get</c>...); empty if the line had none.</summary>
    public string Command => Arguments.Count > 0 ? Arguments[0] : string.Empty;

    /// <summary>How the client is connected, as redis-py says it: <c>tcp</c>, <c>unix</c> or <c>lua</c>.</summary>
    public string ClientType => ClientAddress switch
    {
        "lua" => "lua",
        _ when ClientAddress.StartsWith("unix:", StringComparison.Ordinal) => "unix",
        _ => "tcp",
    };
}
