using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.Packaging;

/// <summary>
/// Packs every shipped library from its existing build (no build, no restore, no network) and checks what a user
/// gets: readme, license, symbols, the dependency ranges between RedisKit packages, and the configuration schema
/// with the targets that register it.
/// </summary>
public sealed class PackageContentsTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly string[] Libraries = Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "src"))
        .Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".csproj")))
        .Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    private readonly string _output = Directory.CreateTempSubdirectory("rediskit-pack-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public async Task Every_shipped_library_packs_with_readme_license_symbols_and_pinned_sibling_dependencies()
    {
        Assert.Equal(["RedisKit", "RedisKit.Caching", "RedisKit.DataProtection", "RedisKit.DependencyInjection", "RedisKit.HealthChecks", "RedisKit.Hosting", "RedisKit.OpenTelemetry", "RedisKit.OutputCaching", "RedisKit.SignalR"], Libraries);
        foreach (var library in Libraries)
        {
            await PackAsync(library);
        }

        var version = typeof(RedisClient).Assembly.GetName().Version!;
        var packageVersion = $"{version.Major}.{version.Minor}.{version.Build}";
        var range = $"[{packageVersion}, {version.Major}.{version.Minor + 1}.0)";

        foreach (var library in Libraries)
        {
            var package = Path.Combine(_output, $"{library}.{packageVersion}.nupkg");
            Assert.True(File.Exists(package), $"{library}: no {Path.GetFileName(package)} in [{string.Join(", ", Directory.GetFiles(_output).Select(Path.GetFileName))}]");
            Assert.True(File.Exists(Path.ChangeExtension(package, ".snupkg")), $"{library}: no symbol package");

            using var zip = ZipFile.OpenRead(package);
            var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            Assert.Contains($"lib/net10.0/{library}.dll", entries);
            Assert.Contains($"lib/net10.0/{library}.xml", entries);
            Assert.Contains("LICENSE", entries);
            Assert.Contains("README.md", entries);
            var readme = Read(zip, "README.md");
            Assert.StartsWith($"# {library}\n", readme, StringComparison.Ordinal);
            Assert.Contains("```csharp", readme, StringComparison.Ordinal);
            Assert.Contains("MIT License", Read(zip, "LICENSE"), StringComparison.Ordinal);

            var nuspec = XDocument.Parse(Read(zip, $"{library}.nuspec"));
            var ns = nuspec.Root!.Name.Namespace;
            var metadata = nuspec.Root.Element(ns + "metadata")!;
            Assert.Equal("MIT", metadata.Element(ns + "license")?.Value);
            Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
            Assert.Contains("redis", metadata.Element(ns + "tags")?.Value.Split(' ') ?? [], StringComparer.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")?.Value), $"{library}: no description");
            Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "copyright")?.Value), $"{library}: no copyright");

            var siblings = metadata.Descendants(ns + "dependency")
                .Where(d => ((string)d.Attribute("id")!).StartsWith("RedisKit", StringComparison.Ordinal))
                .ToDictionary(d => (string)d.Attribute("id")!, d => (string)d.Attribute("version")!, StringComparer.Ordinal);
            if (library == "RedisKit")
            {
                Assert.Empty(siblings);
            }
            else
            {
                Assert.True(siblings.TryGetValue("RedisKit", out var core), $"{library}: no dependency on RedisKit");
                Assert.Equal(range, core);
                Assert.All(siblings, s => Assert.Equal(range, s.Value));
            }

            if (library == "RedisKit.DependencyInjection")
            {
                Assert.Contains("ConfigurationSchema.json", entries);
                using var schema = System.Text.Json.JsonDocument.Parse(Read(zip, "ConfigurationSchema.json"));
                Assert.True(schema.RootElement.GetProperty("properties").TryGetProperty("Redis", out _));

                var targets = XDocument.Parse(Read(zip, "buildTransitive/RedisKit.DependencyInjection.targets"));
                var segment = Assert.Single(targets.Descendants("JsonSchemaSegment"));
                Assert.Equal("$(MSBuildThisFileDirectory)../ConfigurationSchema.json", (string?)segment.Attribute("Include"));
                Assert.Equal(@"appsettings\..*json", (string?)segment.Attribute("FilePathPattern"));
            }
            else
            {
                Assert.DoesNotContain(entries, e => e.StartsWith("build", StringComparison.Ordinal));
            }
        }
    }

    private static string Read(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        Assert.True(entry is not null, $"{name} is not in the package");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private async Task PackAsync(string library)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var argument in new[]
        {
            "pack", Path.Combine("src", library, library + ".csproj"), "-c", Configuration, "--no-build", "--no-restore",
            "-o", _output, "-nologo", "-v:q",
        })
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under `dotnet test`, whose MSBuild settings must not leak into this MSBuild.
        foreach (var name in new[] { "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet pack {library} did not finish within 2 minutes.");
        }

        Assert.True(process.ExitCode == 0, $"dotnet pack {library} failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
    }
}
