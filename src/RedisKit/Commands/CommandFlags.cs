namespace RedisKit.Commands;

/// <summary>What the executor must know about a command, whatever its arguments.</summary>
[Flags]
internal enum CommandFlags
{
    None = 0,

    /// <summary>Reads only; safe to resend after a connection failure.</summary>
    ReadOnly = 1,

    /// <summary>Writes, but running it twice leaves the same state; safe to resend.</summary>
    Idempotent = 2,

    /// <summary>May wait on the server (BLPOP, XREAD BLOCK...): runs on a leased connection with its own deadline.</summary>
    Blocking = 4,

    /// <summary>Changes per-connection state (SELECT, WATCH...): only allowed where one connection is held.</summary>
    ConnectionState = 8,

    /// <summary>
    /// Its arguments may carry secrets (ACL SETUSER passwords): an error reply that quotes one is
    /// redacted before it becomes an exception message, a span status or a log line.
    /// </summary>
    Sensitive = 16,
}
