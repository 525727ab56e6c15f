namespace RedisKit.TestKit;

/// <summary>Finds redis-server on PATH, or says exactly how to get one.</summary>
public static class RedisBinary
{
    public static string Locate()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, "redis-server");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            "These tests need a Redis server and none was found. Install one (Debian/Ubuntu: sudo apt-get install redis-server, " +
            "or run eng/test.sh, which installs it), or point REDISKIT_TEST_URL at a server (redis://host:port) for the shared tests, " +
            "or start a Docker engine so Testcontainers can run one. Tests that start servers of their own need redis-server on PATH.");
    }
}
