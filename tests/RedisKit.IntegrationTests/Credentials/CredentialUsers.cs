namespace RedisKit.IntegrationTests.Credentials;

/// <summary>ACL users of one test, on the shared server, named uniquely and deleted (which disconnects them) at the end.</summary>
internal sealed class CredentialUsers(RedisClient admin, string keyPrefix) : IAsyncDisposable
{
    private readonly List<string> _names = [];

    /// <summary>Creates a user allowed every command on the test's keys and every channel.</summary>
    public async Task<string> CreateAsync(string role, string password)
    {
        var name = "cred-" + role + "-" + Guid.NewGuid().ToString("N")[..8];
        _names.Add(name);
        await admin.ExecuteCommandAsync(["ACL", "SETUSER", name, "on", ">" + password, "~" + keyPrefix + "*", "&*", "+@all"]);
        return name;
    }

    /// <summary>Replaces every password of <paramref name="name"/> with <paramref name="passwords"/> (ACL SETUSER name resetpass >p...).</summary>
    public async Task RotateAsync(string name, params string[] passwords) =>
        await admin.ExecuteCommandAsync(["ACL", "SETUSER", name, "resetpass", .. passwords.Select(p => ">" + p)]);

    /// <summary>Closes the connections of <paramref name="name"/> (and of no one else).</summary>
    public async Task<long> KillConnectionsAsync(string name) =>
        await admin.ClientKillFilterAsync(new ClientKillFilter { User = name });

    public async ValueTask DisposeAsync()
    {
        foreach (var name in _names)
        {
            await admin.AclDelUserAsync(name);
        }
    }
}
