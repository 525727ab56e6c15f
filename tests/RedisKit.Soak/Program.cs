// Mixed load for a bounded time against one server, with every normal client connection killed
// periodically, checking every reply's owner and sequence, acknowledged writes and pub/sub order,
// and printing memory, threads and connections as it goes. eng/soak.sh starts a throwaway server.
//   dotnet run -c Release -- --url redis://127.0.0.1:6379 [--minutes M] [--callers N] [--kill-every S]
using System.Globalization;
using RedisKit.Soak;

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

var settings = new SoakSettings(
    Option("--url") ?? "redis://127.0.0.1:6379",
    TimeSpan.FromMinutes(double.Parse(Option("--minutes") ?? "1", CultureInfo.InvariantCulture)),
    int.Parse(Option("--callers") ?? "64", CultureInfo.InvariantCulture),
    TimeSpan.FromSeconds(double.Parse(Option("--kill-every") ?? "2", CultureInfo.InvariantCulture)));
var uri = new Uri(settings.Url);
if (!uri.IsLoopback)
{
    Console.Error.WriteLine("The soak only talks to a loopback server.");
    return 2;
}

var failures = await SoakRun.RunAsync(settings, Console.Out);
return failures.Count == 0 ? 0 : 1;
