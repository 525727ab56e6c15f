using System.Text;
using RedisKit.Protocol;

namespace RedisKit;

/// <summary>
/// A key: text or bytes, converted implicitly from <see cref="string"/> and <see cref="byte"/>
/// arrays. Keys are binary-safe; text is encoded with <see cref="RedisOptions.Encoding"/>.
/// </summary>
public readonly struct RedisKey : IEquatable<RedisKey>
{
    private readonly string? _text;
    private readonly byte[]? _bytes;

    private RedisKey(string? text, byte[]? bytes)
    {
        _text = text;
        _bytes = bytes;
    }

    /// <summary>True for a key made from a null string or array; such a key cannot be sent.</summary>
    public bool IsNull => _text is null && _bytes is null;

    /// <summary>A key with <paramref name="key"/>'s text.</summary>
    public static implicit operator RedisKey(string? key) => new(key, null);

    /// <summary>A key with <paramref name="key"/>'s bytes (not copied).</summary>
    public static implicit operator RedisKey(byte[]? key) => new(null, key);

    /// <summary>Creates a key from text.</summary>
    public static RedisKey FromString(string? key) => key;

    /// <summary>Creates a key from bytes.</summary>
    public static RedisKey FromBytes(byte[]? key) => key;

    internal RedisValue ToValue() => _text is not null ? _text : _bytes;

    /// <summary>Writes this key as one bulk string.</summary>
    internal void WriteTo(ref RespWriter writer, Encoding encoding)
    {
        if (_text is not null)
        {
            writer.WriteBulkString(_text, encoding);
        }
        else if (_bytes is not null)
        {
            writer.WriteBulkString(_bytes);
        }
        else
        {
            throw new ArgumentException("A null key cannot be sent to Redis.");
        }
    }

    /// <summary>The key's text (bytes decoded as UTF-8); null for a null key.</summary>
    public override string? ToString() => _text ?? (_bytes is null ? null : Encoding.UTF8.GetString(_bytes));

    /// <inheritdoc />
    public bool Equals(RedisKey other) => _text is not null
        ? string.Equals(_text, other._text, StringComparison.Ordinal)
        : other._text is null && (_bytes is null ? other._bytes is null : other._bytes is not null && _bytes.AsSpan().SequenceEqual(other._bytes));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RedisKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _text is not null ? StringComparer.Ordinal.GetHashCode(_text) : _bytes?.Length ?? 0;

    /// <summary>Key equality.</summary>
    public static bool operator ==(RedisKey left, RedisKey right) => left.Equals(right);

    /// <summary>Key inequality.</summary>
    public static bool operator !=(RedisKey left, RedisKey right) => !left.Equals(right);
}
