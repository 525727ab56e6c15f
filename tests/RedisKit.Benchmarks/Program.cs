// The side-by-side harness (default), the ASP.NET Core stores against Microsoft's (--stores) and the
// BenchmarkDotNet micro-benchmarks (--micro).
//   dotnet run -c Release -- --url redis://127.0.0.1:6379 [--quick] [--rounds N] [--seconds S] [--only WORKLOAD] [--client NAME] [--interface] [--json FILE]
//   dotnet run -c Release -- --url redis://127.0.0.1:6379 --stores [--quick] [--rounds N] [--seconds S] [--only WORKLOAD] [--json FILE]
//   dotnet run -c Release -- --micro [BenchmarkDotNet arguments]
// eng/bench.sh starts a throwaway server and runs this in Release.
using System.Globalization;
using BenchmarkDotNet.Running;
using RedisKit.Benchmarks.Harness;

if (args.Contains("--micro"))
{
    BenchmarkSwitcher.FromAssembly(typeof(SideBySide).Assembly).Run(args.Where(a => a != "--micro").ToArray());
    return 0;
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

var quick = args.Contains("--quick");
var url = new Uri(Option("--url") ?? "redis://127.0.0.1:6379");
var rounds = int.Parse(Option("--rounds") ?? (quick ? "5" : "7"), CultureInfo.InvariantCulture);
var seconds = double.Parse(Option("--seconds") ?? (quick ? "0.4" : "2"), CultureInfo.InvariantCulture);
if (rounds < 5)
{
    Console.Error.WriteLine("At least five rounds are needed for a meaningful median.");
    return 2;
}

if (args.Contains("--stores"))
{
    Console.WriteLine($"RedisKit's ASP.NET Core stores vs Microsoft's StackExchange.Redis-based ones against {url.Host}:{url.Port}: {rounds} rounds of {seconds} s per store and workload, medians; {Environment.ProcessorCount} cores, .NET {Environment.Version}");
    var storeRows = await StoreBench.RunAsync(url.Host, url.Port, rounds, TimeSpan.FromSeconds(seconds), Option("--only"), Console.Error);
    Console.WriteLine(SideBySide.Table(storeRows, "RK/MS"));
    if (Option("--json") is { } storeJson)
    {
        await File.WriteAllTextAsync(storeJson, SideBySide.Json(storeRows));
    }

    return 0;
}

Console.WriteLine($"RedisKit vs StackExchange.Redis against {url.Host}:{url.Port}: {rounds} rounds of {seconds} s per client and workload, medians; {Environment.ProcessorCount} cores, .NET {Environment.Version}");
var rows = await SideBySide.RunAsync(url.Host, url.Port, rounds, TimeSpan.FromSeconds(seconds), Option("--only"), Option("--client"), args.Contains("--interface"), Console.Error);
Console.WriteLine(SideBySide.Table(rows));
if (Option("--json") is { } json)
{
    await File.WriteAllTextAsync(json, SideBySide.Json(rows));
}

return 0;
