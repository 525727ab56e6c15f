using System.Globalization;
using System.Text;
using RedisKit;

namespace RedisKit.Tests.Configuration;

/// <summary>Reads a <see cref="RedisOptions"/> property by name as short invariant text, for table-driven tests.</summary>
internal static class OptionValueText
{
    public static string Of(RedisOptions options, string propertyName)
    {
        var property = typeof(RedisOptions).GetProperty(propertyName)
            ?? throw new ArgumentException($"RedisOptions has no property {propertyName}.", nameof(propertyName));
        return Format(property.GetValue(options));
    }

    public static string Format(object? value) => value switch
    {
        null => "null",
        TimeSpan span => span.TotalSeconds.ToString(CultureInfo.InvariantCulture) + "s",
        Encoding encoding => encoding.WebName,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };
}
