using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace RedisKit.Protocol;

/// <summary>
/// Reads the values of one complete frame (checked by <see cref="RespFrameScanner"/>). Attributes
/// are skipped wherever they appear; so are the terminators of streamed aggregates, whose lengths
/// are counted ahead so that callers see every aggregate as counted.
/// </summary>
internal ref struct RespReader
{
    /// <summary>How deep <see cref="ReadObject(bool, Encoding)"/> follows nested aggregates.</summary>
    public const int MaxDepth = 1000;

    /// <summary>
    /// The most digits of a RESP3 big number that <see cref="ReadObject(bool, Encoding)"/> turns into a
    /// <see cref="BigInteger"/>: parsing grows faster than linearly with the length, and it runs on
    /// the connection's reader, so a longer one fails its caller with a protocol error instead.
    /// </summary>
    public const int MaxBigNumberDigits = 10_000;

    private SequenceReader<byte> _reader;

    public RespReader(ReadOnlySequence<byte> frame)
    {
        _reader = new SequenceReader<byte>(frame);
    }

    /// <summary>True when every value of the frame has been read (a streamed aggregate's end marker included).</summary>
    public bool End => PeekType() == RespType.None;

    /// <summary>How many bytes of the frame have been read; it grows with every value read or skipped.</summary>
    public readonly long Position => _reader.Consumed;

    /// <summary>The type of the next value, after skipping attributes; <see cref="RespType.None"/> at the end.</summary>
    public RespType PeekType()
    {
        while (_reader.TryPeek(out var type))
        {
            if (type == (byte)'.')
            {
                // The end of a streamed aggregate whose elements were all read.
                _reader.Advance(1);
                ExpectLine();
                continue;
            }

            if (type != (byte)RespType.Attribute)
            {
                return (RespType)type;
            }

            // Skipped in one iterative pass: attributes nested in attributes must not recurse.
            _reader.Advance(1);
            var pairs = ReadCount();
            if (pairs is < 0 or > int.MaxValue || !RespFrameScanner.TrySkipValues(ref _reader, pairs * 2))
            {
                throw new RedisProtocolException("An attribute is incomplete or has an invalid length.");
            }
        }

        return RespType.None;
    }

    /// <summary>True when the next value is nil: <c>_</c>, <c>$-1</c> or <c>*-1</c>.</summary>
    public bool IsNull
    {
        get
        {
            var type = PeekType();
            if (type == RespType.Null)
            {
                return true;
            }

            if (type is not (RespType.BulkString or RespType.Array) || !_reader.TryPeek(1, out var sign))
            {
                return false;
            }

            return sign == (byte)'-';
        }
    }

    /// <summary>Consumes the next value if it is nil.</summary>
    public bool TryReadNull()
    {
        if (!IsNull)
        {
            return false;
        }

        Skip();
        return true;
    }

    /// <summary>True when the next value is an error (simple or bulk).</summary>
    public bool IsError => PeekType() is RespType.SimpleError or RespType.BulkError;

    /// <summary>Reads an error's text.</summary>
    public string ReadError()
    {
        var type = ReadType();
        return type switch
        {
            RespType.SimpleError => Encoding.UTF8.GetString(ReadLine()),
            RespType.BulkError => Encoding.UTF8.GetString(ReadBulkBody()),
            _ => throw Unexpected(type, "an error"),
        };
    }

    /// <summary>Reads an integer: an integer frame, or a string, boolean or integral double holding one.</summary>
    public long ReadInt64()
    {
        var type = ReadType();
        switch (type)
        {
            case RespType.Integer:
            case RespType.SimpleString:
            case RespType.BigNumber:
                return RespLines.ParseInteger(ReadLine());
            case RespType.BulkString:
                return ReadStreamedOrBulk(out var text) ? RespLines.ParseInteger(text) : throw Unexpected(RespType.Null, "an integer");
            case RespType.Boolean:
                return ReadLine().FirstSpan[0] == (byte)'t' ? 1 : 0;
            case RespType.Double:
                var value = RespNumbers.ParseDouble(ReadLine());
                return value == Math.Floor(value) && Math.Abs(value) < 9.2e18 ? (long)value : throw new RedisProtocolException($"The double {value} is not an integer.");
            default:
                throw NotReadableAs(type, "an integer");
        }
    }

    /// <summary>Reads a number: a double or integer frame, or a string holding one (<c>inf</c>, <c>-inf</c>, <c>nan</c> too).</summary>
    public double ReadDouble()
    {
        var type = ReadType();
        switch (type)
        {
            case RespType.Double:
            case RespType.SimpleString:
            case RespType.BigNumber:
                return RespNumbers.ParseDouble(ReadLine());
            case RespType.Integer:
                return RespLines.ParseInteger(ReadLine());
            case RespType.BulkString:
                return ReadStreamedOrBulk(out var text) ? RespNumbers.ParseDouble(text) : throw Unexpected(RespType.Null, "a number");
            default:
                throw NotReadableAs(type, "a number");
        }
    }

    /// <summary>Reads a boolean: RESP3 <c>#t</c>/<c>#f</c>, integers (non-zero is true), <c>OK</c>; nil is false.</summary>
    public bool ReadBoolean()
    {
        var type = PeekType();
        switch (type)
        {
            case RespType.Boolean:
                ReadType();
                return ReadLine().FirstSpan[0] == (byte)'t';
            case RespType.Integer:
                return ReadInt64() != 0;
            case RespType.Null:
                Skip();
                return false;
            case RespType.SimpleString:
            case RespType.BulkString:
                if (TryReadNull())
                {
                    return false;
                }

                var text = ReadString(Encoding.UTF8);
                return text switch
                {
                    "OK" or "1" or "true" => true,
                    "0" or "false" => false,
                    _ => throw new RedisProtocolException($"'{text}' is not a boolean reply."),
                };
            case RespType.SimpleError:
            case RespType.BulkError:
                ReadType();
                throw ReadNestedError(type);
            default:
                throw Unexpected(ReadType(), "a boolean");
        }
    }

    /// <summary>Reads a string value as text; nil gives null. Numbers and booleans come as their invariant text.</summary>
    public string? ReadString(Encoding encoding)
    {
        var type = ReadType();
        switch (type)
        {
            case RespType.SimpleString:
            case RespType.Integer:
            case RespType.Double:
            case RespType.BigNumber:
                return encoding.GetString(ReadLine());
            case RespType.Boolean:
                return ReadLine().FirstSpan[0] == (byte)'t' ? "true" : "false";
            case RespType.Null:
                ExpectLine();
                return null;
            case RespType.BulkString:
                return ReadStreamedOrBulk(out var bulk) ? encoding.GetString(bulk) : null;
            case RespType.VerbatimString:
                return encoding.GetString(ReadBulkBody().Slice(4));
            case RespType.Array:
                if (ReadCount() == -1)
                {
                    return null;
                }

                throw Unexpected(type, "a string");
            default:
                throw NotReadableAs(type, "a string");
        }
    }

    /// <summary>Reads a string value as bytes; nil gives null.</summary>
    public byte[]? ReadBytes()
    {
        if (!TryReadStringBytes(out var bytes))
        {
            return null;
        }

        // Every byte is overwritten at once, so large arrays skip the runtime's zeroing pass.
        var array = bytes.Length < 1024 ? new byte[bytes.Length] : GC.AllocateUninitializedArray<byte>((int)bytes.Length);
        bytes.CopyTo(array);
        return array;
    }

    /// <summary>Copies a string value straight into <paramref name="destination"/>; false for nil.</summary>
    public bool TryCopyTo(IBufferWriter<byte> destination)
    {
        if (!TryReadStringBytes(out var bytes))
        {
            return false;
        }

        foreach (var segment in bytes)
        {
            destination.Write(segment.Span);
        }

        return true;
    }

    /// <summary>
    /// Reads an aggregate header: the element count for arrays, sets and pushes, the number of
    /// pairs for maps, -1 for nil.
    /// </summary>
    public int ReadAggregateHeader(out RespType kind)
    {
        kind = ReadType();
        switch (kind)
        {
            case RespType.Array:
            case RespType.Set:
            case RespType.Push:
            case RespType.Map:
                var count = ReadCount();
                if (count == -2)
                {
                    count = CountStreamedElements();
                    if (kind == RespType.Map)
                    {
                        count /= 2;
                    }
                }

                return (int)count;
            case RespType.Null:
                ExpectLine();
                return -1;
            case RespType.SimpleError:
            case RespType.BulkError:
                throw ReadNestedError(kind);
            default:
                throw Unexpected(kind, "an array");
        }
    }

    /// <summary>Skips one whole value, nested ones included.</summary>
    public void Skip()
    {
        PeekType();
        if (!RespFrameScanner.TrySkipValue(ref _reader))
        {
            throw new RedisProtocolException("The frame ended in the middle of a value.");
        }
    }

    /// <summary>
    /// Materializes the next value for untyped APIs: text or bytes, long, double, bool, BigInteger,
    /// object?[] for arrays, sets and pushes, Dictionary for maps, null; an error becomes a
    /// <see cref="RedisResponseException"/> instance, not a throw.
    /// </summary>
    public object? ReadObject(bool decodeStrings, Encoding encoding) => ReadObject(decodeStrings, encoding, 0);

    private object? ReadObject(bool decodeStrings, Encoding encoding, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new RedisProtocolException($"The reply is nested deeper than {MaxDepth} levels.");
        }

        var type = PeekType();
        switch (type)
        {
            case RespType.SimpleString:
            case RespType.BulkString:
            case RespType.VerbatimString:
                if (IsNull)
                {
                    Skip();
                    return null;
                }

                return decodeStrings ? ReadString(encoding) : ReadBytes();
            case RespType.Integer:
                return ReadInt64();
            case RespType.Double:
                return ReadDouble();
            case RespType.Boolean:
                return ReadBoolean();
            case RespType.BigNumber:
                ReadType();
                return ParseBigNumber(ReadLine());
            case RespType.Null:
                Skip();
                return null;
            case RespType.SimpleError:
            case RespType.BulkError:
                return ErrorPrefix.ToException(ReadError());
            case RespType.Map:
                var pairs = ReadAggregateHeader(out _);
                var map = new Dictionary<object, object?>(pairs, ContentEqualityComparer.Instance);
                for (var i = 0; i < pairs; i++)
                {
                    var key = ReadObject(decodeStrings, encoding, depth + 1) ?? string.Empty;
                    map[key] = ReadObject(decodeStrings, encoding, depth + 1);
                }

                return map;
            case RespType.Array:
            case RespType.Set:
            case RespType.Push:
                var count = ReadAggregateHeader(out _);
                if (count < 0)
                {
                    return null;
                }

                var items = new object?[count];
                for (var i = 0; i < count; i++)
                {
                    items[i] = ReadObject(decodeStrings, encoding, depth + 1);
                }

                return items;
            default:
                throw Unexpected(ReadType(), "a value");
        }
    }

    private static BigInteger ParseBigNumber(in ReadOnlySequence<byte> line)
    {
        if (line.Length > MaxBigNumberDigits + 1)
        {
            throw new RedisProtocolException($"A big number of {line.Length} characters is longer than the {MaxBigNumberDigits} digits accepted.");
        }

        var text = Encoding.ASCII.GetString(line);
        return BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new RedisProtocolException($"'{RespLines.Describe(line)}' is not a valid big number.");
    }

    /// <summary>
    /// Reads a string value's bytes without copying them (numbers give their text); false for nil.
    /// The bytes are valid as long as the frame is.
    /// </summary>
    public bool TryReadStringBytes(out ReadOnlySequence<byte> bytes)
    {
        var type = ReadType();
        switch (type)
        {
            case RespType.SimpleString:
            case RespType.Integer:
            case RespType.Double:
            case RespType.BigNumber:
                bytes = ReadLine();
                return true;
            case RespType.BulkString:
                return ReadStreamedOrBulk(out bytes);
            case RespType.VerbatimString:
                bytes = ReadBulkBody().Slice(4);
                return true;
            case RespType.Null:
                ExpectLine();
                bytes = default;
                return false;
            case RespType.Array when ReadCount() == -1:
                bytes = default;
                return false;
            default:
                throw NotReadableAs(type, "a string");
        }
    }

    private RespType ReadType()
    {
        var type = PeekType();
        if (type == RespType.None)
        {
            throw new RedisProtocolException("The reply has fewer values than its command expects.");
        }

        _reader.Advance(1);
        return type;
    }

    private ReadOnlySequence<byte> ReadLine()
    {
        if (!RespLines.TryReadLine(ref _reader, out var line))
        {
            throw new RedisProtocolException("The frame ended in the middle of a line.");
        }

        return line;
    }

    private void ExpectLine() => ReadLine();

    /// <summary>An aggregate's count; -2 for a streamed one.</summary>
    private long ReadCount()
    {
        if (!RespLines.TryReadNumberLine(ref _reader, out var count, out var streamed))
        {
            throw new RedisProtocolException("The frame ended in the middle of a line.");
        }

        return streamed ? -2 : count;
    }

    private ReadOnlySequence<byte> ReadBulkBody()
    {
        var length = ReadCount();
        if (length < 0 || _reader.Remaining < length + 2)
        {
            throw new RedisProtocolException($"Bulk length {length} is invalid here.");
        }

        var body = _reader.UnreadSequence.Slice(0, length);
        _reader.Advance(length);
        RespLines.ExpectCrLf(ref _reader);
        return body;
    }

    /// <summary>A bulk string's bytes (joined when streamed in chunks); false for <c>$-1</c>.</summary>
    private bool ReadStreamedOrBulk(out ReadOnlySequence<byte> bytes)
    {
        var length = ReadCount();
        if (length == -1)
        {
            bytes = default;
            return false;
        }

        if (length >= 0)
        {
            if (_reader.Remaining < length + 2)
            {
                throw new RedisProtocolException($"Bulk length {length} runs past the end of the frame.");
            }

            bytes = _reader.UnreadSequence.Slice(0, length);
            _reader.Advance(length);
            RespLines.ExpectCrLf(ref _reader);
            return true;
        }

        var joined = new ArrayBufferWriter<byte>();
        while (true)
        {
            if (!_reader.TryRead(out var marker) || marker != (byte)';')
            {
                throw new RedisProtocolException("A streamed string chunk must start with ';'.");
            }

            var chunk = ReadCount();
            if (chunk == 0)
            {
                break;
            }

            foreach (var segment in _reader.UnreadSequence.Slice(0, chunk))
            {
                joined.Write(segment.Span);
            }

            _reader.Advance(chunk);
            RespLines.ExpectCrLf(ref _reader);
        }

        bytes = new ReadOnlySequence<byte>(joined.WrittenMemory);
        return true;
    }

    /// <summary>Counts the elements of a streamed aggregate without consuming them.</summary>
    private readonly long CountStreamedElements()
    {
        var ahead = _reader;
        long count = 0;
        while (ahead.TryPeek(out var next))
        {
            if (next == (byte)'.')
            {
                return count;
            }

            if (next == (byte)RespType.Attribute)
            {
                // Attributes do not count as elements: skip the attribute, then count its value.
                var probe = ahead;
                probe.Advance(1);
                RespLines.TryReadNumberLine(ref probe, out var pairs, out _);
                for (long i = 0; i < pairs * 2; i++)
                {
                    RespFrameScanner.TrySkipValue(ref probe);
                }

                ahead = probe;
                continue;
            }

            if (!RespFrameScanner.TrySkipValue(ref ahead))
            {
                break;
            }

            count++;
        }

        throw new RedisProtocolException("A streamed aggregate has no end marker.");
    }

    private RedisResponseException ReadNestedError(RespType type) =>
        ErrorPrefix.ToException(Encoding.UTF8.GetString(type == RespType.SimpleError ? ReadLine() : ReadBulkBody()));

    /// <summary>Why a value of <paramref name="type"/> cannot be read as <paramref name="expected"/>: the server's error where it sent one, else a protocol error.</summary>
    private RedisException NotReadableAs(RespType type, string expected) =>
        type is RespType.SimpleError or RespType.BulkError ? ReadNestedError(type) : Unexpected(type, expected);

    private static RedisProtocolException Unexpected(RespType type, string expected) =>
        new($"Expected {expected} but the reply holds {Describe(type)}.");

    private static string Describe(RespType type) => type switch
    {
        RespType.None => "nothing",
        RespType.Null => "nil",
        _ => $"a {type} ('{(char)(byte)type}')",
    };
}
