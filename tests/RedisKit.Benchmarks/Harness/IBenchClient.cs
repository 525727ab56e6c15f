namespace RedisKit.Benchmarks.Harness;

/// <summary>One client under test: the operations the workloads need, each in the client's idiomatic fastest form.</summary>
internal interface IBenchClient : IAsyncDisposable
{
    string Name { get; }

    ValueTask SetAsync(string key, byte[] value);

    ValueTask GetAsync(string key);

    /// <summary>GETs of many keys sent as one batch (RedisKit: a pipeline without transaction; StackExchange.Redis: IBatch).</summary>
    ValueTask GetBatchAsync(string[] keys);
}
