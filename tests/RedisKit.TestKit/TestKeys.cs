namespace RedisKit.TestKit;

/// <summary>A key prefix unique to one test, so tests can share a server and run in parallel.</summary>
public sealed class TestKeys
{
    /// <summary>The prefix, such as <c>t:1a2b3c4d:</c>.</summary>
    public string Prefix { get; } = "t:" + Guid.NewGuid().ToString("N")[..8] + ":";

    /// <summary>The key <paramref name="name"/> under this test's prefix.</summary>
    public string this[string name] => Prefix + name;
}
