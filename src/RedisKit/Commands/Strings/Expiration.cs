using System.Text;
using RedisKit.Protocol;

namespace RedisKit.Commands;

/// <summary>The expiry option of SET and GETEX, checked once: at most one of EX, PX, EXAT, PXAT, KEEPTTL, PERSIST.</summary>
internal readonly struct Expiration
{
    private static readonly byte[] ExToken = RespWriter.FormatBulk("EX");
    private static readonly byte[] PxToken = RespWriter.FormatBulk("PX");
    private static readonly byte[] ExAtToken = RespWriter.FormatBulk("EXAT");
    private static readonly byte[] PxAtToken = RespWriter.FormatBulk("PXAT");
    private static readonly byte[] KeepTtlToken = RespWriter.FormatBulk("KEEPTTL");
    private static readonly byte[] PersistToken = RespWriter.FormatBulk("PERSIST");

    private readonly byte[]? _token;
    private readonly long _value;
    private readonly bool _hasValue;

    private Expiration(byte[] token, long value, bool hasValue)
    {
        _token = token;
        _value = value;
        _hasValue = hasValue;
    }

    /// <summary>How many bulk strings <see cref="WriteTo"/> writes.</summary>
    public int Count => _token is null ? 0 : _hasValue ? 2 : 1;

    public static Expiration Create(TimeSpan? ex, TimeSpan? px, DateTimeOffset? exAt, DateTimeOffset? pxAt, bool keepTtl, bool persist)
    {
        var given = (ex.HasValue ? 1 : 0) + (px.HasValue ? 1 : 0) + (exAt.HasValue ? 1 : 0) + (pxAt.HasValue ? 1 : 0) + (keepTtl ? 1 : 0) + (persist ? 1 : 0);
        if (given > 1)
        {
            throw new ArgumentException("Give at most one of ex, px, exAt, pxAt, keepTtl and persist.");
        }

        if (ex is { } seconds)
        {
            if (seconds <= TimeSpan.Zero || seconds.Ticks % TimeSpan.TicksPerSecond != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(ex), seconds, "ex must be a positive whole number of seconds; use px for finer expirations.");
            }

            return new Expiration(ExToken, seconds.Ticks / TimeSpan.TicksPerSecond, true);
        }

        if (px is { } milliseconds)
        {
            if (milliseconds < TimeSpan.FromMilliseconds(1) || milliseconds.Ticks % TimeSpan.TicksPerMillisecond != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(px), milliseconds, "px must be a positive whole number of milliseconds.");
            }

            return new Expiration(PxToken, milliseconds.Ticks / TimeSpan.TicksPerMillisecond, true);
        }

        if (exAt is { } atSeconds)
        {
            return new Expiration(ExAtToken, PositiveUnixTime(atSeconds.ToUnixTimeSeconds(), nameof(exAt)), true);
        }

        if (pxAt is { } atMilliseconds)
        {
            return new Expiration(PxAtToken, PositiveUnixTime(atMilliseconds.ToUnixTimeMilliseconds(), nameof(pxAt)), true);
        }

        if (keepTtl)
        {
            return new Expiration(KeepTtlToken, 0, false);
        }

        return persist ? new Expiration(PersistToken, 0, false) : default;
    }

    private static long PositiveUnixTime(long value, string parameterName) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(parameterName, "The expiry time must be after the Unix epoch.");

    public void WriteTo(ref RespWriter writer)
    {
        if (_token is null)
        {
            return;
        }

        writer.WriteRaw(_token);
        if (_hasValue)
        {
            writer.WriteBulkString(_value);
        }
    }
}

/// <summary>SET key value [NX | XX] [GET] [expiry], allocation-free in every form.</summary>
internal readonly struct SetArgs(RedisValue key, RedisValue value, Expiration expiration, byte[]? condition, bool get) : ICommandArgs
{
    public static readonly byte[] Nx = RespWriter.FormatBulk("NX");
    public static readonly byte[] Xx = RespWriter.FormatBulk("XX");
    private static readonly byte[] GetToken = RespWriter.FormatBulk("GET");

    public int Count => 2 + (condition is null ? 0 : 1) + (get ? 1 : 0) + expiration.Count;

    // Only the key and the value are plain arguments; the rest are option tokens.
    public RedisValue Argument(int index) => index switch { 0 => key, 1 => value, _ => throw new ArgumentOutOfRangeException(nameof(index)) };

    public void WriteTo(ref RespWriter writer, Encoding encoding)
    {
        key.WriteTo(ref writer, encoding);
        value.WriteTo(ref writer, encoding);
        if (condition is not null)
        {
            writer.WriteRaw(condition);
        }

        if (get)
        {
            writer.WriteRaw(GetToken);
        }

        expiration.WriteTo(ref writer);
    }
}

/// <summary>GETEX key [expiry].</summary>
internal readonly struct GetExArgs(RedisValue key, Expiration expiration) : ICommandArgs
{
    public int Count => 1 + expiration.Count;

    public RedisValue Argument(int index) => index == 0 ? key : throw new ArgumentOutOfRangeException(nameof(index));

    public void WriteTo(ref RespWriter writer, Encoding encoding)
    {
        key.WriteTo(ref writer, encoding);
        expiration.WriteTo(ref writer);
    }
}
