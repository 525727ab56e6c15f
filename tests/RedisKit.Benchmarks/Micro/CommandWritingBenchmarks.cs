using System.Buffers;
using System.Text;
using BenchmarkDotNet.Attributes;
using RedisKit.Commands;
using RedisKit.Protocol;

namespace RedisKit.Benchmarks.Micro;

/// <summary>Encoding commands into a reused buffer: GET, SET with EX, a 1 KiB value.</summary>
[MemoryDiagnoser]
public class CommandWritingBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly byte[] _kib = new byte[1024];

    [Benchmark]
    public int WriteGet()
    {
        _buffer.ResetWrittenCount();
        var writer = new RespWriter(_buffer);
        StringCommands.Get("user:1000:name").WriteTo(ref writer, Encoding.UTF8);
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int WriteSetWithExpiry()
    {
        _buffer.ResetWrittenCount();
        var writer = new RespWriter(_buffer);
        StringCommands.Set("user:1000:name", "Ada Lovelace", ex: TimeSpan.FromSeconds(60))
            .WriteTo(ref writer, Encoding.UTF8);
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int WriteSetOfOneKiB()
    {
        _buffer.ResetWrittenCount();
        var writer = new RespWriter(_buffer);
        StringCommands.Set("blob", _kib).WriteTo(ref writer, Encoding.UTF8);
        return _buffer.WrittenCount;
    }
}
