using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace RedisKit.Configuration;

/// <summary>
/// Parses the text of one URL query value into the type its option wants. Every parser returns
/// false on a value it cannot accept; the caller turns that into an exception naming the key.
/// </summary>
internal static class UrlValueParsers
{
    /// <summary>
    /// Parses a boolean as redis-py's <c>to_bool</c> spells it: <c>true</c>/<c>false</c>,
    /// <c>1</c>/<c>0</c>, <c>yes</c>/<c>no</c>, <c>on</c>/<c>off</c>, in any case.
    /// </summary>
    public static bool TryParseBool(string text, out bool value)
    {
        switch (text.ToUpperInvariant())
        {
            case "TRUE" or "1" or "YES" or "ON":
                value = true;
                return true;
            case "FALSE" or "0" or "NO" or "OFF":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>Parses an invariant-culture integer (optional leading sign, digits only) in <paramref name="min"/>..<paramref name="max"/>.</summary>
    public static bool TryParseInt(string text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
        && value >= min
        && value <= max;

    /// <summary>
    /// Parses a duration in seconds written as an invariant-culture decimal (<c>5</c>, <c>0.5</c>).
    /// Negative, non-finite and too-large values are refused; zero only when <paramref name="allowZero"/>.
    /// </summary>
    public static bool TryParseSeconds(string text, bool allowZero, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
            || !double.IsFinite(seconds)
            || seconds < 0
            || (seconds == 0 && !allowZero)
            || seconds >= TimeSpan.MaxValue.TotalSeconds)
        {
            return false;
        }

        value = TimeSpan.FromSeconds(seconds);
        return allowZero || value > TimeSpan.Zero;
    }

    /// <summary>Parses <c>none</c>, <c>optional</c> or <c>required</c> in any case (redis-py's <c>ssl_cert_reqs</c>).</summary>
    public static bool TryParseCertReqs(string text, out SslCertificateRequirements value)
    {
        switch (text.ToUpperInvariant())
        {
            case "NONE":
                value = SslCertificateRequirements.None;
                return true;
            case "OPTIONAL":
                value = SslCertificateRequirements.Optional;
                return true;
            case "REQUIRED":
                value = SslCertificateRequirements.Required;
                return true;
            default:
                value = SslCertificateRequirements.Required;
                return false;
        }
    }

    /// <summary>
    /// Resolves an encoding by the name Python or .NET gives it: <c>utf-8</c>/<c>utf8</c> (without a
    /// byte order mark, as the default), <c>latin-1</c>/<c>latin1</c>/<c>iso-8859-1</c>, <c>ascii</c>/<c>us-ascii</c>,
    /// <c>utf-16</c>, <c>utf-32</c> and any other name <see cref="Encoding.GetEncoding(string)"/> knows.
    /// Underscores are read as hyphens (<c>latin_1</c>, <c>utf_8</c>), as Python does.
    /// </summary>
    public static bool TryParseEncoding(string text, [MaybeNullWhen(false)] out Encoding value)
    {
        var name = text.Trim().Replace('_', '-').ToUpperInvariant();
        name = name switch
        {
            "UTF8" or "UTF-8" or "U8" => "utf-8",
            "LATIN-1" or "LATIN1" or "L1" => "iso-8859-1",
            "ASCII" => "us-ascii",
            _ => name,
        };

        if (name == "utf-8")
        {
            value = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            return true;
        }

        try
        {
            value = name.Length == 0 ? null : Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            value = null;
        }

        return value is not null;
    }
}
