namespace RedisKit.IntegrationTests;

/// <summary>The shared server of the test run, and clients and key prefixes for one test class.</summary>
public sealed class SharedServerFixture
{
    public string Url { get; } = Environment.GetEnvironmentVariable("REDISKIT_TEST_URL") ?? throw new InvalidOperationException("REDISKIT_TEST_URL");

    public RedisClient CreateClient(int protocol, RedisOptions? options = null) =>
        RedisClient.FromUrl($"{Url}{(Url.Contains('?', StringComparison.Ordinal) ? "&" : "?")}protocol={protocol}", options);

#pragma warning disable CA1822 // Instance member so tests read server.Keys() like the rest of the fixture.
    public TestKeys Keys() => new();
#pragma warning restore CA1822
}

public sealed class TestKeys
{
    public string Prefix { get; } = $"t:{Guid.NewGuid():N}"[..10] + ":";

    public string this[string name] => Prefix + name;
}
