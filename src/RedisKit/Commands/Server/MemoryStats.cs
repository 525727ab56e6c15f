using System.Globalization;

namespace RedisKit;

/// <summary>
/// MEMORY STATS: the server's memory use in detail. The common fields are typed; <see cref="Fields"/>
/// holds every scalar the server sent as invariant text (integers and doubles alike, so RESP2's
/// strings and RESP3's doubles read the same), including fields newer than this library.
/// </summary>
public sealed class MemoryStats
{
    internal MemoryStats(IReadOnlyDictionary<string, string> fields, IReadOnlyDictionary<int, MemoryStatsDatabase> databases)
    {
        Fields = fields;
        Databases = databases;
    }

    /// <summary>Every scalar field, as sent: <c>peak.allocated</c>, <c>dataset.percentage</c>...</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary>The per-database overheads (<c>db.N</c>), by database index.</summary>
    public IReadOnlyDictionary<int, MemoryStatsDatabase> Databases { get; }

    /// <summary>Peak memory allocated, in bytes (<c>peak.allocated</c>).</summary>
    public long PeakAllocated => GetInt64("peak.allocated");

    /// <summary>Memory allocated now, in bytes (<c>total.allocated</c>).</summary>
    public long TotalAllocated => GetInt64("total.allocated");

    /// <summary>Memory the server used at startup, in bytes (<c>startup.allocated</c>).</summary>
    public long StartupAllocated => GetInt64("startup.allocated");

    /// <summary>The replication backlog's size, in bytes (<c>replication.backlog</c>).</summary>
    public long ReplicationBacklog => GetInt64("replication.backlog");

    /// <summary>Buffers of connected replicas, in bytes (<c>clients.slaves</c>).</summary>
    public long ReplicaClients => GetInt64("clients.slaves");

    /// <summary>Buffers of other clients, in bytes (<c>clients.normal</c>).</summary>
    public long NormalClients => GetInt64("clients.normal");

    /// <summary>The AOF buffers, in bytes (<c>aof.buffer</c>).</summary>
    public long AofBuffer => GetInt64("aof.buffer");

    /// <summary>Cached Lua scripts, in bytes (<c>lua.caches</c>).</summary>
    public long LuaCaches => GetInt64("lua.caches");

    /// <summary>All overhead (everything but the dataset), in bytes (<c>overhead.total</c>).</summary>
    public long OverheadTotal => GetInt64("overhead.total");

    /// <summary>The number of keys in all databases (<c>keys.count</c>).</summary>
    public long KeysCount => GetInt64("keys.count");

    /// <summary>Net memory per key, in bytes (<c>keys.bytes-per-key</c>).</summary>
    public long BytesPerKey => GetInt64("keys.bytes-per-key");

    /// <summary>The dataset's size, in bytes (<c>dataset.bytes</c>).</summary>
    public long DatasetBytes => GetInt64("dataset.bytes");

    /// <summary>The dataset's share of net memory, in percent (<c>dataset.percentage</c>).</summary>
    public double DatasetPercentage => GetDouble("dataset.percentage");

    /// <summary>Memory allocated now as a percentage of the peak (<c>peak.percentage</c>).</summary>
    public double PeakPercentage => GetDouble("peak.percentage");

    /// <summary>Resident memory over allocated memory (<c>fragmentation</c>).</summary>
    public double Fragmentation => GetDouble("fragmentation");

    /// <summary>Resident minus allocated memory, in bytes (<c>fragmentation.bytes</c>).</summary>
    public long FragmentationBytes => GetInt64("fragmentation.bytes");

    private long GetInt64(string field) =>
        Fields.TryGetValue(field, out var value) && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : 0;

    private double GetDouble(string field) =>
        Fields.TryGetValue(field, out var value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : 0;

    /// <summary>The headline figures.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"total={TotalAllocated} peak={PeakAllocated} keys={KeysCount} dataset={DatasetBytes} fragmentation={Fragmentation:0.##}");
}
