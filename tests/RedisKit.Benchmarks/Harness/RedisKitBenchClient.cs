using System.Buffers;
using System.Runtime.CompilerServices;

namespace RedisKit.Benchmarks.Harness;

/// <summary>RedisKit through its typed API; <paramref name="bufferPath"/> reads values into a reused buffer instead of byte arrays.</summary>
internal sealed class RedisKitBenchClient(string url, bool bufferPath) : IBenchClient
{
    private readonly RedisClient _client = RedisClient.FromUrl(url);

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    public string Name => bufferPath ? "RedisKit (buffer)" : "RedisKit";

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask SetAsync(string key, byte[] value) => await _client.SetAsync(key, value).ConfigureAwait(false);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask GetAsync(string key)
    {
        if (bufferPath)
        {
            var buffer = _buffer ??= new ArrayBufferWriter<byte>(1 << 20);
            buffer.ResetWrittenCount();
            await _client.GetAsync(key, buffer).ConfigureAwait(false);
        }
        else
        {
            await _client.GetBytesAsync(key).ConfigureAwait(false);
        }
    }

    public async ValueTask GetBatchAsync(string[] keys)
    {
        var pipe = _client.Pipeline(transaction: false);
        foreach (var key in keys)
        {
            pipe.GetBytes(key);
        }

        await pipe.ExecuteAsync().ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _client.DisposeAsync();
}
