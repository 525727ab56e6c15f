using System.Globalization;

namespace RedisKit.IntegrationTests.Diagnostics;

/// <summary>
/// An ACL user of its own on the shared server (unique name and password, every permission), so a
/// test can log in with a password and look for it in what was logged; deleted on disposal. Also
/// kills this test's own connections, found by client name: never another test's.
/// </summary>
internal sealed class TestUser : IAsyncDisposable
{
    private readonly RedisClient _admin;
    private readonly Uri _server;

    private TestUser(RedisClient admin, Uri server, string name, string password)
    {
        _admin = admin;
        _server = server;
        Name = name;
        Password = password;
    }

    public string Name { get; }

    public string Password { get; }

    /// <summary>How the library names the server in messages: host:port.</summary>
    public string Endpoint => _server.Host + ":" + _server.Port.ToString(CultureInfo.InvariantCulture);

    public static async Task<TestUser> CreateAsync(SharedServerFixture server)
    {
        var admin = server.CreateClient(3);
        var id = Guid.NewGuid().ToString("N");
        var user = new TestUser(admin, new Uri(server.Url), "log-user-" + id[..12], "Log-Pa55:" + id);
        await admin.ExecuteCommandAsync("ACL", "SETUSER", user.Name, "on", ">" + user.Password, "~*", "&*", "+@all");
        return user;
    }

    /// <summary>A URL logging in as this user, with <paramref name="query"/> (starting with ?) appended.</summary>
    public string Url(string query = "") =>
        $"redis://{Name}:{Uri.EscapeDataString(Password)}@{_server.Host}:{_server.Port}{query}";

    /// <summary>Kills the connections named <paramref name="clientName"/>; returns how many.</summary>
    public async Task<long> KillByNameAsync(string clientName)
    {
        var killed = 0L;
        foreach (var client in await _admin.ClientListAsync())
        {
            if (client.Name == clientName)
            {
                killed += await _admin.ClientKillFilterAsync(new ClientKillFilter { Id = client.Id });
            }
        }

        return killed;
    }

    public async ValueTask DisposeAsync()
    {
        await _admin.ExecuteCommandAsync("ACL", "DELUSER", Name);
        await _admin.DisposeAsync();
    }
}
