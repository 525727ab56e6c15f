using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>
/// Walks a reply of named fields: a RESP3 map, or the RESP2 flat array of name, value, name,
/// value that stands for one. Nil reads as no fields; an odd-length array is a protocol error.
/// </summary>
/// <remarks>
/// <para>
/// The caller switches on <see cref="Name"/> and reads the values it knows from the same reader;
/// a value it leaves unread is skipped by the next <see cref="MoveNext"/>, so fields added by later
/// servers, and nested values nobody asked for, never misalign the reply.
/// </para>
/// <code>
/// var fields = NamedFields.Open(ref reader);
/// while (fields.MoveNext(ref reader))
/// {
///     switch (fields.Name)
///     {
///         case "length": length = reader.ReadInt64(); break;
///     }
/// }
/// </code>
/// <para>
/// The name is matched without allocating: its bytes are widened into a buffer on the stack, which
/// equals the decoded text for the ASCII names Redis uses, and no non-ASCII name can match an
/// ASCII one. <see cref="NameText"/> decodes it properly where the name is data.
/// </para>
/// </remarks>
internal ref struct NamedFields
{
    private const int NoValue = -1;

    private readonly int _count;
    private int _read;
    private long _valueStart;
    private ReadOnlySequence<byte> _nameBytes;
    private NameBuffer _nameChars;
    private int _nameLength;
    private string? _longName;
    private string? _booleanName;

    private NamedFields(int count)
    {
        _count = count;
        _valueStart = NoValue;
    }

    /// <summary>How many fields the reply has.</summary>
    public readonly int Count => _count;

    /// <summary>The current field's name, for matching with <c>switch</c>; empty for a nil name.</summary>
    [UnscopedRef]
    public readonly ReadOnlySpan<char> Name => _longName ?? ((ReadOnlySpan<char>)_nameChars)[.._nameLength];

    /// <summary>Reads the map or flat-array header that opens the fields.</summary>
    public static NamedFields Open(scoped ref RespReader reader) => new(StringDictionaryParser.ReadPairCount(ref reader));

    /// <summary>The current field's name decoded with <paramref name="encoding"/>, for a name that is data (a dictionary key).</summary>
    public readonly string NameText(Encoding encoding) =>
        _booleanName ?? (_nameBytes.IsEmpty ? string.Empty : encoding.GetString(_nameBytes));

    /// <summary>
    /// Skips the previous field's value if the caller did not read it, then reads the next field's
    /// name; false when every field has been read.
    /// </summary>
    public bool MoveNext(scoped ref RespReader reader)
    {
        if (_valueStart != NoValue && reader.Position == _valueStart)
        {
            reader.Skip();
        }

        if (_read == _count)
        {
            _valueStart = NoValue;
            return false;
        }

        _read++;
        ReadName(ref reader);

        // Attributes ahead of the value are passed now, so that an unread value is told by position alone.
        reader.PeekType();
        _valueStart = reader.Position;
        return true;
    }

    private void ReadName(scoped ref RespReader reader)
    {
        _longName = null;
        _booleanName = null;
        if (reader.PeekType() == RespType.Boolean)
        {
            // The one string form without bytes of its own: "true" or "false", as ReadString gives it.
            _booleanName = _longName = reader.ReadString(Encoding.ASCII);
            _nameBytes = default;
            return;
        }

        if (!reader.TryReadStringBytes(out _nameBytes))
        {
            _nameBytes = default;
            _nameLength = 0;
            return;
        }

        if (_nameBytes.Length > NameBuffer.Length)
        {
            _longName = Widen(_nameBytes);
            return;
        }

        Span<char> chars = _nameChars;
        var length = 0;
        foreach (var segment in _nameBytes)
        {
            foreach (var b in segment.Span)
            {
                chars[length++] = (char)b;
            }
        }

        _nameLength = length;
    }

    private static string Widen(ReadOnlySequence<byte> bytes) => string.Create((int)bytes.Length, bytes, static (chars, source) =>
    {
        var length = 0;
        foreach (var segment in source)
        {
            foreach (var b in segment.Span)
            {
                chars[length++] = (char)b;
            }
        }
    });

    /// <summary>Room for the longest field name Redis sends, with some to spare.</summary>
    [InlineArray(Length)]
    private struct NameBuffer
    {
        public const int Length = 48;

        private char _first;
    }
}
