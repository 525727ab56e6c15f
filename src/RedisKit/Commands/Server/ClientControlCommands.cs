using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>
/// The CLIENT subcommands that control clients rather than list them: pausing every client,
/// unblocking one, exempting a connection from eviction or from touching keys, and client-side
/// caching (TRACKING, CACHING, GETREDIR, TRACKINGINFO). Each definition is the command's one
/// hand-written place; NO-EVICT, NO-TOUCH and TRACKING change their connection's state and are run
/// by hand-written client methods (RedisClient.ClientConnectionState.cs) that record the change.
/// </summary>
internal static class ClientControlCommands
{
    /// <summary>
    /// CLIENT PAUSE: suspends every client's commands for <paramref name="timeout"/> (whole
    /// milliseconds); with <paramref name="all"/> false only writes wait (<c>WRITE</c>), reads go on.
    /// The pause is server-wide; end it early with <see cref="RedisClient.ClientUnpauseAsync"/>.
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> ClientPause(TimeSpan timeout, bool all = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
        var args = new ArgListBuilder(2);
        args.Add((long)Math.Ceiling(timeout.TotalMilliseconds));
        args.Add(all ? "ALL" : "WRITE");
        return new(Cmd.ClientPause, args.Build(), default);
    }

    /// <summary>CLIENT UNPAUSE: ends a CLIENT PAUSE at once.</summary>
    [RedisCommand]
    public static Command<NoArgs, bool, BooleanParser> ClientUnpause() => new(Cmd.ClientUnpause, default, default);

    /// <summary>
    /// CLIENT UNBLOCK: wakes the client <paramref name="clientId"/> from a blocking command, as if
    /// it timed out or, with <paramref name="error"/>, with an UNBLOCKED error. True when it was blocked.
    /// </summary>
    [RedisCommand]
    public static Command<Args2, bool, BooleanParser> ClientUnblock(long clientId, bool error = false) =>
        new(Cmd.ClientUnblock, new Args2(clientId, error ? "ERROR" : "TIMEOUT"), default);

    /// <summary>CLIENT NO-EVICT ON|OFF (run by RedisClient.ClientNoEvictAsync and when a bound connection is replaced).</summary>
    public static Command<Args1, bool, BooleanParser> ClientNoEvict(bool enabled) => new(Cmd.ClientNoEvict, new Args1(OnOff(enabled)), default);

    /// <summary>CLIENT NO-TOUCH ON|OFF (run by RedisClient.ClientNoTouchAsync and when a bound connection is replaced).</summary>
    public static Command<Args1, bool, BooleanParser> ClientNoTouch(bool enabled) => new(Cmd.ClientNoTouch, new Args1(OnOff(enabled)), default);

    /// <summary>CLIENT TRACKINGINFO: the client-side caching state of the connection the command ran on.</summary>
    [RedisCommand]
    public static Command<NoArgs, ClientTrackingInfo, ClientTrackingInfoParser> ClientTrackingInfo() => new(Cmd.ClientTrackingInfo, default, default);

    /// <summary>
    /// CLIENT CACHING YES|NO: whether the next command's keys are tracked, under OPTIN or OPTOUT
    /// tracking. Only on a client made by <see cref="RedisClient.Client"/>, like SELECT.
    /// </summary>
    [RedisCommand(NoPipeline = "it changes how the connection's next command is tracked, and a batch may share its connection with other callers")]
    public static Command<Args1, bool, BooleanParser> ClientCaching(bool enabled) => new(Cmd.ClientCaching, new Args1(enabled ? "YES" : "NO"), default);

    /// <summary>CLIENT GETREDIR: the client id invalidations are redirected to, 0 when tracking without redirection, -1 when tracking is off.</summary>
    [RedisCommand]
    public static Command<NoArgs, long, Int64Parser> ClientGetRedir() => new(Cmd.ClientGetRedir, default, default);

    /// <summary>CLIENT TRACKING ON|OFF [REDIRECT id] [PREFIX p ...] [BCAST] [OPTIN] [OPTOUT] [NOLOOP] (run by RedisClient.ClientTrackingAsync).</summary>
    public static Command<ArgList, bool, BooleanParser> ClientTracking(bool on, long? redirect, IEnumerable<string>? prefixes, bool bcast, bool optIn, bool optOut, bool noLoop)
    {
        if (optIn && optOut)
        {
            throw new ArgumentException("optIn and optOut cannot both be set.", nameof(optIn));
        }

        var args = new ArgListBuilder(8);
        args.Add(on ? "ON" : "OFF");
        if (redirect is { } id)
        {
            args.Add("REDIRECT");
            args.Add(id);
        }

        foreach (var prefix in prefixes ?? [])
        {
            ArgumentNullException.ThrowIfNull(prefix, nameof(prefixes));
            args.Add("PREFIX");
            args.Add(prefix);
        }

        ServerCommands.Flag(ref args, bcast, "BCAST");
        ServerCommands.Flag(ref args, optIn, "OPTIN");
        ServerCommands.Flag(ref args, optOut, "OPTOUT");
        ServerCommands.Flag(ref args, noLoop, "NOLOOP");
        return new(Cmd.ClientTracking, args.Build(), default);
    }

    private static string OnOff(bool enabled) => enabled ? "ON" : "OFF";

    /// <summary>
    /// CLIENT NO-EVICT: exempts this client's connection from client eviction (<c>maxmemory-clients</c>),
    /// or stops exempting it. Only on a client made by <see cref="RedisClient.Client"/>, like SELECT: it changes one
    /// connection's state, so a pooled client throws <see cref="InvalidOperationException"/>. The
    /// connection is not reused by others after the bound client is disposed; a replacement
    /// connection is exempted again.
    /// </summary>
    [RedisCommand(Name = "ClientNoEvict", NoPipeline = "it changes one connection's state, recorded by a Client() for a replacement connection")]
    public static StatefulCommand<Args1, bool, BooleanParser> ClientNoEvictOnBound(bool enabled) =>
        new(ClientNoEvict(enabled), SessionChange.NoEvict(enabled));

    /// <summary>
    /// CLIENT NO-TOUCH (Redis 7.2): while on, this connection's commands leave keys' LRU/LFU access
    /// time alone. Only on a client made by <see cref="RedisClient.Client"/>, like <see cref="RedisClient.ClientNoEvictAsync"/>.
    /// </summary>
    [RedisCommand(Name = "ClientNoTouch", NoPipeline = "it changes one connection's state, recorded by a Client() for a replacement connection")]
    public static StatefulCommand<Args1, bool, BooleanParser> ClientNoTouchOnBound(bool enabled) =>
        new(ClientNoTouch(enabled), SessionChange.NoTouch(enabled));

    /// <summary>
    /// CLIENT TRACKING: turns client-side caching invalidations on or off for this connection,
    /// sending them to <paramref name="redirect"/>'s connection (required under RESP2), for keys
    /// starting with <paramref name="prefixes"/> in <paramref name="bcast"/> mode, only for keys
    /// read after CLIENT CACHING YES (<paramref name="optIn"/>) or except after CLIENT CACHING NO
    /// (<paramref name="optOut"/>), and not for the connection's own writes (<paramref name="noLoop"/>).
    /// Only on a client made by <see cref="RedisClient.Client"/>, like SELECT: a pooled client throws
    /// <see cref="InvalidOperationException"/>. Tracking is not restored on a replacement connection
    /// (invalidations sent meanwhile are lost): if the connection is lost while tracking is on, the
    /// next command throws <see cref="RedisConnectionStateLostException"/>.
    /// </summary>
    [RedisCommand(Name = "ClientTracking", NoPipeline = "it changes one connection's state; a Client() records it so that losing the connection is reported")]
    public static StatefulCommand<ArgList, bool, BooleanParser> ClientTrackingOnBound(bool on, long? redirect = null, IEnumerable<string>? prefixes = null, bool bcast = false,
        bool optIn = false, bool optOut = false, bool noLoop = false) =>
        new(ClientTracking(on, redirect, prefixes, bcast, optIn, optOut, noLoop), SessionChange.Tracking(on));
}
