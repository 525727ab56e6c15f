using OpenTelemetry;
using OpenTelemetry.Metrics;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.OpenTelemetry;

[Collection(TelemetryTestGroup.Name)]
public sealed class MetricsTests
{
    [Fact]
    public async Task Operation_and_connection_metrics_have_their_names_units_buckets_and_tags()
    {
        const string Password = "Metr1c-Secret";
        await using var server = await RedisServerProcess.StartAsync("--requirepass", Password);
        var metrics = new List<Metric>();
        using var provider = Sdk.CreateMeterProviderBuilder().AddRedisKitInstrumentation().AddInMemoryExporter(metrics).Build();
        await using var open = RedisClient.FromUrl($"redis://:{Password}@127.0.0.1:{server.Port}/0?max_connections=2&timeout=0.2");
        await open.SetAsync("k", "v");
        await open.GetAsync("k");
        await Assert.ThrowsAsync<RedisResponseException>(async () => await open.IncrAsync("k"));
        await using (var bound = open.Client())
        {
            await bound.PingAsync();
            await using var starved = open.Client();
            await Assert.ThrowsAsync<RedisPoolExhaustedException>(async () => await starved.PingAsync());
        }

        provider.ForceFlush();
        var pool = $"127.0.0.1:{server.Port}/0";

        var duration = metrics.Single(m => m.Name == "db.client.operation.duration");
        Assert.Equal("s", duration.Unit);
        Assert.Equal(MetricType.Histogram, duration.MetricType);
        var points = Points(duration).Where(p => Tag(p, "server.port") is int port && port == server.Port).ToList();
        var get = points.Single(p => (string?)Tag(p, "db.operation.name") == "GET");
        Assert.Equal("redis", Tag(get, "db.system.name"));
        Assert.Equal("0", Tag(get, "db.namespace"));
        Assert.Equal("127.0.0.1", Tag(get, "server.address"));
        Assert.Equal(1, get.GetHistogramCount());
        var bounds = new List<double>();
        foreach (var bucket in get.GetHistogramBuckets())
        {
            bounds.Add(bucket.ExplicitBound);
        }

        Assert.Equal([0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, double.PositiveInfinity], bounds);
        var failed = points.Single(p => (string?)Tag(p, "db.operation.name") == "INCR");
        Assert.Equal("ERR", Tag(failed, "error.type"));
        Assert.Equal("ERR", Tag(failed, "db.response.status_code"));

        var createTime = metrics.Single(m => m.Name == "db.client.connection.create_time");
        Assert.Equal("s", createTime.Unit);
        Assert.Contains(Points(createTime), p => (string?)Tag(p, "db.client.connection.pool.name") == pool);
        Assert.Contains(Points(metrics.Single(m => m.Name == "db.client.connection.wait_time")), p => (string?)Tag(p, "db.client.connection.pool.name") == pool);
        var timeouts = Points(metrics.Single(m => m.Name == "db.client.connection.timeouts")).Single(p => (string?)Tag(p, "db.client.connection.pool.name") == pool);
        Assert.Equal(1, timeouts.GetSumLong());

        var max = Points(metrics.Single(m => m.Name == "db.client.connection.max")).Single(p => (string?)Tag(p, "db.client.connection.pool.name") == pool);
        Assert.Equal(2, max.GetSumLong());
        var counts = Points(metrics.Single(m => m.Name == "db.client.connection.count")).Where(p => (string?)Tag(p, "db.client.connection.pool.name") == pool).ToList();
        Assert.Equal(["idle", "used"], counts.Select(p => (string)Tag(p, "db.client.connection.state")!).Order());
        Assert.Equal("{connection}", metrics.Single(m => m.Name == "db.client.connection.count").Unit);
        Assert.Contains(metrics, m => m.Name == "db.client.connection.pending_requests");

        foreach (var metric in metrics)
        {
            foreach (var point in Points(metric))
            {
                foreach (var tag in point.Tags)
                {
                    Assert.DoesNotContain(Password, tag.Value?.ToString() ?? string.Empty, StringComparison.Ordinal);
                }
            }
        }
    }

    private static List<MetricPoint> Points(Metric metric)
    {
        var points = new List<MetricPoint>();
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            points.Add(point);
        }

        return points;
    }

    private static object? Tag(MetricPoint point, string name)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == name)
            {
                return tag.Value;
            }
        }

        return null;
    }
}
