namespace RedisKit.Soak;

/// <summary>How long and how hard to soak.</summary>
internal sealed record SoakSettings(string Url, TimeSpan Duration, int Callers, TimeSpan KillEvery);
