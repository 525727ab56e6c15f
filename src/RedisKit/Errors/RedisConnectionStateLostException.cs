namespace RedisKit;

/// <summary>
/// The connection of a client made by <c>Client()</c> was lost while it held state that a new
/// connection cannot be given back: a WATCH or MULTI in progress, CLIENT TRACKING, or a user,
/// protocol or mode switched with raw commands (AUTH, HELLO, RESET, SUBSCRIBE, MONITOR, CLIENT REPLY).
/// The command that met the loss did not run. Later commands run on a new connection with the
/// state that can be restored (SELECT, CLIENT SETNAME, CLIENT NO-EVICT, CLIENT NO-TOUCH, READONLY)
/// restored, and without the state this exception names. It is also raised, for every command,
/// while the server refuses the commands that restore the state (a user who lost <c>+select</c>,
/// say): nothing runs in the wrong database. Not transient: sending the command again would run it
/// without the state it relied on; start the transaction (or tracking) over instead.
/// </summary>
public sealed class RedisConnectionStateLostException : RedisConnectionException
{
    /// <summary>Creates an exception with a message.</summary>
    public RedisConnectionStateLostException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and the failure that caused it.</summary>
    public RedisConnectionStateLostException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates an exception with a generic message.</summary>
    public RedisConnectionStateLostException() : base("The connection was lost with state that a new connection cannot restore.") { }

    /// <summary>Always false: the state the command relied on is gone.</summary>
    public override bool IsTransient => false;
}
