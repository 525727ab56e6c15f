using System.Diagnostics;
using System.Globalization;

namespace RedisKit.Diagnostics;

/// <summary>A pool's attributes for spans and metrics, computed once (the port boxed once, too).</summary>
internal sealed class PoolTelemetry
{
    public PoolTelemetry(RedisOptions options)
    {
        ServerAddress = options.UnixSocketPath ?? options.Host;
        ServerPort = options.UnixSocketPath is null ? options.Port : null;
        Namespace = options.Database.ToString(CultureInfo.InvariantCulture);
        PoolName = (options.UnixSocketPath is null
            ? ServerAddress + ":" + options.Port.ToString(CultureInfo.InvariantCulture)
            : "unix:" + ServerAddress) + "/" + Namespace;
    }

    /// <summary><c>db.client.connection.pool.name</c>: the endpoint and database, never credentials.</summary>
    public string PoolName { get; }

    public string ServerAddress { get; }

    public object? ServerPort { get; }

    public string Namespace { get; }

    public TagList OperationTags(string operation)
    {
        var tags = new TagList
        {
            { "db.system.name", "redis" },
            { "db.operation.name", operation },
            { "db.namespace", Namespace },
            { "server.address", ServerAddress },
        };
        if (ServerPort is not null)
        {
            tags.Add("server.port", ServerPort);
        }

        return tags;
    }

    public TagList PoolTags()
    {
        var tags = new TagList
        {
            { "db.system.name", "redis" },
            { "db.client.connection.pool.name", PoolName },
            { "server.address", ServerAddress },
        };
        if (ServerPort is not null)
        {
            tags.Add("server.port", ServerPort);
        }

        return tags;
    }
}
