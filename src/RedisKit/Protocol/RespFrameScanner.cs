using System.Buffers;

namespace RedisKit.Protocol;

/// <summary>
/// Finds where the first complete RESP frame of a buffer ends, without materializing anything.
/// Iterative, so deep nesting cannot overflow the stack; allocation-free except for a small
/// stack when the server streams aggregates of unknown length (<c>*?</c>), which Redis rarely does.
/// </summary>
internal static class RespFrameScanner
{
    /// <summary>
    /// True when <paramref name="buffer"/> starts with a whole frame (attributes before a value
    /// belong to its frame); <paramref name="end"/> is the position just after it. False when more
    /// data is needed. Throws <see cref="RedisProtocolException"/> on malformed data.
    /// </summary>
    public static bool TryScan(in ReadOnlySequence<byte> buffer, out SequencePosition end)
    {
        var reader = new SequenceReader<byte>(buffer);
        if (TrySkipValue(ref reader))
        {
            end = reader.Position;
            return true;
        }

        end = default;
        return false;
    }

    /// <summary>True when the frame is a RESP3 push (after any attributes).</summary>
    public static bool IsPush(in ReadOnlySequence<byte> frame)
    {
        var reader = new RespReader(frame);
        return reader.PeekType() == RespType.Push;
    }

    /// <summary>Advances past one whole value; false (position undefined) when it is incomplete.</summary>
    internal static bool TrySkipValue(ref SequenceReader<byte> reader) => TrySkipValues(ref reader, 1);

    /// <summary>
    /// Advances past <paramref name="values"/> whole values (the pairs of an attribute, say); false
    /// (position undefined) when they are incomplete. One counter replaces recursion, so no
    /// nesting of any kind can exhaust the stack.
    /// </summary>
    internal static bool TrySkipValues(ref SequenceReader<byte> reader, long values)
    {
        var pending = values;
        List<long>? streams = null;
        while (true)
        {
            if (pending == 0)
            {
                if (streams is not { Count: > 0 })
                {
                    return true;
                }

                // Inside a streamed aggregate: '.' closes it, anything else is its next element.
                if (!reader.TryPeek(out var next))
                {
                    return false;
                }

                if (next == (byte)'.')
                {
                    reader.Advance(1);
                    if (!RespLines.TryReadLine(ref reader, out var dotLine))
                    {
                        return false;
                    }

                    if (!dotLine.IsEmpty)
                    {
                        throw new RedisProtocolException("The end of a streamed aggregate ('.') must be followed by CRLF.");
                    }

                    pending = streams[^1];
                    streams.RemoveAt(streams.Count - 1);
                    continue;
                }

                pending = 1;
            }

            if (!reader.TryRead(out var type))
            {
                return false;
            }

            switch ((RespType)type)
            {
                case RespType.SimpleString:
                case RespType.SimpleError:
                case RespType.BigNumber:
                    if (!RespLines.TryReadLine(ref reader, out _))
                    {
                        return false;
                    }

                    pending--;
                    break;

                case RespType.Integer:
                    if (!TryReadPlainNumber(ref reader, out _))
                    {
                        return false;
                    }

                    pending--;
                    break;

                case RespType.Double:
                    if (!RespLines.TryReadLine(ref reader, out var doubleLine))
                    {
                        return false;
                    }

                    RespNumbers.ParseDouble(doubleLine);
                    pending--;
                    break;

                case RespType.Null:
                    if (!RespLines.TryReadLine(ref reader, out var nullLine))
                    {
                        return false;
                    }

                    if (!nullLine.IsEmpty)
                    {
                        throw new RedisProtocolException("A RESP3 null ('_') must be followed directly by CRLF.");
                    }

                    pending--;
                    break;

                case RespType.Boolean:
                    if (!RespLines.TryReadLine(ref reader, out var boolLine))
                    {
                        return false;
                    }

                    if (boolLine.Length != 1 || (boolLine.FirstSpan[0] != (byte)'t' && boolLine.FirstSpan[0] != (byte)'f'))
                    {
                        throw new RedisProtocolException($"A RESP3 boolean must be 't' or 'f', not '{RespLines.Describe(boolLine)}'.");
                    }

                    pending--;
                    break;

                case RespType.BulkString:
                case RespType.BulkError:
                case RespType.VerbatimString:
                    if (!TrySkipBulk(ref reader, (RespType)type))
                    {
                        return false;
                    }

                    pending--;
                    break;

                case RespType.Array:
                case RespType.Set:
                case RespType.Push:
                case RespType.Map:
                case RespType.Attribute:
                    if (!RespLines.TryReadNumberLine(ref reader, out var count, out var streamed))
                    {
                        return false;
                    }

                    if (streamed)
                    {
                        if ((RespType)type == RespType.Attribute)
                        {
                            throw new RedisProtocolException("An attribute cannot be streamed.");
                        }

                        streams ??= [];
                        streams.Add(pending - 1);
                        pending = 0;
                        if (streams.Count > RespReader.MaxDepth)
                        {
                            throw new RedisProtocolException($"Streamed aggregates are nested deeper than {RespReader.MaxDepth} levels.");
                        }

                        break;
                    }

                    if (count < -1 || (count == -1 && (RespType)type != RespType.Array))
                    {
                        throw new RedisProtocolException($"Aggregate length {count} is invalid.");
                    }

                    if (count > int.MaxValue)
                    {
                        throw new RedisProtocolException($"Aggregate length {count} is too large.");
                    }

                    var children = count < 0 ? 0 : (RespType)type is RespType.Map or RespType.Attribute ? count * 2 : count;

                    // An attribute is not a value of its own: it decorates the value that follows.
                    pending += children - ((RespType)type == RespType.Attribute ? 0 : 1);
                    break;

                default:
                    throw new RedisProtocolException($"Invalid RESP type byte 0x{type:X2} ('{(type is >= 0x20 and < 0x7f ? (char)type : '?')}').");
            }
        }
    }

    private static bool TryReadPlainNumber(ref SequenceReader<byte> reader, out long value)
    {
        if (!RespLines.TryReadNumberLine(ref reader, out value, out var streamed))
        {
            return false;
        }

        if (streamed)
        {
            throw new RedisProtocolException("An integer cannot be streamed.");
        }

        return true;
    }

    private static bool TrySkipBulk(ref SequenceReader<byte> reader, RespType type)
    {
        if (!RespLines.TryReadNumberLine(ref reader, out var length, out var streamed))
        {
            return false;
        }

        if (streamed)
        {
            if (type != RespType.BulkString)
            {
                throw new RedisProtocolException("Only bulk strings can be streamed.");
            }

            return TrySkipStreamedChunks(ref reader);
        }

        if (length == -1 && type == RespType.BulkString)
        {
            return true;
        }

        if (length < 0 || length > RespLines.MaxBulkLength)
        {
            throw new RedisProtocolException($"Bulk length {length} is invalid.");
        }

        if (type == RespType.VerbatimString && length < 4)
        {
            throw new RedisProtocolException("A verbatim string must start with a three-letter format and ':'.");
        }

        if (reader.Remaining < length + 2)
        {
            return false;
        }

        reader.Advance(length);
        RespLines.ExpectCrLf(ref reader);
        return true;
    }

    /// <summary>The chunks of a streamed string: <c>;len CRLF data CRLF</c> until <c>;0</c>.</summary>
    private static bool TrySkipStreamedChunks(ref SequenceReader<byte> reader)
    {
        while (true)
        {
            if (!reader.TryRead(out var marker))
            {
                return false;
            }

            if (marker != (byte)';')
            {
                throw new RedisProtocolException("A streamed string chunk must start with ';'.");
            }

            if (!TryReadPlainNumber(ref reader, out var length))
            {
                return false;
            }

            if (length == 0)
            {
                return true;
            }

            if (length < 0 || length > RespLines.MaxBulkLength)
            {
                throw new RedisProtocolException($"Streamed chunk length {length} is invalid.");
            }

            if (reader.Remaining < length + 2)
            {
                return false;
            }

            reader.Advance(length);
            RespLines.ExpectCrLf(ref reader);
        }
    }
}
