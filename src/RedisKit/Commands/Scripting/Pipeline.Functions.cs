using RedisKit.Commands;

namespace RedisKit;

public sealed partial class Pipeline
{
    /// <summary>Queues FCALL (result: untyped, as <see cref="RedisClient.FCallAsync"/> gives it).</summary>
    public Pipeline FCall(string function, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null) =>
        Queue(FunctionCommands.FCall(Cmd.FCall, function, keys, args));

    /// <summary>Queues FCALL_RO (result: untyped).</summary>
    public Pipeline FCallRo(string function, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null) =>
        Queue(FunctionCommands.FCall(Cmd.FCallRo, function, keys, args));

    /// <summary>Queues FUNCTION LOAD (result: the library name as a string).</summary>
    public Pipeline FunctionLoad(string code, bool replace = false) => Queue(FunctionCommands.FunctionLoad(code, replace));

    /// <summary>Queues FUNCTION DELETE (result: bool).</summary>
    public Pipeline FunctionDelete(string library) => Queue(FunctionCommands.FunctionDelete(library));

    /// <summary>Queues FUNCTION LIST (result: <see cref="FunctionLibrary"/>[]).</summary>
    public Pipeline FunctionList(string? library = null, bool withCode = false) => Queue(FunctionCommands.FunctionList(library, withCode));

    /// <summary>Queues FUNCTION FLUSH (result: bool).</summary>
    public Pipeline FunctionFlush(bool asynchronous = false) => Queue(FunctionCommands.FunctionFlush(asynchronous));

    /// <summary>Queues FUNCTION DUMP (result: byte[]).</summary>
    public Pipeline FunctionDump() => Queue(FunctionCommands.FunctionDump());

    /// <summary>Queues FUNCTION RESTORE (result: bool).</summary>
    public Pipeline FunctionRestore(ReadOnlyMemory<byte> payload, FunctionRestorePolicy policy = FunctionRestorePolicy.Append) =>
        Queue(FunctionCommands.FunctionRestore(payload, policy));

    /// <summary>Queues FUNCTION STATS (result: <see cref="RedisKit.FunctionStats"/>).</summary>
    public Pipeline FunctionStats() => Queue(FunctionCommands.FunctionStats());
}
