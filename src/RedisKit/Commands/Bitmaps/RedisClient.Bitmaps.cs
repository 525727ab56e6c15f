using RedisKit.Commands;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>SETBIT: sets or clears the bit at <paramref name="offset"/>, growing the string as needed; returns the bit's previous value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative.</exception>
    public ValueTask<bool> SetBitAsync(RedisKey key, long offset, bool value, CancellationToken cancellationToken = default) =>
        RunAsync(BitmapCommands.SetBit(key, offset, value), cancellationToken);

    /// <summary>GETBIT: the bit at <paramref name="offset"/>; false beyond the end of the string or when the key does not exist.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative.</exception>
    public ValueTask<bool> GetBitAsync(RedisKey key, long offset, CancellationToken cancellationToken = default) =>
        RunAsync(BitmapCommands.GetBit(key, offset), cancellationToken);

    /// <summary>
    /// BITCOUNT: the number of set bits, in the whole string or from <paramref name="start"/> to
    /// <paramref name="end"/> inclusive (negative values count from the end), in bytes or, with
    /// <paramref name="mode"/> <see cref="BitUnit.Bit"/>, in bits.
    /// </summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="start"/> and <paramref name="end"/> is given, or <paramref name="mode"/> without them.</exception>
    public ValueTask<long> BitCountAsync(RedisKey key, long? start = null, long? end = null, BitUnit? mode = null, CancellationToken cancellationToken = default) =>
        RunAsync(BitmapCommands.BitCount(key, start, end, mode), cancellationToken);

    /// <summary>
    /// BITPOS: the position of the first bit equal to <paramref name="bit"/>, searching from
    /// <paramref name="start"/> to <paramref name="end"/> (bytes, or bits with <paramref name="mode"/>);
    /// -1 when there is none (see Redis' rules for a clear bit past the end).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> without <paramref name="start"/>, or <paramref name="mode"/> without <paramref name="end"/>.</exception>
    public ValueTask<long> BitPosAsync(RedisKey key, bool bit, long? start = null, long? end = null, BitUnit? mode = null, CancellationToken cancellationToken = default) =>
        RunAsync(BitmapCommands.BitPos(key, bit, start, end, mode), cancellationToken);

    /// <summary>BITOP: stores the bitwise <paramref name="operation"/> of the source keys in <paramref name="destination"/>; returns its length in bytes.</summary>
    /// <exception cref="ArgumentException">No source key, or not exactly one for <see cref="BitOperation.Not"/>.</exception>
    public ValueTask<long> BitOpAsync(BitOperation operation, RedisKey destination, params RedisKey[] keys) => BitOpAsync(operation, destination, keys, CancellationToken.None);

    /// <inheritdoc cref="BitOpAsync(BitOperation, RedisKey, RedisKey[])"/>
    /// <param name="operation">AND, OR, XOR or NOT.</param>
    /// <param name="destination">The key to store the result in.</param>
    /// <param name="keys">The source keys.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> BitOpAsync(BitOperation operation, RedisKey destination, IEnumerable<RedisKey> keys, CancellationToken cancellationToken = default) =>
        RunAsync(BitmapCommands.BitOp(operation, destination, keys), cancellationToken);

    /// <summary>
    /// BITFIELD: runs the <paramref name="operations"/> in order, atomically; one result per GET, SET
    /// (the previous value) and INCRBY (the new value, or null when OVERFLOW FAIL refused it).
    /// </summary>
    public ValueTask<long?[]> BitFieldAsync(RedisKey key, BitFieldOperations operations, CancellationToken cancellationToken = default) =>
        RunAsync(BitmapCommands.BitField(key, operations), cancellationToken);

    /// <summary>BITFIELD_RO: runs GET operations only; safe on replicas and to retry.</summary>
    /// <exception cref="ArgumentException"><paramref name="operations"/> holds more than GETs.</exception>
    public ValueTask<long?[]> BitFieldRoAsync(RedisKey key, BitFieldOperations operations, CancellationToken cancellationToken = default) =>
        RunAsync(BitmapCommands.BitFieldRo(key, operations), cancellationToken);
}
