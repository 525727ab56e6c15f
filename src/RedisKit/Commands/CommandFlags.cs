namespace RedisKit.Commands;

/// <summary>What the executor must know about a command, whatever its arguments.</summary>
[Flags]
internal enum CommandFlags
{
    None = 0,

    /// <summary>
    /// The server flags it <c>readonly</c> (COMMAND INFO): it only reads the keyspace, so a replica
    /// may serve it and it is safe to resend after a connection failure. Exactly the server's flag,
    /// checked by a test against COMMAND INFO.
    /// </summary>
    ReadOnly = 1,

    /// <summary>
    /// Not read-only for the server, but safe to resend after a reply was lost: a resend cannot be
    /// told apart from the first send arriving late, with every argument the definition is used
    /// with. Its second run leaves the data as one run would (a later run overwrites an earlier
    /// one's effect) and gives the reply one run would. So: queries of the server or connection
    /// (PING, INFO, CONFIG GET), and writes such as SET without NX or GET, MSET, SETRANGE, LSET,
    /// CONFIG SET, FLUSHDB. Not: DEL, SADD, HSET, ZADD, XACK, PFADD, PERSIST (they count what they
    /// changed, 0 the second time), SETBIT (answers the bit it replaced), SET NX (nil the second
    /// time), INCR (acts again), a store whose destination may be one of its sources and be
    /// changed again (ZUNIONSTORE, SDIFFSTORE, BITOP), EXPIRE (its NX, GT and LT conditions fail
    /// the second time). A command the server flags <c>write</c> may be Idempotent only with its
    /// reason listed in the COMMAND INFO test.
    /// </summary>
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
