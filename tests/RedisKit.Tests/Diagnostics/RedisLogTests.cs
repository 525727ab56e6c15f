using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RedisKit.Diagnostics;
using RedisKit.TestKit;

namespace RedisKit.Tests.Diagnostics;

public sealed partial class RedisLogTests
{
    private static readonly (int Id, string Name, LogLevel Level)[] Messages =
        [.. typeof(RedisLog).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => m.GetCustomAttribute<LoggerMessageAttribute>())
            .OfType<LoggerMessageAttribute>()
            .Select(a => (a.EventId, a.EventName!, a.Level))
            .OrderBy(m => m.EventId)];

    [Fact]
    public void Event_ids_and_names_are_unique_and_in_their_range()
    {
        Assert.True(Messages.Length >= 13);
        Assert.Equal(Messages.Length, Messages.Select(m => m.Id).Distinct().Count());
        Assert.Equal(Messages.Length, Messages.Select(m => m.Name).Distinct().Count());
        Assert.All(Messages, m => Assert.InRange(m.Id, 1001, 6999));
        Assert.All(Messages, m => Assert.False(string.IsNullOrEmpty(m.Name)));
    }

    [Fact]
    public void The_documented_table_matches_the_log_methods()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "logging.md"));
        var rows = TableRow().Matches(doc)
            .Select(m => (int.Parse(m.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["name"].Value, Enum.Parse<LogLevel>(m.Groups["level"].Value)))
            .ToArray();
        Assert.Equal(Messages, rows);
    }

    [Fact]
    public void Without_a_logger_factory_the_pool_logs_to_nothing()
    {
        using var pool = new ConnectionPool(new RedisOptions());
        Assert.Same(NullLogger.Instance, pool.Logger);
        Assert.Null(pool.Options.LoggerFactory);
    }

    [Fact]
    public void The_logger_factory_travels_with_copies_of_the_options()
    {
        using var factory = new NullLoggerFactory();
        var options = new RedisOptions { LoggerFactory = factory, Password = "S3cret" };
        Assert.Same(factory, options.Clone().LoggerFactory);
        Assert.Same(factory, RedisClient.FromUrl("redis://other:6380", options).Options.LoggerFactory);
        using var pool = new ConnectionPool(options);
        Assert.Same(factory, pool.Options.LoggerFactory);
        Assert.DoesNotContain("Logger", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Event_data_describes_itself_without_credentials()
    {
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var failed = new RedisConnectionEventArgs("cache:6379", RedisConnectionKind.PubSub, new RedisConnectionException("The server at cache:6379 closed the connection."), at);
        Assert.Equal("PubSub connection to cache:6379 failed at 2026-01-02T03:04:05.0000000+00:00: The server at cache:6379 closed the connection.", failed.ToString());
        var restored = new RedisConnectionEventArgs("cache:6379", RedisConnectionKind.Shared, null, at);
        Assert.Equal("Shared connection to cache:6379 restored at 2026-01-02T03:04:05.0000000+00:00", restored.ToString());
        Assert.Throws<ArgumentNullException>(() => new RedisConnectionEventArgs(null!, RedisConnectionKind.Shared, null, at));
    }

    [GeneratedRegex(@"^\| (?<id>\d{4}) \| (?<name>\w+) \| (?<level>\w+) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
