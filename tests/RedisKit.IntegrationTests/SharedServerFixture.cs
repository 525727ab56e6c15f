using RedisKit.TestKit;

namespace RedisKit.IntegrationTests;

/// <summary>The shared server of the test run, and clients and key prefixes for one test class.</summary>
public sealed class SharedServerFixture
{
    public string Url { get; } = RedisTestServers.GetSharedAsync().GetAwaiter().GetResult().Url;

    public RedisClient CreateClient(int protocol, RedisOptions? options = null) =>
        RedisClient.FromUrl($"{Url}{(Url.Contains('?', StringComparison.Ordinal) ? "&" : "?")}protocol={protocol}", options);

    public TestKeys Keys() => new();
}
