using RedisKit.Commands;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>
    /// FCALL: calls the function <paramref name="function"/> of a loaded library (<see cref="FunctionLoadAsync"/>)
    /// with <paramref name="keys"/> and <paramref name="args"/>. The reply is untyped, as
    /// <see cref="ExecuteCommandAsync(object[])"/> gives it.
    /// </summary>
    /// <param name="function">The function's name.</param>
    /// <param name="keys">The keys the function touches, which Redis (and a cluster router) must know; null for none.</param>
    /// <param name="args">The other arguments; null for none.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<object?> FCallAsync(string function, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(FunctionCommands.FCall(Cmd.FCall, function, keys, args), cancellationToken);

    /// <summary>
    /// FCALL_RO: <see cref="FCallAsync"/> for a function registered with the <c>no-writes</c> flag (others are
    /// refused). Redis accepts it on read-only replicas, and it is resent after a connection failure.
    /// </summary>
    /// <param name="function">The function's name.</param>
    /// <param name="keys">The keys the function reads; null for none.</param>
    /// <param name="args">The other arguments; null for none.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<object?> FCallRoAsync(string function, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(FunctionCommands.FCall(Cmd.FCallRo, function, keys, args), cancellationToken);

    /// <summary>
    /// FUNCTION LOAD: loads a library (its code starts with <c>#!lua name=...</c>) and returns the library's
    /// name. Loading a library whose name is taken fails unless <paramref name="replace"/> is set.
    /// </summary>
    public ValueTask<string> FunctionLoadAsync(string code, bool replace = false, CancellationToken cancellationToken = default) =>
        RunAsync(FunctionCommands.FunctionLoad(code, replace), cancellationToken);

    /// <summary>FUNCTION DELETE: deletes a library and its functions; true when done. An unknown library is a <see cref="RedisResponseException"/>.</summary>
    public ValueTask<bool> FunctionDeleteAsync(string library, CancellationToken cancellationToken = default) =>
        RunAsync(FunctionCommands.FunctionDelete(library), cancellationToken);

    /// <summary>FUNCTION LIST: the loaded libraries with their functions, optionally only those whose name matches a pattern, and their code.</summary>
    /// <param name="library">A glob pattern on library names (LIBRARYNAME); null for every library.</param>
    /// <param name="withCode">Also return each library's source (WITHCODE).</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<FunctionLibrary[]> FunctionListAsync(string? library = null, bool withCode = false, CancellationToken cancellationToken = default) =>
        RunAsync(FunctionCommands.FunctionList(library, withCode), cancellationToken);

    /// <summary>
    /// FUNCTION FLUSH: deletes every library on the server, for every client of the server. SYNC unless
    /// <paramref name="asynchronous"/>.
    /// </summary>
    public ValueTask<bool> FunctionFlushAsync(bool asynchronous = false, CancellationToken cancellationToken = default) =>
        RunAsync(FunctionCommands.FunctionFlush(asynchronous), cancellationToken);

    /// <summary>FUNCTION DUMP: every loaded library as an opaque binary payload for <see cref="FunctionRestoreAsync"/>.</summary>
    public ValueTask<byte[]> FunctionDumpAsync(CancellationToken cancellationToken = default) => RunAsync(FunctionCommands.FunctionDump(), cancellationToken);

    /// <summary>FUNCTION RESTORE: loads the libraries of a <see cref="FunctionDumpAsync"/> payload; true when done.</summary>
    /// <param name="payload">What FUNCTION DUMP returned.</param>
    /// <param name="policy">What happens to the libraries already loaded; <see cref="FunctionRestorePolicy.Append"/> fails on a name clash.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<bool> FunctionRestoreAsync(ReadOnlyMemory<byte> payload, FunctionRestorePolicy policy = FunctionRestorePolicy.Append,
        CancellationToken cancellationToken = default) =>
        RunAsync(FunctionCommands.FunctionRestore(payload, policy), cancellationToken);

    /// <summary>FUNCTION STATS: the function running now, if any, and how many libraries and functions each engine holds.</summary>
    public ValueTask<FunctionStats> FunctionStatsAsync(CancellationToken cancellationToken = default) => RunAsync(FunctionCommands.FunctionStats(), cancellationToken);
}
