namespace RedisKit;

/// <summary>
/// Names and switches of RedisKit's built-in telemetry: an <see cref="System.Diagnostics.ActivitySource"/>
/// and a <see cref="System.Diagnostics.Metrics.Meter"/>, both named <see cref="SourceName"/>, following
/// the OpenTelemetry database semantic conventions. Nothing is recorded, and nothing costs, while no
/// listener subscribes; RedisKit.OpenTelemetry subscribes with <c>AddRedisKitInstrumentation()</c>.
/// </summary>
public static class RedisTelemetry
{
    /// <summary>The name of the ActivitySource and of the Meter: <c>RedisKit</c>.</summary>
    public const string SourceName = "RedisKit";

    private static volatile bool _captureQueryText;

    /// <summary>
    /// Adds <c>db.query.text</c> to command spans: the command name and its keys, every other
    /// argument replaced by <c>?</c> (<c>SET user:1 ?</c>), so values and passwords never reach a
    /// trace. Off by default.
    /// </summary>
    public static bool CaptureQueryText
    {
        get => _captureQueryText;
        set => _captureQueryText = value;
    }
}
