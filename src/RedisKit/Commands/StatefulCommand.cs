namespace RedisKit.Commands;

/// <summary>
/// A command that changes its connection's state (SELECT, CLIENT SETNAME, READONLY...), with the
/// change it makes: a client made by <c>Client()</c> records the change once the command
/// succeeds, so that a replacement connection is given it again. Such commands run only on a
/// bound client and have no pipeline form.
/// </summary>
internal readonly struct StatefulCommand<TArgs, T, TParser>(Command<TArgs, T, TParser> command, SessionChange change)
    where TArgs : struct, ICommandArgs
    where TParser : struct, IReplyParser<T>
{
    public Command<TArgs, T, TParser> Command { get; } = command;

    public SessionChange Change { get; } = change;
}
