namespace RedisKit.Commands;

/// <summary>What a connection-state command changed, recorded once it succeeded on a bound connection.</summary>
internal enum SessionChangeKind
{
    None,
    Select,
    SetName,
    NoEvict,
    NoTouch,
    ReadOnly,
    Watch,
    Unwatch,
    Multi,

    /// <summary>EXEC or DISCARD: the transaction and every WATCH end, even when EXEC is refused.</summary>
    EndTransaction,
    Tracking,

    /// <summary>RESET: the server puts the connection back to its defaults (RESP2, default user, db 0).</summary>
    Reset,

    /// <summary>State a new connection cannot be given back (AUTH, HELLO, SUBSCRIBE, MONITOR, CLIENT REPLY).</summary>
    Unrestorable,
}

/// <summary>
/// A connection-state change: its kind, a number (the database), a text (the name, or what an
/// unrestorable change was) and a switch (on or off).
/// </summary>
internal readonly record struct SessionChange(SessionChangeKind Kind, int Number = 0, string? Text = null, bool On = false)
{
    public static SessionChange Select(int database) => new(SessionChangeKind.Select, database);

    public static SessionChange SetName(string name) => new(SessionChangeKind.SetName, Text: name);

    public static SessionChange NoEvict(bool on) => new(SessionChangeKind.NoEvict, On: on);

    public static SessionChange NoTouch(bool on) => new(SessionChangeKind.NoTouch, On: on);

    public static SessionChange ReadOnly(bool on) => new(SessionChangeKind.ReadOnly, On: on);

    public static SessionChange Tracking(bool on) => new(SessionChangeKind.Tracking, On: on);

    public static SessionChange Watch { get; } = new(SessionChangeKind.Watch);

    public static SessionChange Unwatch { get; } = new(SessionChangeKind.Unwatch);

    /// <summary>
    /// True when a lost WATCH or MULTI does not matter to the command: it ends them anyway
    /// (UNWATCH, DISCARD, RESET), so it may run on a new connection without complaint.
    /// </summary>
    public bool EndsLostTransaction => Kind is SessionChangeKind.Unwatch or SessionChangeKind.Reset
                                       || (Kind == SessionChangeKind.EndTransaction && !On);

    /// <summary>
    /// The change of a raw command given to <c>ExecuteCommandAsync</c>, from its name and
    /// arguments; <see cref="SessionChangeKind.None"/> for commands that change nothing lasting
    /// (ASKING and CLIENT CACHING affect the next command only).
    /// </summary>
    public static SessionChange FromArguments(IReadOnlyList<string?> args)
    {
        var name = args.Count > 0 ? args[0]?.ToUpperInvariant() : null;
        var sub = args.Count > 1 ? args[1]?.ToUpperInvariant() : null;
        var third = args.Count > 2 ? args[2] : null;
        return name switch
        {
            "SELECT" when args.Count == 2 && int.TryParse(args[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var db)
                => Select(db),
            "SELECT" => new(SessionChangeKind.Unrestorable, Text: "SELECT with an argument that is not a database number"),
            "WATCH" => Watch,
            "UNWATCH" => Unwatch,
            "MULTI" => new(SessionChangeKind.Multi),

            // On marks EXEC, which commits: a lost MULTI must fail it loudly, while DISCARD needs no transaction.
            "EXEC" => new(SessionChangeKind.EndTransaction, On: true),
            "DISCARD" => new(SessionChangeKind.EndTransaction, On: false),
            "RESET" => new(SessionChangeKind.Reset),
            "READONLY" => ReadOnly(true),
            "READWRITE" => ReadOnly(false),
            "AUTH" => new(SessionChangeKind.Unrestorable, Text: "AUTH (the connection's user)"),
            "HELLO" => new(SessionChangeKind.Unrestorable, Text: "HELLO (the connection's protocol or user)"),
            "SUBSCRIBE" or "PSUBSCRIBE" or "SSUBSCRIBE" => new(SessionChangeKind.Unrestorable, Text: name + " (subscriptions)"),
            "MONITOR" => new(SessionChangeKind.Unrestorable, Text: "MONITOR"),
            "CLIENT" => sub switch
            {
                "SETNAME" when third is not null => SetName(third),
                "NO-EVICT" => NoEvict(string.Equals(third, "ON", StringComparison.OrdinalIgnoreCase)),
                "NO-TOUCH" => NoTouch(string.Equals(third, "ON", StringComparison.OrdinalIgnoreCase)),
                "TRACKING" => Tracking(string.Equals(third, "ON", StringComparison.OrdinalIgnoreCase)),
                "REPLY" when !string.Equals(third, "ON", StringComparison.OrdinalIgnoreCase) => new(SessionChangeKind.Unrestorable, Text: "CLIENT REPLY"),
                _ => default,
            },
            _ => default,
        };
    }
}
