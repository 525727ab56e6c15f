using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using RedisKit.OutputCaching;
using StackExchange.Redis;
using MicrosoftXmlRepository = Microsoft.AspNetCore.DataProtection.StackExchangeRedis.RedisXmlRepository;
using RedisKitXmlRepository = RedisKit.DataProtection.RedisXmlRepository;

namespace RedisKit.Benchmarks.Harness;

/// <summary>
/// The ASP.NET Core stores side by side: each RedisKit store against Microsoft's StackExchange.Redis-based
/// one, in one process against one server, alternating round by round, with RedisKit/Microsoft ratios.
/// Each store reads an entry it seeded itself under its own prefix, so neither reads the other's data.
/// </summary>
internal static class StoreBench
{
    public const string RedisKitName = "RedisKit";
    public const string MicrosoftName = "Microsoft (SE.Redis)";

    private const string EntryPath = "/bench/hit";
    private const int KeyCount = 5;

    /// <summary>One store operation: its name, how many callers run it, and one step for each library.</summary>
    private sealed record StoreCase(string Name, int Callers, Func<int, int, ValueTask> RedisKit, Func<int, int, ValueTask> Microsoft);

    public static async Task<List<SideBySide.Row>> RunAsync(string host, int port, int rounds, TimeSpan duration, string? only, TextWriter log)
    {
        await using var redisKit = RedisClient.FromUrl($"redis://{host}:{port}");
        await using var multiplexer = await ConnectionMultiplexer.ConnectAsync($"{host}:{port}").ConfigureAwait(false);

        await using var ourCache = new RedisOutputCacheStore(redisKit, new RedisOutputCacheOptions { InstanceName = "bench:oc:rk:" });
        await using var theirServices = new ServiceCollection()
            .AddStackExchangeRedisOutputCache(options =>
            {
                options.Configuration = $"{host}:{port}";
                options.InstanceName = "bench:oc:ms:";
            })
            .BuildServiceProvider();
        var theirCache = theirServices.GetRequiredService<IOutputCacheStore>();
        await SeedEntryAsync(ourCache).ConfigureAwait(false);
        await SeedEntryAsync(theirCache).ConfigureAwait(false);

        var ourKeys = new RedisKitXmlRepository(redisKit, "bench:dp:rk");
        var theirKeys = new MicrosoftXmlRepository(() => multiplexer.GetDatabase(), "bench:dp:ms");
        await redisKit.DeleteAsync("bench:dp:rk", "bench:dp:ms").ConfigureAwait(false);
        for (var i = 0; i < KeyCount; i++)
        {
            ourKeys.StoreElement(KeyElement(i), $"key-{i}");
            theirKeys.StoreElement(KeyElement(i), $"key-{i}");
        }

        Check(ourKeys.GetAllElements().Count == KeyCount && theirKeys.GetAllElements().Count == KeyCount, "the seeded data-protection keys do not read back");

        StoreCase[] cases =
        [
            new("Output cache hit 1 KiB", 1, (_, _) => CacheHitAsync(ourCache), (_, _) => CacheHitAsync(theirCache)),
            new("Output cache hit, 50 callers", 50, (_, _) => CacheHitAsync(ourCache), (_, _) => CacheHitAsync(theirCache)),
            new("Key ring read, 5 keys", 1, (_, _) => KeyRingRead(ourKeys), (_, _) => KeyRingRead(theirKeys)),
        ];

        var rows = new List<SideBySide.Row>();
        foreach (var store in cases)
        {
            if (only is not null && !store.Name.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            (string Name, Func<int, int, ValueTask> Step)[] sides = [(MicrosoftName, store.Microsoft), (RedisKitName, store.RedisKit)];
            var samples = new List<Measurement>[] { [], [] };
            foreach (var (_, step) in sides)
            {
                await Measurement.RunAsync(store.Callers, 1, step, duration / 4).ConfigureAwait(false);
            }

            for (var round = 0; round < rounds; round++)
            {
                // Alternate who goes first, so drift in the machine's state favours neither.
                for (var turn = 0; turn < sides.Length; turn++)
                {
                    var side = round % 2 == 0 ? turn : sides.Length - 1 - turn;
                    samples[side].Add(await Measurement.RunAsync(store.Callers, 1, sides[side].Step, duration).ConfigureAwait(false));
                }
            }

            var baseline = SideBySide.Median(samples[0], m => m.OperationsPerSecond);
            for (var side = 0; side < sides.Length; side++)
            {
                var ops = SideBySide.Median(samples[side], m => m.OperationsPerSecond);
                rows.Add(new SideBySide.Row(store.Name, sides[side].Name, ops, SideBySide.Median(samples[side], m => m.AllocatedBytesPerOperation),
                    SideBySide.Median(samples[side], m => m.CpuMicrosecondsPerOperation), side == 0 ? null : ops / baseline));
            }

            await log.WriteLineAsync($"done: {store.Name}").ConfigureAwait(false);
        }

        return rows;
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private static async ValueTask CacheHitAsync(IOutputCacheStore store)
    {
        var entry = await store.GetAsync(EntryPath, default).ConfigureAwait(false);
        Check(entry is { Length: 1024 }, "an output cache read missed the seeded entry");
    }

    private static ValueTask KeyRingRead(Microsoft.AspNetCore.DataProtection.Repositories.IXmlRepository repository)
    {
        Check(repository.GetAllElements().Count == KeyCount, "a key ring read did not return the seeded keys");
        return default;
    }

    private static async Task SeedEntryAsync(IOutputCacheStore store)
    {
        await store.SetAsync(EntryPath, Workload.OneKiB, ["bench"], TimeSpan.FromHours(1), default).ConfigureAwait(false);
        Check(await store.GetAsync(EntryPath, default).ConfigureAwait(false) is { Length: 1024 }, $"the seeded output cache entry does not read back from {store.GetType().Name}");
    }

    // The shape of a real key: a GUID id, dates and a descriptor of a few hundred bytes.
    private static XElement KeyElement(int index) =>
        new("key", new XAttribute("id", new Guid(index, 0, 0, new byte[8]).ToString()), new XAttribute("version", "1"),
            new XElement("creationDate", "2026-01-01T00:00:00Z"),
            new XElement("activationDate", "2026-01-02T00:00:00Z"),
            new XElement("expirationDate", "2026-04-01T00:00:00Z"),
            new XElement("descriptor",
                new XAttribute("deserializerType", "Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel.AuthenticatedEncryptorDescriptorDeserializer, Microsoft.AspNetCore.DataProtection"),
                new XElement("descriptor",
                    new XElement("encryption", new XAttribute("algorithm", "AES_256_CBC")),
                    new XElement("validation", new XAttribute("algorithm", "HMACSHA256")),
                    new XElement("masterKey", new XElement("value", Convert.ToBase64String(new byte[64]))))));

    private static void Check(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Store benchmark: {problem}.");
        }
    }
}
