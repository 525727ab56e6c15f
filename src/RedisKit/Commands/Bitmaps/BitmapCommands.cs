using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>Definitions of the bitmap commands.</summary>
internal static class BitmapCommands
{
    public static Command<Args3, bool, BooleanParser> SetBit(RedisKey key, long offset, bool value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return new(Cmd.SetBit, new Args3(Check.Key(key), offset, value ? 1 : 0), default);
    }

    public static Command<Args2, bool, BooleanParser> GetBit(RedisKey key, long offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return new(Cmd.GetBit, new Args2(Check.Key(key), offset), default);
    }

    public static Command<ArgList, long, Int64Parser> BitCount(RedisKey key, long? start, long? end, BitUnit? mode)
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

    public static Command<ArgList, long, Int64Parser> BitPos(RedisKey key, bool bit, long? start, long? end, BitUnit? mode)
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

    public static Command<ArgList, long?[], NullableInt64ArrayParser> BitField(RedisKey key, BitFieldOperations operations) =>
        new(Cmd.BitField, FieldArgs(key, operations), default);

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
