using System.Buffers;
using System.Text;

namespace RedisKit.Tests.Protocol;

/// <summary>Builds multi-segment sequences, to feed the parser fragmented input.</summary>
internal static class Segments
{
    public static ReadOnlySequence<byte> Of(params byte[][] chunks)
    {
        if (chunks.Length == 1)
        {
            return new ReadOnlySequence<byte>(chunks[0]);
        }

        Chunk? first = null;
        Chunk? last = null;
        foreach (var chunk in chunks)
        {
            var next = new Chunk(chunk);
            if (first is null)
            {
                first = next;
            }
            else
            {
                last!.Append(next);
            }

            last = next;
        }

        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

    public static ReadOnlySequence<byte> SplitAt(byte[] data, params int[] offsets)
    {
        var chunks = new List<byte[]>();
        var start = 0;
        foreach (var offset in offsets)
        {
            chunks.Add(data[start..offset]);
            start = offset;
        }

        chunks.Add(data[start..]);
        return Of([.. chunks]);
    }

    public static ReadOnlySequence<byte> OneByteEach(byte[] data) => Of([.. data.Select(b => new[] { b })]);

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private sealed class Chunk : ReadOnlySequenceSegment<byte>
    {
        public Chunk(byte[] data)
        {
            Memory = data;
        }

        public void Append(Chunk next)
        {
            next.RunningIndex = RunningIndex + Memory.Length;
            Next = next;
        }
    }
}
