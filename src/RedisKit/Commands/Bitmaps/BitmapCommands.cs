using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>The bitmap commands: each definition is the command's one hand-written place.</summary>
internal static class BitmapCommands
{
    /// <summary>SETBIT: sets or clears the bit at <paramref name="offset"/>, growing the string as needed; returns the bit's previous value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative.</exception>
    [RedisCommand]
    public static Command<Args3, bool, BooleanParser> SetBit(RedisKey key, long offset, bool value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return new(Cmd.SetBit, new Args3(Check.Key(key), offset, value ? 1 : 0), default);
    }

    /// <summary>GETBIT: the bit at <paramref name="offset"/>; false beyond the end of the string or when the key does not exist.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative.</exception>
    [RedisCommand]
    public static Command<Args2, bool, BooleanParser> GetBit(RedisKey key, long offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return new(Cmd.GetBit, new Args2(Check.Key(key), offset), default);
    }

    /// <summary>
    /// BITCOUNT: the number of set bits, in the whole string or from <paramref name="start"/> to
    /// <paramref name="end"/> inclusive (negative values count from the end), in bytes or, with
    /// <paramref name="mode"/> <see cref="BitUnit.Bit"/>, in bits.
    /// </summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="start"/> and <paramref name="end"/> is given, or <paramref name="mode"/> without them.</exception>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> BitCount(RedisKey key, long? start = null, long? end = null, BitUnit? mode = null)
    {
        if (start.HasValue != end.HasValue)
        {
            throw new ArgumentException("start and end go together: give both or neither.", start.HasValue ? nameof(end) : nameof(start));
        }

        if (mode.HasValue && !end.HasValue)
        {
            throw new ArgumentException("mode applies to a range: give start and end with it.", nameof(mode));
        }

        var args = new ArgListBuilder(4);
        args.Add(Check.Key(key));
        AddRange(ref args, start, end, mode);
        return new(Cmd.BitCount, args.Build(), default);
    }

    /// <summary>
    /// BITPOS: the position of the first bit equal to <paramref name="bit"/>, searching from
    /// <paramref name="start"/> to <paramref name="end"/> (bytes, or bits with <paramref name="mode"/>);
    /// -1 when there is none (see Redis' rules for a clear bit past the end).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> without <paramref name="start"/>, or <paramref name="mode"/> without <paramref name="end"/>.</exception>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> BitPos(RedisKey key, bool bit, long? start = null, long? end = null, BitUnit? mode = null)
    {
        if (end.HasValue && !start.HasValue)
        {
            throw new ArgumentException("end needs start: BITPOS takes [start [end [BYTE|BIT]]].", nameof(start));
        }

        if (mode.HasValue && !end.HasValue)
        {
            throw new ArgumentException("mode needs start and end: BITPOS takes [start [end [BYTE|BIT]]].", nameof(mode));
        }

        var args = new ArgListBuilder(5);
        args.Add(Check.Key(key));
        args.Add(bit ? 1 : 0);
        AddRange(ref args, start, end, mode);
        return new(Cmd.BitPos, args.Build(), default);
    }

    /// <summary>BITOP: stores the bitwise <paramref name="operation"/> of the source keys in <paramref name="destination"/>; returns its length in bytes.</summary>
    /// <param name="operation">AND, OR, XOR or NOT.</param>
    /// <param name="destination">The key to store the result in.</param>
    /// <param name="keys">The source keys.</param>
    /// <exception cref="ArgumentException">No source key, or not exactly one for <see cref="BitOperation.Not"/>.</exception>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, long, Int64Parser> BitOp(BitOperation operation, RedisKey destination, IEnumerable<RedisKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var args = new ArgListBuilder(2 + ((keys as ICollection<RedisKey>)?.Count ?? 2));
        args.Add(operation switch
        {
            BitOperation.And => "AND",
            BitOperation.Or => "OR",
            BitOperation.Xor => "XOR",
            BitOperation.Not => "NOT",
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation; use And, Or, Xor or Not."),
        });
        args.Add(Check.Key(destination, nameof(destination)));
        foreach (var key in keys)
        {
            args.Add(Check.Key(key, nameof(keys)));
        }

        var sources = args.Count - 2;
        if (sources == 0)
        {
            throw new ArgumentException("At least one source key is needed.", nameof(keys));
        }

        if (operation == BitOperation.Not && sources != 1)
        {
            throw new ArgumentException($"NOT takes exactly one source key, not {sources}.", nameof(keys));
        }

        return new(Cmd.BitOp, args.Build(), default);
    }

    /// <summary>
    /// BITFIELD: runs the <paramref name="operations"/> in order, atomically; one result per GET, SET
    /// (the previous value) and INCRBY (the new value, or null when OVERFLOW FAIL refused it). A pipeline
    /// queues the operations as they are when it is called.
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, long?[], NullableInt64ArrayParser> BitField(RedisKey key, BitFieldOperations operations) =>
        new(Cmd.BitField, FieldArgs(key, operations), default);

    /// <summary>BITFIELD_RO: runs GET operations only; safe on replicas and to retry.</summary>
    /// <exception cref="ArgumentException"><paramref name="operations"/> holds more than GETs.</exception>
    [RedisCommand]
    public static Command<ArgList, long?[], NullableInt64ArrayParser> BitFieldRo(RedisKey key, BitFieldOperations operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        if (!operations.IsReadOnly)
        {
            throw new ArgumentException("BITFIELD_RO only reads: give GET operations only (no SET, INCRBY or OVERFLOW).", nameof(operations));
        }

        return new(Cmd.BitFieldRo, FieldArgs(key, operations), default);
    }

    private static ArgList FieldArgs(RedisKey key, BitFieldOperations operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var rest = operations.ToArguments();
        var args = new ArgListBuilder(1 + rest.Length);
        args.Add(Check.Key(key));
        foreach (var argument in rest)
        {
            args.Add(argument);
        }

        return args.Build();
    }

    private static void AddRange(ref ArgListBuilder args, long? start, long? end, BitUnit? mode)
    {
        if (start is { } first)
        {
            args.Add(first);
        }

        if (end is { } last)
        {
            args.Add(last);
        }

        if (mode is { } unit)
        {
            args.Add(unit switch
            {
                BitUnit.Byte => "BYTE",
                BitUnit.Bit => "BIT",
                _ => throw new ArgumentOutOfRangeException(nameof(mode), unit, "Unknown unit; use Byte or Bit."),
            });
        }
    }
}
