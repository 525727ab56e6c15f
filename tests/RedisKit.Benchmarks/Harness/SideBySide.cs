using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RedisKit.Benchmarks.Harness;

/// <summary>
/// Runs every workload with StackExchange.Redis and RedisKit in one process against one server,
/// alternating the clients round by round, and reports medians and RedisKit/StackExchange.Redis ratios.
/// </summary>
internal static class SideBySide
{
    public sealed record Row(string Workload, string Client, double OperationsPerSecond, double AllocatedBytesPerOperation, double CpuMicrosecondsPerOperation, double? Ratio);

    public static async Task<List<Row>> RunAsync(string host, int port, int rounds, TimeSpan duration, string? only, string? client, bool throughInterface, TextWriter log)
    {
        await using var stackExchange = new StackExchangeBenchClient(host, port);
        await using var redisKit = new RedisKitBenchClient($"redis://{host}:{port}", bufferPath: false);
        await using var redisKitBuffer = new RedisKitBenchClient($"redis://{host}:{port}", bufferPath: true);
        await using var redisKitInterface = new RedisKitBenchClient($"redis://{host}:{port}", bufferPath: false, throughInterface: true);
        await Workload.SeedAsync(redisKit).ConfigureAwait(false);

        var rows = new List<Row>();
        foreach (var workload in Workload.All)
        {
            if (only is not null && !workload.Name.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            IBenchClient[] clients = workload.BufferPathVariant ? [stackExchange, redisKit, redisKitBuffer] : [stackExchange, redisKit];
            if (throughInterface)
            {
                // The same client called through IRedisClient, side by side with direct calls: what the fakeable seam costs.
                clients = [.. clients, redisKitInterface];
            }
            if (client is not null)
            {
                // One client alone, for profiling it (perf, dotnet-trace) without the other's noise.
                clients = clients.Where(c => c.Name.Equals(client, StringComparison.OrdinalIgnoreCase)).ToArray();
            }

            var samples = clients.ToDictionary(c => c.Name, _ => new List<Measurement>());
            foreach (var warming in clients)
            {
                await Measurement.RunAsync(workload, warming, duration / 4).ConfigureAwait(false);
            }

            for (var round = 0; round < rounds; round++)
            {
                // Alternate who goes first, so drift in the machine's state favours neither.
                var order = round % 2 == 0 ? clients : clients.Reverse().ToArray();
                foreach (var measured in order)
                {
                    samples[measured.Name].Add(await Measurement.RunAsync(workload, measured, duration).ConfigureAwait(false));
                }
            }

            double? baseline = samples.TryGetValue(stackExchange.Name, out var reference) ? Median(reference, m => m.OperationsPerSecond) : null;
            foreach (var measured in clients)
            {
                var list = samples[measured.Name];
                var ops = Median(list, m => m.OperationsPerSecond);
                rows.Add(new Row(workload.Name, measured.Name, ops, Median(list, m => m.AllocatedBytesPerOperation), Median(list, m => m.CpuMicrosecondsPerOperation),
                    measured == stackExchange ? null : ops / baseline));
            }

            await log.WriteLineAsync($"done: {workload.Name}").ConfigureAwait(false);
        }

        return rows;
    }

    public static string Table(IReadOnlyList<Row> rows, string ratioHeader = "RK/SE")
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"| {"Workload",-30} | {"Client",-20} | {"ops/s",12} | {"alloc B/op",10} | {"CPU µs/op",9} | {ratioHeader,6} |");
        text.AppendLine("|--------------------------------|----------------------|--------------|------------|-----------|--------|");
        foreach (var row in rows)
        {
            var ratio = row.Ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) + "x" : "";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Workload,-30} | {row.Client,-20} | {row.OperationsPerSecond,12:N0} | {row.AllocatedBytesPerOperation,10:N0} | {row.CpuMicrosecondsPerOperation,9:N2} | {ratio,6} |");
        }

        return text.ToString();
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Json(IReadOnlyList<Row> rows) => JsonSerializer.Serialize(rows, Indented);

    internal static double Median(List<Measurement> samples, Func<Measurement, double> value)
    {
        var sorted = samples.Select(value).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
