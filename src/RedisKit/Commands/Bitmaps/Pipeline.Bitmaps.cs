using RedisKit.Commands;

namespace RedisKit;

public sealed partial class Pipeline
{
    /// <summary>Queues SETBIT (result: bool, the previous bit).</summary>
    public Pipeline SetBit(RedisKey key, long offset, bool value) => Queue(BitmapCommands.SetBit(key, offset, value));

    /// <summary>Queues GETBIT (result: bool).</summary>
    public Pipeline GetBit(RedisKey key, long offset) => Queue(BitmapCommands.GetBit(key, offset));

    /// <summary>Queues BITCOUNT (result: long).</summary>
    public Pipeline BitCount(RedisKey key, long? start = null, long? end = null, BitUnit? mode = null) => Queue(BitmapCommands.BitCount(key, start, end, mode));

    /// <summary>Queues BITPOS (result: long).</summary>
    public Pipeline BitPos(RedisKey key, bool bit, long? start = null, long? end = null, BitUnit? mode = null) => Queue(BitmapCommands.BitPos(key, bit, start, end, mode));

    /// <summary>Queues BITOP (result: long, the destination's length).</summary>
    public Pipeline BitOp(BitOperation operation, RedisKey destination, params RedisKey[] keys) => Queue(BitmapCommands.BitOp(operation, destination, keys));

    /// <summary>Queues BITFIELD with the operations as they are now (result: long?[]).</summary>
    public Pipeline BitField(RedisKey key, BitFieldOperations operations) => Queue(BitmapCommands.BitField(key, operations));

    /// <summary>Queues BITFIELD_RO (result: long?[]).</summary>
    public Pipeline BitFieldRo(RedisKey key, BitFieldOperations operations) => Queue(BitmapCommands.BitFieldRo(key, operations));
}
