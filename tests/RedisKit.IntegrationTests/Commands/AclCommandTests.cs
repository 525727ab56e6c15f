using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RedisKit.TestKit;

namespace RedisKit.IntegrationTests.Commands;

/// <summary>The ACL family, each test on a private server started with eng/redis/acl.conf's users.</summary>
public sealed class AclCommandTests
{
    private const string Secret = "Hunter2-not-in-any-message";

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Setuser_defines_a_user_that_getuser_reads_back_and_deluser_removes(int protocol)
    {
        await using var server = await RedisServerProcess.StartAclAsync();
        await using var admin = Admin(server, protocol);
        var rules = new AclRules().Reset().On().AddPassword(Secret)
            .AllowKeys("app:*").AllowReadKeys("ro:*").AllowChannels("news.*")
            .AllowCategories("@read", "connection").AllowCommands("set", "acl|whoami").DenyCommands("keys")
            .Selector(new AclRules().AllowKeys("sel:*").AllowCommands("get"));
        Assert.True(await admin.AclSetUserAsync("app-user", rules));

        var user = await admin.AclGetUserAsync("app-user");
        Assert.NotNull(user);
        Assert.True(user.Enabled);
        Assert.Contains("on", user.Flags);
        Assert.Equal(Sha256(Secret), Assert.Single(user.Passwords));
        Assert.Contains("+@read", user.Commands, StringComparison.Ordinal);
        Assert.Contains("+set", user.Commands, StringComparison.Ordinal);
        Assert.Contains("-keys", user.Commands, StringComparison.Ordinal);
        Assert.Equal("~app:* %R~ro:*", user.Keys);
        Assert.Equal("&news.*", user.Channels);
        var selector = Assert.Single(user.Selectors);
        Assert.Equal("~sel:*", selector.Keys);
        Assert.Contains("+get", selector.Commands, StringComparison.Ordinal);

        await using (var app = User(server, "app-user", Secret, protocol))
        {
            Assert.Equal("app-user", await app.AclWhoAmIAsync());
            Assert.True(await app.SetAsync("app:1", "v"));
            Assert.Null(await app.GetAsync("ro:1"));
            await Assert.ThrowsAsync<RedisPermissionException>(async () => await app.SetAsync("ro:1", "v"));
        }

        Assert.Contains("app-user", await admin.AclUsersAsync());
        var line = Assert.Single(await admin.AclListAsync(), line => line.StartsWith("user app-user on ", StringComparison.Ordinal));
        Assert.Contains(" #" + Sha256(Secret) + " ", line, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, line, StringComparison.Ordinal);
        Assert.Null(await admin.AclDryRunAsync("app-user", "get", ["app:1"]));
        Assert.Null(await admin.AclDryRunAsync("app-user", "get", ["sel:1"]));
        Assert.Contains("no permissions", await admin.AclDryRunAsync("app-user", "set", ["ro:1", "v"]), StringComparison.Ordinal);
        Assert.Contains("no permissions", await admin.AclDryRunAsync("app-user", "keys", ["*"]), StringComparison.Ordinal);

        Assert.True(await admin.AclDelUserAsync("app-user"));
        Assert.Null(await admin.AclGetUserAsync("app-user"));
        Assert.False(await admin.AclDelUserAsync("app-user"));
        Assert.True(await admin.AclSetUserAsync("a"));
        Assert.True(await admin.AclSetUserAsync("b"));
        Assert.Equal(2, await admin.AclDelUserAsync(["a", "b", "c"]));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Every_kind_of_rule_reaches_the_server(int protocol)
    {
        await using var server = await RedisServerProcess.StartAclAsync();
        await using var admin = Admin(server, protocol);
        const string Name = "rules";

        await admin.AclSetUserAsync(Name, new AclRules().On().NoPass().AllKeys().AllChannels().AllCommands());
        var user = (await admin.AclGetUserAsync(Name))!;
        Assert.Contains("nopass", user.Flags);
        Assert.Equal("~*", user.Keys);
        Assert.Equal("&*", user.Channels);
        Assert.Equal("+@all", user.Commands);

        await admin.AclSetUserAsync(Name, new AclRules().ResetPasswords().AddPassword("one").AddPasswordHash(Sha256("two").ToUpperInvariant())
            .ResetKeys().AllowWriteKeys("w:*").ResetChannels().NoCommands().DenyCategories("dangerous").Off());
        user = (await admin.AclGetUserAsync(Name))!;
        Assert.False(user.Enabled);
        Assert.DoesNotContain("nopass", user.Flags);
        Assert.Equal(new[] { Sha256("one"), Sha256("two") }.Order(), user.Passwords.Order());
        Assert.Equal("%W~w:*", user.Keys);
        Assert.Equal(string.Empty, user.Channels);
        Assert.StartsWith("-@all", user.Commands, StringComparison.Ordinal);

        await admin.AclSetUserAsync(Name, new AclRules().RemovePassword("one").RemovePasswordHash(Sha256("two"))
            .Selector(new AclRules().AllowKeys("x")).Raw("+ping"));
        user = (await admin.AclGetUserAsync(Name))!;
        Assert.Empty(user.Passwords);
        Assert.Single(user.Selectors);
        Assert.Contains("+ping", user.Commands, StringComparison.Ordinal);

        await admin.AclSetUserAsync(Name, new AclRules().ClearSelectors().Reset());
        user = (await admin.AclGetUserAsync(Name))!;
        Assert.Empty(user.Selectors);
        Assert.False(user.Enabled);
        Assert.Empty(user.Passwords);
        Assert.Equal(string.Empty, user.Keys);
        Assert.Equal("-@all", user.Commands);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_refused_password_rule_never_reaches_messages_or_traces(int protocol)
    {
        await using var server = await RedisServerProcess.StartAclAsync();
        await using var admin = Admin(server, protocol);
        var statuses = new List<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == RedisTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (Equals(activity.GetTagItem("server.port"), server.Port))
                {
                    lock (statuses)
                    {
                        statuses.Add($"{activity.StatusDescription} {activity.GetTagItem("db.query.text")}");
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        // The server quotes the modifier it refuses: <password, for a password the user lacks.
        var typed = await Assert.ThrowsAsync<RedisResponseException>(async () =>
            await admin.AclSetUserAsync("victim", new AclRules().On().RemovePassword(Secret)));
        Assert.DoesNotContain(Secret, typed.ToString(), StringComparison.Ordinal);
        Assert.Contains("'(redacted)'", typed.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", typed.Message, StringComparison.Ordinal);

        var untyped = await Assert.ThrowsAsync<RedisResponseException>(async () =>
            await admin.ExecuteCommandAsync("acl", "setuser", "victim", "<" + Secret + "'quoted'"));
        Assert.DoesNotContain(Secret, untyped.ToString(), StringComparison.Ordinal);

        await using var pipe = admin.Pipeline(transaction: true);
        var piped = await Assert.ThrowsAsync<RedisResponseException>(async () =>
            await pipe.AclSetUser("victim", new AclRules().RemovePassword(Secret)).AclWhoAmI().ExecuteAsync());
        Assert.DoesNotContain(Secret, piped.ToString(), StringComparison.Ordinal);

        // A refused rule without a password keeps the server's whole message.
        var plain = await Assert.ThrowsAsync<RedisResponseException>(async () => await admin.AclSetUserAsync("victim", new AclRules().Raw("bogus")));
        Assert.Contains("'bogus'", plain.Message, StringComparison.Ordinal);

        lock (statuses)
        {
            Assert.NotEmpty(statuses);
            Assert.All(statuses, status => Assert.DoesNotContain(Secret, status, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Cat_whoami_and_genpass(int protocol)
    {
        await using var server = await RedisServerProcess.StartAclAsync();
        await using var admin = Admin(server, protocol);
        var categories = await admin.AclCatAsync();
        Assert.Contains("read", categories);
        Assert.Contains("dangerous", categories);
        var read = await admin.AclCatAsync("read");
        Assert.Contains("get", read);
        Assert.Equal(read, await admin.AclCatAsync("@read"));
        await Assert.ThrowsAsync<RedisResponseException>(async () => await admin.AclCatAsync("no-such-category"));
        Assert.Equal(AclUsers.Admin, await admin.AclWhoAmIAsync());

        var password = await admin.AclGenPassAsync();
        Assert.Equal(64, password.Length);
        Assert.True(password.All(char.IsAsciiHexDigitLower));
        Assert.Equal(8, (await admin.AclGenPassAsync(32)).Length);
        Assert.NotEqual(password, await admin.AclGenPassAsync());
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await admin.AclGenPassAsync(0));

        // MONITOR's refusal comes from its first reply, before any entry.
        await using var reader = User(server, AclUsers.Reader, AclUsers.ReaderPassword, protocol);
        var denied = await Assert.ThrowsAsync<RedisPermissionException>(async () =>
        {
            await foreach (var entry in reader.MonitorAsync())
            {
                Assert.Fail($"MONITOR streamed {entry} to a user without the right.");
            }
        });
        Assert.Equal("NOPERM", denied.Prefix);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Log_records_denials_and_failed_logins_until_reset(int protocol)
    {
        await using var server = await RedisServerProcess.StartAclAsync();
        await using var admin = Admin(server, protocol);
        await using (var intruder = User(server, AclUsers.Reader, "wrong-password", protocol))
        {
            await Assert.ThrowsAsync<RedisAuthenticationException>(async () => await intruder.PingAsync());
        }

        await using (var reader = User(server, AclUsers.Reader, AclUsers.ReaderPassword, protocol))
        {
            await Assert.ThrowsAsync<RedisPermissionException>(async () => await reader.SetAsync("k", "v"));
            await Assert.ThrowsAsync<RedisPermissionException>(async () => await reader.SetAsync("k", "v"));
        }

        var log = await admin.AclLogAsync();
        Assert.Equal(2, log.Length);
        var denied = log[0];
        Assert.Equal("command", denied.Reason);
        Assert.Equal("toplevel", denied.Context);
        Assert.Equal("set", denied.Target);
        Assert.Equal(AclUsers.Reader, denied.Username);
        Assert.Equal(2, denied.Count);
        Assert.Equal(AclUsers.Reader, denied.ClientInfo.User);
        Assert.InRange(denied.Age, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        var login = log[1];
        Assert.Equal("auth", login.Reason);
        Assert.Equal(AclUsers.Reader, login.Username);
        Assert.True(login.Count >= 1);
        Assert.Single(await admin.AclLogAsync(1));

        Assert.True(await admin.AclLogResetAsync());
        Assert.Empty(await admin.AclLogAsync());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Save_writes_the_acl_file_and_load_reads_it_back(int protocol)
    {
        await using var server = await RedisServerProcess.StartAclAsync();
        await using var admin = Admin(server, protocol);
        Assert.True(await admin.AclSetUserAsync("saved", new AclRules().On().AddPassword(Secret).AllowKeys("s:*").AllowCommands("get")));
        Assert.True(await admin.AclSaveAsync());
        var file = await File.ReadAllTextAsync(server.AclFilePath!);
        Assert.Contains("user saved on #" + Sha256(Secret), file, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, file, StringComparison.Ordinal);

        var edited = file.Replace("user saved ", "user renamed ", StringComparison.Ordinal);
        await File.WriteAllTextAsync(server.AclFilePath!, edited);
        Assert.True(await admin.AclLoadAsync());
        var users = await admin.AclUsersAsync();
        Assert.Contains("renamed", users);
        Assert.DoesNotContain("saved", users);

        await File.AppendAllTextAsync(server.AclFilePath!, "user broken on nonsense-rule\n");
        await Assert.ThrowsAsync<RedisResponseException>(async () => await admin.AclLoadAsync());
        Assert.Contains("renamed", await admin.AclUsersAsync());

        await using var withoutFile = await RedisServerProcess.StartAsync();
        await using var plain = RedisClient.FromUrl($"{withoutFile.Url}?protocol={protocol}");
        await Assert.ThrowsAsync<RedisResponseException>(async () => await plain.AclSaveAsync());
    }

    [Fact]
    public async Task Acl_replies_are_identical_under_RESP2_and_RESP3()
    {
        await using var server = await RedisServerProcess.StartAclAsync();
        await using var resp2 = Admin(server, 2);
        await using var resp3 = Admin(server, 3);
        await resp2.AclSetUserAsync("shaped", new AclRules().On().AddPassword(Secret).AllowKeys("a:*").AllowReadKeys("b:*")
            .AllowChannels("c").AllowCategories("read").Selector(new AclRules().AllowKeys("d:*").AllowCommands("set")));
        await using (var reader = User(server, AclUsers.Reader, AclUsers.ReaderPassword, 3))
        {
            await Assert.ThrowsAsync<RedisPermissionException>(async () => await reader.DeleteAsync(["k"]));
        }

        Assert.Equal(Json(await resp2.AclGetUserAsync("shaped")), Json(await resp3.AclGetUserAsync("shaped")));
        Assert.Equal(Json(await resp2.AclListAsync()), Json(await resp3.AclListAsync()));
        Assert.Equal(Json(await resp2.AclUsersAsync()), Json(await resp3.AclUsersAsync()));
        Assert.Equal(Json(await resp2.AclCatAsync("string")), Json(await resp3.AclCatAsync("string")));
        Assert.Equal(await resp2.AclDryRunAsync("shaped", "get", ["z"]), await resp3.AclDryRunAsync("shaped", "get", ["z"]));
        var two = Assert.Single(await resp2.AclLogAsync());
        var three = Assert.Single(await resp3.AclLogAsync());
        Assert.Equal(two with { Age = default, ClientInfo = three.ClientInfo }, three with { Age = default });
    }

    private static RedisClient Admin(RedisServerProcess server, int protocol) => User(server, AclUsers.Admin, AclUsers.AdminPassword, protocol);

    private static RedisClient User(RedisServerProcess server, string user, string password, int protocol) =>
        RedisClient.FromUrl($"redis://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(password)}@{server.Host}:{server.Port}?protocol={protocol}");

    private static string Sha256(string password) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(password)));

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
