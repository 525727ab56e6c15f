namespace RedisKit.Cluster;

/// <summary>
/// Redis Cluster's key-to-slot function: CRC16 (XMODEM) of the key's bytes, or of its hash tag,
/// modulo 16384. The hash tag is what lies between the first <c>{</c> and the next <c>}</c>, when
/// that is not empty; keys with the same tag share a slot and so a node.
/// </summary>
internal static class HashSlot
{
    /// <summary>How many slots a cluster has.</summary>
    public const int Count = 16384;

    private static readonly ushort[] Table = BuildTable();

    /// <summary>The slot of a key given as bytes.</summary>
    public static int Of(ReadOnlySpan<byte> key) => Crc16(Tag(key)) & (Count - 1);

    /// <summary>The part of the key that is hashed: its hash tag when it has a non-empty one, else the whole key.</summary>
    public static ReadOnlySpan<byte> Tag(ReadOnlySpan<byte> key)
    {
        var open = key.IndexOf((byte)'{');
        if (open < 0)
        {
            return key;
        }

        var close = key[(open + 1)..].IndexOf((byte)'}');
        return close > 0 ? key.Slice(open + 1, close) : key;
    }

    /// <summary>CRC16/XMODEM (polynomial 0x1021, initial value 0), as the cluster specification defines it.</summary>
    public static ushort Crc16(ReadOnlySpan<byte> data)
    {
        var table = Table;
        var crc = 0;
        foreach (var b in data)
        {
            crc = ((crc << 8) ^ table[((crc >> 8) ^ b) & 0xFF]) & 0xFFFF;
        }

        return (ushort)crc;
    }

    private static ushort[] BuildTable()
    {
        var table = new ushort[256];
        for (var i = 0; i < table.Length; i++)
        {
            var crc = i << 8;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }

            table[i] = (ushort)crc;
        }

        return table;
    }
}
