using System.Buffers;
using System.Globalization;
using System.Text;
using RedisKit.Protocol;

namespace RedisKit;

/// <summary>
/// A command argument: text, bytes, an integer or a floating-point number, converted implicitly
/// from <see cref="string"/>, <see cref="byte"/> arrays, <see cref="ReadOnlyMemory{T}"/>,
/// <see cref="int"/>, <see cref="long"/> and <see cref="double"/>, as redis-py accepts
/// str, bytes, int and float. Numbers are sent in their invariant text form.
/// </summary>
public readonly struct RedisValue : IEquatable<RedisValue>
{
    private readonly object? _object;
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly long _bits;
    private readonly Kind _kind;

    private enum Kind : byte
    {
        Null,
        Text,
        Bytes,
        Integer,
        Double,
        Sequence,
    }

    private RedisValue(object? value, ReadOnlyMemory<byte> bytes, long bits, Kind kind)
    {
        _object = value;
        _bytes = bytes;
        _bits = bits;
        _kind = kind;
    }

    /// <summary>True for a value made from a null string or array; such a value cannot be sent.</summary>
    public bool IsNull => _kind == Kind.Null;

    /// <summary>A value holding <paramref name="value"/>'s text.</summary>
    public static implicit operator RedisValue(string? value) => value is null ? default : new(value, default, 0, Kind.Text);

    /// <summary>A value holding <paramref name="value"/>'s bytes (not copied: do not change the array until the command is sent).</summary>
    public static implicit operator RedisValue(byte[]? value) => value is null ? default : new(null, value, 0, Kind.Bytes);

    /// <summary>A value holding <paramref name="value"/>'s bytes (not copied: do not change them until the command is sent).</summary>
    public static implicit operator RedisValue(ReadOnlyMemory<byte> value) => new(null, value, 0, Kind.Bytes);

    /// <summary>A value holding an integer, sent as its decimal text.</summary>
    public static implicit operator RedisValue(int value) => new(null, default, value, Kind.Integer);

    /// <summary>A value holding an integer, sent as its decimal text.</summary>
    public static implicit operator RedisValue(long value) => new(null, default, value, Kind.Integer);

    /// <summary>A value holding a number, sent in round-trip invariant form (<c>inf</c> and <c>-inf</c> for infinities).</summary>
    public static implicit operator RedisValue(double value) => new(null, default, BitConverter.DoubleToInt64Bits(value), Kind.Double);

    /// <summary>Creates a value from text.</summary>
    public static RedisValue FromString(string? value) => value;

    /// <summary>Creates a value from bytes.</summary>
    public static RedisValue FromBytes(ReadOnlyMemory<byte> value) => value;

    /// <summary>Creates a value from an integer.</summary>
    public static RedisValue FromInt64(long value) => value;

    /// <summary>Creates a value from a number.</summary>
    public static RedisValue FromDouble(double value) => value;

    /// <summary>
    /// Creates a value from bytes that may span several segments; they are written segment by
    /// segment, never joined into one array. Do not change them until the command is sent.
    /// </summary>
    public static RedisValue FromSequence(ReadOnlySequence<byte> value) =>
        value.IsSingleSegment ? value.First : new RedisValue(new SequenceBox(value), default, 0, Kind.Sequence);

    /// <summary>Converts a boxed argument of <c>ExecuteCommandAsync</c>: string, byte[], memory, integers, floating point, keys and values.</summary>
    internal static RedisValue FromObject(object? value, int position) => value switch
    {
        null => throw new ArgumentNullException(nameof(value), $"Argument {position} is null; Redis arguments must be strings, bytes or numbers."),
        string s => s,
        byte[] b => b,
        ReadOnlyMemory<byte> m => m,
        Memory<byte> m => (ReadOnlyMemory<byte>)m,
        RedisValue v => v,
        RedisKey k => k.ToValue(),
        int i => i,
        long l => l,
        short s => s,
        byte b => (long)b,
        uint u => (long)u,
        ulong u => u <= long.MaxValue ? (long)u : u.ToString(CultureInfo.InvariantCulture),
        double d => d,
        float f => (double)f,
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        bool => throw new ArgumentException($"Argument {position} is a bool; convert it to a string or number explicitly (Redis has no boolean arguments).", nameof(value)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Argument {position} has type {value.GetType().Name}, which cannot be sent to Redis; use a string, bytes or a number.", nameof(value)),
    };

    /// <summary>Writes this value as one bulk string.</summary>
    internal void WriteTo(ref RespWriter writer, Encoding encoding)
    {
        switch (_kind)
        {
            case Kind.Text:
                writer.WriteBulkString((string)_object!, encoding);
                break;
            case Kind.Sequence:
                writer.WriteBulkString(((SequenceBox)_object!).Value);
                break;
            case Kind.Bytes:
                writer.WriteBulkString(_bytes.Span);
                break;
            case Kind.Integer:
                writer.WriteBulkString(_bits);
                break;
            case Kind.Double:
                writer.WriteBulkString(BitConverter.Int64BitsToDouble(_bits));
                break;
            default:
                throw new ArgumentException("A null value cannot be sent to Redis.");
        }
    }

    /// <summary>
    /// The cluster hash slot of this value taken as a key: hashed over the bytes it is sent as,
    /// encoded on the stack (short text) or in a rented buffer, never in a new array.
    /// </summary>
    internal int HashSlot(Encoding encoding)
    {
        switch (_kind)
        {
            case Kind.Bytes:
                return Cluster.HashSlot.Of(_bytes.Span);
            case Kind.Text:
                var text = (string)_object!;
                if (text.Length <= 128)
                {
                    Span<byte> small = stackalloc byte[512];
                    return Cluster.HashSlot.Of(small[..encoding.GetBytes(text, small)]);
                }

                var rented = ArrayPool<byte>.Shared.Rent(encoding.GetByteCount(text));
                try
                {
                    return Cluster.HashSlot.Of(rented.AsSpan(0, encoding.GetBytes(text, rented)));
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }

            case Kind.Sequence:
                var sequence = ((SequenceBox)_object!).Value;
                var joined = ArrayPool<byte>.Shared.Rent(checked((int)sequence.Length));
                try
                {
                    sequence.CopyTo(joined);
                    return Cluster.HashSlot.Of(joined.AsSpan(0, (int)sequence.Length));
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(joined);
                }

            case Kind.Integer:
                Span<byte> digits = stackalloc byte[20];
                _bits.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
                return Cluster.HashSlot.Of(digits[..length]);
            case Kind.Double:
                var number = BitConverter.Int64BitsToDouble(_bits);
                if (double.IsInfinity(number))
                {
                    return Cluster.HashSlot.Of(number > 0 ? "inf"u8 : "-inf"u8);
                }

                Span<byte> formatted = stackalloc byte[32];
                number.TryFormat(formatted, out var written, "R", CultureInfo.InvariantCulture);
                return Cluster.HashSlot.Of(formatted[..written]);
            default:
                throw new ArgumentException("A null key cannot be sent to Redis.");
        }
    }

    /// <summary>The value as an integer when it holds one (a key count given as a number or its text).</summary>
    internal bool TryGetInt64(out long value)
    {
        switch (_kind)
        {
            case Kind.Integer:
                value = _bits;
                return true;
            case Kind.Text:
                return long.TryParse((string)_object!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
            case Kind.Bytes:
                return long.TryParse(_bytes.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
            default:
                value = 0;
                return false;
        }
    }

    /// <summary>The value as text (bytes decoded as UTF-8); null for a null value.</summary>
    public override string? ToString() => _kind switch
    {
        Kind.Text => (string)_object!,
        Kind.Bytes => Encoding.UTF8.GetString(_bytes.Span),
        Kind.Sequence => Encoding.UTF8.GetString(((SequenceBox)_object!).Value),
        Kind.Integer => _bits.ToString(CultureInfo.InvariantCulture),
        Kind.Double => BitConverter.Int64BitsToDouble(_bits).ToString("R", CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>
    /// This value with one ASCII character in front, still bytes when it was bytes: the <c>[</c>
    /// and <c>(</c> of lexicographic range bounds, which Redis wants in the same bulk string.
    /// </summary>
    internal RedisValue WithPrefix(char prefix)
    {
        switch (_kind)
        {
            case Kind.Bytes:
                var bytes = new byte[_bytes.Length + 1];
                bytes[0] = (byte)prefix;
                _bytes.Span.CopyTo(bytes.AsSpan(1));
                return bytes;
            case Kind.Sequence:
                var sequence = ((SequenceBox)_object!).Value;
                var joined = new byte[checked((int)sequence.Length + 1)];
                joined[0] = (byte)prefix;
                sequence.CopyTo(joined.AsSpan(1));
                return joined;
            case Kind.Null:
                throw new ArgumentException("A null value cannot be sent to Redis.");
            default:
                return prefix + ToString();
        }
    }

    /// <inheritdoc />
    public bool Equals(RedisValue other)
    {
        if (_kind != other._kind)
        {
            return false;
        }

        return _kind switch
        {
            Kind.Text => string.Equals((string)_object!, (string)other._object!, StringComparison.Ordinal),
            Kind.Bytes => _bytes.Span.SequenceEqual(other._bytes.Span),
            Kind.Sequence => ((SequenceBox)_object!).Value.ToArray().AsSpan().SequenceEqual(((SequenceBox)other._object!).Value.ToArray()),
            _ => _bits == other._bits,
        };
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RedisValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _kind switch
    {
        Kind.Text => StringComparer.Ordinal.GetHashCode((string)_object!),
        Kind.Bytes => _bytes.Length,
        Kind.Sequence => (int)((SequenceBox)_object!).Value.Length,
        _ => _bits.GetHashCode(),
    };

    /// <summary>Keeps a multi-segment sequence in the value's one reference field.</summary>
    private sealed class SequenceBox(ReadOnlySequence<byte> value)
    {
        public ReadOnlySequence<byte> Value { get; } = value;
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(RedisValue left, RedisValue right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(RedisValue left, RedisValue right) => !left.Equals(right);
}
