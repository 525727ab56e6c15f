namespace RedisKit.Commands;

/// <summary>Times turned into the whole units and Unix times that Redis arguments take, refusing what would be rounded.</summary>
internal static class TimeArgs
{
    /// <summary><paramref name="time"/> in whole units of <paramref name="ticksPerUnit"/>; a remainder is an error, not a silent rounding.</summary>
    public static long WholeUnits(TimeSpan time, long ticksPerUnit, string parameterName)
    {
        if (time.Ticks % ticksPerUnit != 0)
        {
            throw new ArgumentException(
                $"{parameterName} ({time}) is not a whole number of {(ticksPerUnit == TimeSpan.TicksPerSecond ? "seconds; use the P- command for milliseconds" : "milliseconds")}.",
                parameterName);
        }

        return time.Ticks / ticksPerUnit;
    }

    /// <summary><paramref name="when"/> as Unix milliseconds; a time before 1970 is refused, since Redis reads a negative time as already past.</summary>
    public static long UnixMilliseconds(DateTimeOffset when, string parameterName)
    {
        var milliseconds = when.ToUnixTimeMilliseconds();
        return milliseconds < 0 ? throw new ArgumentOutOfRangeException(parameterName, when, "The time is before the Unix epoch.") : milliseconds;
    }
}
