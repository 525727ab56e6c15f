namespace RedisKit.TestKit;

/// <summary>Locates the repository (the folder holding RedisKit.sln) from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RedisKit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"RedisKit.sln was not found above {AppContext.BaseDirectory}.");
    }
}
