using System.Globalization;
using RedisKit.TestKit.Fuzzing;
using Xunit.Abstractions;

namespace RedisKit.Tests.Protocol;

/// <summary>
/// The protocol mutation fuzzer on fixed seeds. <c>eng/fuzz.sh [cases] [seed]</c> runs it longer with
/// new seeds through REDISKIT_FUZZ_CASES and REDISKIT_FUZZ_SEED; a seed that fails there joins <see cref="Seeds"/>.
/// </summary>
public sealed class ProtocolFuzzTests(ITestOutputHelper output)
{
    private static readonly int[] Seeds = [1, 22, 4242];

    [Fact]
    public async Task Every_mutated_reply_ends_in_a_result_or_a_RedisException_in_time_and_nothing_escapes()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("REDISKIT_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 2_400;
        int[] seeds = int.TryParse(Environment.GetEnvironmentVariable("REDISKIT_FUZZ_SEED"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) ? [s] : Seeds;
        var log = new OutputWriter(output);
        var failures = new List<FuzzFailure>();
        foreach (var seed in seeds)
        {
            var report = await ProtocolFuzzer.RunAsync(seed, cases / seeds.Length, workers: 8, socketTimeout: TimeSpan.FromMilliseconds(250), log);
            output.WriteLine($"seed {seed}: {report}");
            failures.AddRange(report.Failures);
            Assert.Equal(cases / seeds.Length, report.Cases);
            Assert.True(report.MemoryGrowthBytes < 64L << 20, $"The managed heap grew by {report.MemoryGrowthBytes} bytes over seed {seed}.");
            Assert.True(report.ThreadGrowth < 40, $"{report.ThreadGrowth} more threads after seed {seed} than before.");
        }

        Assert.True(failures.Count == 0, "Fuzz failures:\n" + string.Join("\n", failures.Take(20)));
    }

    private sealed class OutputWriter(ITestOutputHelper output) : StringWriter(CultureInfo.InvariantCulture)
    {
        public override void WriteLine(string? value)
        {
            output.WriteLine(value ?? string.Empty);
            Console.Error.WriteLine(value);
        }
    }
}
