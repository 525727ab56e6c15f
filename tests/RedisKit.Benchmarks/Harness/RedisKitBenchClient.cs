using System.Buffers;
using System.Runtime.CompilerServices;

namespace RedisKit.Benchmarks.Harness;

/// <summary>
/// RedisKit through its typed API; <paramref name="bufferPath"/> reads values into a reused buffer instead
/// of byte arrays; <paramref name="throughInterface"/> makes every call through <see cref="IRedisClient"/>,
/// as a handler that takes the interface does.
/// </summary>
internal sealed class RedisKitBenchClient(string url, bool bufferPath, bool throughInterface = false) : IBenchClient
{
    private readonly RedisClient _client = RedisClient.FromUrl(url);
    // Typed as the interface on purpose: calls through it are what this variant measures.
#pragma warning disable CA1859
    private readonly IRedisClient? _interface = throughInterface ? RedisClient.FromUrl(url) : null;
#pragma warning restore CA1859

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    public string Name => throughInterface ? "RedisKit (IRedisClient)" : bufferPath ? "RedisKit (buffer)" : "RedisKit";

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask SetAsync(string key, byte[] value)
    {
        if (_interface is not null)
        {
            await _interface.SetAsync(key, value).ConfigureAwait(false);
        }
        else
        {
            await _client.SetAsync(key, value).ConfigureAwait(false);
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask GetAsync(string key)
    {
        if (bufferPath)
        {
            var buffer = _buffer ??= new ArrayBufferWriter<byte>(1 << 20);
            buffer.ResetWrittenCount();
            await _client.GetAsync(key, buffer).ConfigureAwait(false);
        }
        else if (_interface is not null)
        {
            await _interface.GetBytesAsync(key).ConfigureAwait(false);
        }
        else
        {
            await _client.GetBytesAsync(key).ConfigureAwait(false);
        }
    }

    public async ValueTask GetBatchAsync(string[] keys)
    {
        var pipe = _interface is not null ? _interface.Pipeline(transaction: false) : _client.Pipeline(transaction: false);
        foreach (var key in keys)
        {
            pipe.GetBytes(key);
        }

        await pipe.ExecuteAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _client.DisposeAsync().ConfigureAwait(false);
        if (_interface is not null)
        {
            await _interface.DisposeAsync().ConfigureAwait(false);
        }
    }
}
