using System.Collections.Concurrent;
using System.Diagnostics;

namespace RedisKit.TestKit;

/// <summary>Kills every server the kit started when the test process exits, so none outlives the run.</summary>
internal static class ProcessReaper
{
    private static readonly ConcurrentDictionary<int, Process> Processes = new();

    static ProcessReaper()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
    }

    public static void Track(Process process) => Processes[process.Id] = process;

    private static void KillAll()
    {
        foreach (var process in Processes.Values)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
    }
}
