using System.Diagnostics;
using RedisKit.TestKit;

namespace RedisKit.IntegrationTests.Connections;

/// <summary>
/// Sync over async with the thread pool starved: 64 pool work items block in
/// <c>GetAsync(k).AsTask().GetAwaiter().GetResult()</c> with the pool fixed at 8 threads, so every
/// step from command to completion must make progress without a pool thread. Thread-pool limits
/// are process-wide, so each case runs in a child process (RedisKit.StarvationProbe), which gives
/// up after 20 s and reports the deadlock.
/// </summary>
public sealed class ThreadPoolStarvationTests
{
    private static readonly TimeSpan ChildPatience = TimeSpan.FromSeconds(40);

    [Theory]
    [InlineData("single", "warm")]
    [InlineData("loop", "warm")]
    [InlineData("single", "cold")]
    [InlineData("loop", "kill")]
    public async Task Blocked_callers_on_every_pool_thread_all_finish(string variant, string mode)
    {
        await using var server = await RedisServerProcess.StartAsync();
        var (exitCode, output) = await RunProbeAsync(server.Url, variant, mode);
        Assert.True(
            exitCode == 0 && output.StartsWith("finished", StringComparison.Ordinal),
            $"Sync over async with the thread pool starved ({variant}, {mode}) deadlocked or failed (exit code {exitCode}): {output}");
    }

    private static async Task<(int ExitCode, string Output)> RunProbeAsync(string url, string variant, string mode)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "RedisKit.StarvationProbe.dll");
        Assert.True(File.Exists(probe), $"The starvation probe was not built next to the tests: {probe} is missing.");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(probe);
        start.ArgumentList.Add(url);
        start.ArgumentList.Add(variant);
        start.ArgumentList.Add(mode);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ChildPatience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"the probe did not exit within {ChildPatience.TotalSeconds:0} s (its own 20 s limit did not fire: deadlocked). {await stdout} {await stderr}");
        }

        return (process.ExitCode, ((await stdout).Trim() + " " + (await stderr).Trim()).Trim());
    }
}
