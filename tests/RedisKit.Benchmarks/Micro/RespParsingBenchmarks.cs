using System.Buffers;
using System.Text;
using BenchmarkDotNet.Attributes;
using RedisKit.Protocol;

namespace RedisKit.Benchmarks.Micro;

/// <summary>Scanning and reading replies: a small bulk string, a 100-element array, a discarded 1,000-element array.</summary>
[MemoryDiagnoser]
public class RespParsingBenchmarks
{
    private readonly ReadOnlySequence<byte> _bulk = new(Encoding.ASCII.GetBytes("$16\r\nvalue-0123456789\r\n"));
    private readonly ReadOnlySequence<byte> _array = new(Encoding.ASCII.GetBytes("*100\r\n" + string.Concat(Enumerable.Repeat("$16\r\nvalue-0123456789\r\n", 100))));
    private readonly ReadOnlySequence<byte> _large = new(Encoding.ASCII.GetBytes("*1000\r\n" + string.Concat(Enumerable.Repeat(":12345\r\n", 1000))));

    [Benchmark]
    public string? ScanAndReadBulkString()
    {
        RespFrameScanner.TryScan(_bulk, out _);
        var reader = new RespReader(_bulk);
        return reader.ReadString(Encoding.UTF8);
    }

    [Benchmark]
    public int ScanAndReadArrayOf100()
    {
        RespFrameScanner.TryScan(_array, out _);
        var reader = new RespReader(_array);
        var count = reader.ReadAggregateHeader(out _);
        var total = 0;
        for (var i = 0; i < count; i++)
        {
            total += reader.ReadBytes()!.Length;
        }

        return total;
    }

    [Benchmark]
    public bool ScanAndSkipDiscardedArrayOf1000()
    {
        RespFrameScanner.TryScan(_large, out _);
        var reader = new RespReader(_large);
        reader.Skip();
        return reader.End;
    }
}
