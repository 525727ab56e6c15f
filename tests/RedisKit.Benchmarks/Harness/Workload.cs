namespace RedisKit.Benchmarks.Harness;

/// <summary>
/// A workload: how many callers run it, and what one caller does in one step. Every step counts
/// <see cref="OperationsPerStep"/> operations (a batch of 100 GETs counts 100).
/// </summary>
internal sealed record Workload(string Name, int Callers, int OperationsPerStep, Func<IBenchClient, int, int, ValueTask> Step, bool BufferPathVariant = false)
{
    public static readonly byte[] Small = "value-0123456789"u8.ToArray();
    public static readonly byte[] OneKiB = Enumerable.Repeat((byte)'k', 1024).ToArray();
    public static readonly byte[] OneMiB = Enumerable.Repeat((byte)'m', 1024 * 1024).ToArray();
    private static readonly string[] Keys = Enumerable.Range(0, 1000).Select(i => $"bench:key:{i}").ToArray();
    private static readonly string[][] Batches = Enumerable.Range(0, 10).Select(b => Keys.Skip(b * 100).Take(100).ToArray()).ToArray();

    public static IReadOnlyList<Workload> All { get; } =
    [
        new("Sequential GET", 1, 1, (client, caller, step) => client.GetAsync(Keys[step % Keys.Length])),
        new("Sequential SET", 1, 1, (client, caller, step) => client.SetAsync(Keys[step % Keys.Length], Small)),
        new("50 concurrent GET", 50, 1, (client, caller, step) => client.GetAsync(Keys[(caller * 31 + step) % Keys.Length])),
        new("Batches of 100 GET", 1, 100, (client, caller, step) => client.GetBatchAsync(Batches[step % Batches.Length])),
        new("1 MiB GET", 1, 1, (client, caller, step) => client.GetAsync("bench:big"), BufferPathVariant: true),
        new("Mixed 80/20 1 KiB, 50 callers", 50, 1, (client, caller, step) =>
            (caller + step) % 5 == 0
                ? client.SetAsync(Keys[(caller * 17 + step) % Keys.Length], OneKiB)
                : client.GetAsync(Keys[(caller * 17 + step) % Keys.Length])),
    ];

    /// <summary>Puts the data every workload reads in place.</summary>
    public static async Task SeedAsync(IBenchClient client)
    {
        foreach (var key in Keys)
        {
            await client.SetAsync(key, Small).ConfigureAwait(false);
        }

        await client.SetAsync("bench:big", OneMiB).ConfigureAwait(false);
    }
}
