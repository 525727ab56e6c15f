using System.Globalization;

namespace RedisKit;

/// <summary>
/// The operations of one BITFIELD call, in order, like redis-py's <c>BitFieldOperation</c>:
/// <c>new BitFieldOperations().Set("u8", 0, 255).IncrBy("u8", 0, 10, BitFieldOverflow.Sat).Get("u4", "#1")</c>,
/// then <see cref="RedisClient.BitFieldAsync(RedisKey, BitFieldOperations, CancellationToken)"/>,
/// which gives one result per GET, SET and INCRBY. Encodings are <c>i1</c>..<c>i64</c> (signed) and
/// <c>u1</c>..<c>u63</c> (unsigned); an offset is a bit position, or <c>#N</c> for the N-th field
/// of the encoding's width. An instance can be reused: each call sends what it holds at that time.
/// </summary>
public sealed class BitFieldOperations
{
    private readonly List<RedisValue> _arguments = [];

    /// <summary>An empty list of operations; <paramref name="defaultOverflow"/>, when given, applies to every SET and INCRBY that follows.</summary>
    public BitFieldOperations(BitFieldOverflow? defaultOverflow = null)
    {
        if (defaultOverflow is { } overflow)
        {
            Overflow(overflow);
        }
    }

    /// <summary>How many results the call returns: one per GET, SET and INCRBY.</summary>
    public int Count { get; private set; }

    /// <summary>True when every operation is a GET (or there is none), so BITFIELD_RO can run them.</summary>
    public bool IsReadOnly { get; private set; } = true;

    /// <summary>GET: reads the field of <paramref name="encoding"/> at bit <paramref name="offset"/>.</summary>
    /// <exception cref="ArgumentException">The encoding or offset is not valid.</exception>
    public BitFieldOperations Get(string encoding, long offset) => Add("GET", encoding, BitOffset(offset), null);

    /// <summary>GET with a <c>#N</c> offset: reads the N-th field of <paramref name="encoding"/>'s width.</summary>
    /// <exception cref="ArgumentException">The encoding or offset is not valid.</exception>
    public BitFieldOperations Get(string encoding, string offset) => Add("GET", encoding, FieldOffset(offset), null);

    /// <summary>SET: writes <paramref name="value"/> into the field; its result is the previous value.</summary>
    /// <exception cref="ArgumentException">The encoding or offset is not valid.</exception>
    public BitFieldOperations Set(string encoding, long offset, long value) => Add("SET", encoding, BitOffset(offset), value);

    /// <summary>SET with a <c>#N</c> offset.</summary>
    /// <exception cref="ArgumentException">The encoding or offset is not valid.</exception>
    public BitFieldOperations Set(string encoding, string offset, long value) => Add("SET", encoding, FieldOffset(offset), value);

    /// <summary>
    /// INCRBY: adds <paramref name="increment"/> to the field; its result is the new value, or null
    /// under <see cref="BitFieldOverflow.Fail"/> when it would overflow. <paramref name="overflow"/>,
    /// when given, is sent just before (redis-py's <c>incrby(..., overflow=...)</c>) and stays in force for what follows.
    /// </summary>
    /// <exception cref="ArgumentException">The encoding or offset is not valid.</exception>
    public BitFieldOperations IncrBy(string encoding, long offset, long increment, BitFieldOverflow? overflow = null) =>
        IncrBy(encoding, BitOffset(offset), increment, overflow);

    /// <summary>INCRBY with a <c>#N</c> offset.</summary>
    /// <exception cref="ArgumentException">The encoding or offset is not valid.</exception>
    public BitFieldOperations IncrBy(string encoding, string offset, long increment, BitFieldOverflow? overflow = null) =>
        IncrBy(encoding, FieldOffset(offset), increment, overflow);

    /// <summary>OVERFLOW: how the SET and INCRBY operations after it handle values that do not fit.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="overflow"/> is not a defined value.</exception>
    public BitFieldOperations Overflow(BitFieldOverflow overflow)
    {
        _arguments.Add("OVERFLOW");
        _arguments.Add(overflow switch
        {
            BitFieldOverflow.Wrap => "WRAP",
            BitFieldOverflow.Sat => "SAT",
            BitFieldOverflow.Fail => "FAIL",
            _ => throw new ArgumentOutOfRangeException(nameof(overflow), overflow, "Unknown overflow; use Wrap, Sat or Fail."),
        });
        IsReadOnly = false;
        return this;
    }

    /// <summary>The arguments after the key, copied so that later changes to this instance do not touch a queued command.</summary>
    internal RedisValue[] ToArguments() => [.. _arguments];

    private BitFieldOperations IncrBy(string encoding, RedisValue offset, long increment, BitFieldOverflow? overflow)
    {
        if (overflow is { } mode)
        {
            Overflow(mode);
        }

        return Add("INCRBY", encoding, offset, increment);
    }

    private BitFieldOperations Add(string operation, string encoding, RedisValue offset, long? value)
    {
        _arguments.Add(operation);
        _arguments.Add(Encoding(encoding));
        _arguments.Add(offset);
        if (value is { } v)
        {
            _arguments.Add(v);
            IsReadOnly = false;
        }

        Count++;
        return this;
    }

    /// <summary>Checks an encoding the way Redis does: a sign letter and a width that fits in 64-bit arithmetic.</summary>
    internal static string Encoding(string encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        if (encoding.Length >= 2 && encoding[0] is 'i' or 'u'
            && int.TryParse(encoding.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
            && bits >= 1 && bits <= (encoding[0] == 'i' ? 64 : 63))
        {
            return encoding;
        }

        throw new ArgumentException($"'{encoding}' is not a bitfield encoding; use i1..i64 for signed or u1..u63 for unsigned fields.", nameof(encoding));
    }

    private static RedisValue BitOffset(long offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return offset;
    }

    private static RedisValue FieldOffset(string offset)
    {
        ArgumentNullException.ThrowIfNull(offset);
        if (offset.Length >= 2 && offset[0] == '#' && ulong.TryParse(offset.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return offset;
        }

        throw new ArgumentException($"'{offset}' is not a field offset; use '#' and a field index, such as '#2', or a bit offset as a number.", nameof(offset));
    }
}
