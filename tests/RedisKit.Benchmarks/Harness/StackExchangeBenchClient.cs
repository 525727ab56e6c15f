using StackExchange.Redis;

namespace RedisKit.Benchmarks.Harness;

/// <summary>StackExchange.Redis as its documentation recommends: one multiplexer, async calls, IBatch for batches.</summary>
internal sealed class StackExchangeBenchClient : IBenchClient
{
    private readonly ConnectionMultiplexer _multiplexer;
    private readonly IDatabase _database;

    public StackExchangeBenchClient(string host, int port)
    {
        _multiplexer = ConnectionMultiplexer.Connect($"{host}:{port},abortConnect=false");
        _database = _multiplexer.GetDatabase();
    }

    public string Name => "StackExchange.Redis";

    public ValueTask SetAsync(string key, byte[] value) => new(_database.StringSetAsync(key, value));

    public ValueTask GetAsync(string key) => new(_database.StringGetAsync(key));

    public async ValueTask GetBatchAsync(string[] keys)
    {
        var batch = _database.CreateBatch();
        var gets = new Task<StackExchange.Redis.RedisValue>[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            gets[i] = batch.StringGetAsync(keys[i]);
        }

        batch.Execute();
        await Task.WhenAll(gets).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await _multiplexer.DisposeAsync().ConfigureAwait(false);
}
