namespace RedisKit;

/// <summary>
/// Everything a <see cref="RedisClient"/> does, as an interface a test can fake: every typed command
/// (generated from the same definitions as the client's methods), the untyped
/// <see cref="ExecuteCommandAsync(object[])"/>, pipelines, transactions, pub/sub, scripts, locks and
/// the SCAN iterators, and the connection events. <c>AddRedis</c> registers the client under this interface too, so a handler can
/// take an <see cref="IRedisClient"/> and a unit test can hand it a fake (written by hand or by a
/// mocking library). Calls through the interface cost one interface dispatch and nothing else;
/// code that holds a <see cref="RedisClient"/> calls it directly.
/// </summary>
/// <remarks>
/// Members that return <see cref="RedisKit.Pipeline"/>, <see cref="RedisKit.PubSub"/>,
/// <see cref="Script"/> or <see cref="RedisLock"/> return the concrete types: a fake that needs
/// them can make them from a <see cref="RedisClient"/> that never connects (creating one does no I/O).
/// </remarks>
public partial interface IRedisClient : IAsyncDisposable, IDisposable
{
    /// <inheritdoc cref="RedisClient.ConnectionFailed"/>
    event EventHandler<RedisConnectionEventArgs>? ConnectionFailed;

    /// <inheritdoc cref="RedisClient.ConnectionRestored"/>
    event EventHandler<RedisConnectionEventArgs>? ConnectionRestored;

    /// <inheritdoc cref="RedisClient.ExecuteCommandAsync(object[])"/>
    ValueTask<object?> ExecuteCommandAsync(params object?[] args);

    /// <inheritdoc cref="RedisClient.ExecuteCommandAsync(object[], CancellationToken)"/>
    ValueTask<object?> ExecuteCommandAsync(object?[] args, CancellationToken cancellationToken);

    /// <inheritdoc cref="RedisClient.ExecuteCommand(object[])"/>
    object? ExecuteCommand(params object?[] args);

    /// <inheritdoc cref="RedisClient.Client"/>
    IRedisClient Client();

    /// <inheritdoc cref="RedisClient.Pipeline(bool)"/>
    Pipeline Pipeline(bool transaction = true);

    /// <inheritdoc cref="RedisClient.TransactionAsync(Func{Pipeline, Task}, IEnumerable{RedisKey}, int, CancellationToken)"/>
    Task<PipelineResults> TransactionAsync(Func<Pipeline, Task> body, IEnumerable<RedisKey> watches, int maxAttempts = 100,
        CancellationToken cancellationToken = default);

    /// <inheritdoc cref="RedisClient.PubSub(bool, int)"/>
    PubSub PubSub(bool ignoreSubscribeMessages = false, int bufferCapacity = 10_000);

    /// <inheritdoc cref="RedisClient.RegisterScript(string)"/>
    Script RegisterScript(string lua);

    /// <inheritdoc cref="RedisClient.Lock(RedisKey, TimeSpan?, TimeSpan?, bool, TimeSpan?)"/>
    RedisLock Lock(RedisKey name, TimeSpan? timeout = null, TimeSpan? sleep = null, bool blocking = true, TimeSpan? blockingTimeout = null);

    /// <inheritdoc cref="RedisClient.ScanIterAsync(string?, long?, string?, CancellationToken)"/>
    IAsyncEnumerable<string> ScanIterAsync(string? match = null, long? count = null, string? type = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="RedisClient.HScanIterAsync(RedisKey, string?, long?, CancellationToken)"/>
    IAsyncEnumerable<KeyValuePair<string, string>> HScanIterAsync(RedisKey key, string? match = null, long? count = null,
        CancellationToken cancellationToken = default);

    /// <inheritdoc cref="RedisClient.SScanIterAsync(RedisKey, string?, long?, CancellationToken)"/>
    IAsyncEnumerable<string> SScanIterAsync(RedisKey key, string? match = null, long? count = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="RedisClient.ZScanIterAsync(RedisKey, string?, long?, CancellationToken)"/>
    IAsyncEnumerable<ScoredMember> ZScanIterAsync(RedisKey key, string? match = null, long? count = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="RedisClient.MonitorAsync(int, CancellationToken)"/>
    IAsyncEnumerable<MonitorEntry> MonitorAsync(int bufferCapacity = 10_000, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="RedisClient.ShutdownAsync(bool?, bool, bool, bool, CancellationToken)"/>
    ValueTask ShutdownAsync(bool? save = null, bool now = false, bool force = false, bool abort = false, CancellationToken cancellationToken = default);
}
