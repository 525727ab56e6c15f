using System.Diagnostics;

namespace RedisKit.OpenTelemetry;

/// <summary>Options of RedisKit's tracing instrumentation.</summary>
public sealed class RedisKitInstrumentationOptions
{
    /// <summary>
    /// Decides, when a span ends, whether it is exported: return false to drop it. It sees the
    /// span's name (<c>GET</c>, <c>PIPELINE</c>, <c>CONNECT</c>...) and attributes. Null exports all.
    /// </summary>
    public Func<Activity, bool>? Filter { get; set; }

    /// <summary>Adds attributes of the application's own to each RedisKit span as it ends.</summary>
    public Action<Activity>? Enrich { get; set; }

    /// <summary>
    /// Records <c>db.query.text</c>, sanitized: the command name and keys, every other argument
    /// replaced by <c>?</c>. Off by default. This sets <see cref="RedisTelemetry.CaptureQueryText"/>,
    /// which applies to the whole process.
    /// </summary>
    public bool SetQueryText { get; set; }
}
