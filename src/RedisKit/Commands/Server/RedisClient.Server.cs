using RedisKit.Commands;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>INFO: the server's report parsed into sections; with <paramref name="sections"/>, only those (<c>server</c>, <c>memory</c>, <c>all</c>...).</summary>
    public ValueTask<RedisServerInfo> InfoAsync(IEnumerable<string>? sections = null, CancellationToken cancellationToken = default) =>
        RunAsync(ServerCommands.Info(sections), cancellationToken);

    /// <summary>INFO for one section, such as <c>server</c> or <c>keyspace</c>.</summary>
    public ValueTask<RedisServerInfo> InfoAsync(string section, CancellationToken cancellationToken = default) =>
        RunAsync(ServerCommands.Info([section]), cancellationToken);

    /// <summary>DBSIZE: the number of keys in the selected database.</summary>
    public ValueTask<long> DbSizeAsync(CancellationToken cancellationToken = default) => RunAsync(ServerCommands.DbSize(), cancellationToken);

    /// <summary>FLUSHDB: deletes every key of the selected database; in the background when <paramref name="asynchronous"/>.</summary>
    public ValueTask<bool> FlushDbAsync(bool asynchronous = false, CancellationToken cancellationToken = default) => RunAsync(ServerCommands.FlushDb(asynchronous), cancellationToken);

    /// <summary>FLUSHALL: deletes every key of every database; in the background when <paramref name="asynchronous"/>.</summary>
    public ValueTask<bool> FlushAllAsync(bool asynchronous = false, CancellationToken cancellationToken = default) => RunAsync(ServerCommands.FlushAll(asynchronous), cancellationToken);

    /// <summary>TIME: the server's clock, to the microsecond.</summary>
    public ValueTask<DateTimeOffset> TimeAsync(CancellationToken cancellationToken = default) => RunAsync(ServerCommands.Time(), cancellationToken);

    /// <summary>CONFIG GET: the parameters matching <paramref name="pattern"/> and their values.</summary>
    public ValueTask<Dictionary<string, string>> ConfigGetAsync(string pattern = "*", CancellationToken cancellationToken = default) =>
        RunAsync(ServerCommands.ConfigGet([pattern]), cancellationToken);

    /// <summary>CONFIG SET: sets one parameter. True on success; a rejected value is a <see cref="RedisResponseException"/>.</summary>
    public ValueTask<bool> ConfigSetAsync(string name, RedisValue value, CancellationToken cancellationToken = default) =>
        RunAsync(ServerCommands.ConfigSet([new KeyValuePair<string, RedisValue>(name, value)]), cancellationToken);

    /// <summary>CONFIG SET with several parameters at once (Redis 7), applied all or none.</summary>
    public ValueTask<bool> ConfigSetAsync(IEnumerable<KeyValuePair<string, RedisValue>> parameters, CancellationToken cancellationToken = default) =>
        RunAsync(ServerCommands.ConfigSet(parameters), cancellationToken);
}
