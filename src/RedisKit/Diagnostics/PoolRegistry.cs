using System.Diagnostics.Metrics;

namespace RedisKit.Diagnostics;

/// <summary>The live pools, for the observable connection instruments. Weak, so a forgotten pool is still collected.</summary>
internal static class PoolRegistry
{
    private static readonly Lock Gate = new();
    private static readonly List<WeakReference<ConnectionPool>> Pools = [];

    public static void Add(ConnectionPool pool)
    {
        lock (Gate)
        {
            Pools.RemoveAll(static reference => !reference.TryGetTarget(out _));
            Pools.Add(new WeakReference<ConnectionPool>(pool));
        }
    }

    public static void Remove(ConnectionPool pool)
    {
        lock (Gate)
        {
            Pools.RemoveAll(reference => !reference.TryGetTarget(out var target) || ReferenceEquals(target, pool));
        }
    }

    public static IEnumerable<Measurement<long>> ObserveCounts()
    {
        foreach (var pool in Live())
        {
            var (total, idle, _) = pool.Occupancy;
            var tags = pool.Telemetry.PoolTags();
            tags.Add("db.client.connection.state", "idle");
            yield return new Measurement<long>(idle, tags);
            var used = pool.Telemetry.PoolTags();
            used.Add("db.client.connection.state", "used");
            yield return new Measurement<long>(total - idle, used);
        }
    }

    public static IEnumerable<Measurement<long>> ObserveMax()
    {
        foreach (var pool in Live())
        {
            yield return new Measurement<long>(pool.Settings.MaxConnections, pool.Telemetry.PoolTags());
        }
    }

    public static IEnumerable<Measurement<long>> ObservePending()
    {
        foreach (var pool in Live())
        {
            yield return new Measurement<long>(pool.Occupancy.Waiting, pool.Telemetry.PoolTags());
        }
    }

    private static List<ConnectionPool> Live()
    {
        var live = new List<ConnectionPool>();
        lock (Gate)
        {
            foreach (var reference in Pools)
            {
                if (reference.TryGetTarget(out var pool))
                {
                    live.Add(pool);
                }
            }
        }

        return live;
    }
}
