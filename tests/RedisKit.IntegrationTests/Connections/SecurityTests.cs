using RedisKit.TestKit;

namespace RedisKit.IntegrationTests.Connections;

/// <summary>ACL users, TLS and Unix sockets on servers the test kit starts.</summary>
public sealed class SecurityTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Acl_users_log_in_and_are_held_to_their_rights(int protocol)
    {
        await using var server = await RedisServerProcess.StartAclAsync();
        var readerUrl = AclUsers.Url(server, AclUsers.Reader, AclUsers.ReaderPassword, $"?protocol={protocol}");
        await using var reader = RedisClient.FromUrl(readerUrl, new RedisOptions { DecodeResponses = true });
        Assert.True(await reader.PingAsync());
        Assert.Equal(AclUsers.Reader, (await reader.ClientInfoAsync()).User);
        Assert.Null(await reader.GetAsync("k"));
        var denied = await Assert.ThrowsAsync<RedisPermissionException>(async () => await reader.SetAsync("k", "v"));
        Assert.Equal("NOPERM", denied.Prefix);

        var adminUrl = AclUsers.AdminUrl(server, $"?protocol={protocol}");
        await using var admin = RedisClient.FromUrl(adminUrl);
        Assert.True(await admin.SetAsync("k", "v"));
        Assert.Equal("v", await reader.GetAsync("k"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_wrong_password_is_an_authentication_error_that_never_shows_the_password(int protocol)
    {
        await using var server = await RedisServerProcess.StartAclAsync();
        const string Wrong = "Not-The-Password-7x";
        await using var redis = RedisClient.FromUrl($"redis://{AclUsers.Reader}:{Wrong}@{server.Host}:{server.Port}?protocol={protocol}");
        var error = await Assert.ThrowsAsync<RedisAuthenticationException>(async () => await redis.PingAsync());
        Assert.Equal("WRONGPASS", error.Prefix);
        Assert.DoesNotContain(Wrong, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Wrong, redis.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Wrong, redis.Options.ToString(), StringComparison.Ordinal);

        await using var anonymous = RedisClient.FromUrl($"redis://{server.Host}:{server.Port}?protocol={protocol}");
        var noAuth = await Assert.ThrowsAsync<RedisAuthenticationException>(async () => await anonymous.GetAsync("k"));
        Assert.Contains(noAuth.Prefix, new[] { "NOAUTH", "WRONGPASS" });
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Tls_with_the_test_ca_works_and_client_certificates_are_presented(int protocol)
    {
        await using var server = await RedisServerProcess.StartTlsAsync(requireClientCertificate: true);
        var certificates = server.Certificates!;
        var options = new RedisOptions
        {
            SslCaCerts = certificates.CaCertificatePath,
            SslCertFile = certificates.ClientCertificatePath,
            SslKeyFile = certificates.ClientKeyPath,
        };
        await using var redis = RedisClient.FromUrl($"rediss://localhost:{server.Port}?protocol={protocol}", options);
        Assert.True(await redis.SetAsync("k", "over tls"));
        Assert.Equal("over tls", await redis.GetAsync("k"));

        await using var byAddress = RedisClient.FromUrl($"rediss://127.0.0.1:{server.Port}?protocol={protocol}", options);
        Assert.True(await byAddress.PingAsync());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_server_requiring_client_certificates_says_it_refused_a_missing_or_foreign_one(int protocol)
    {
        await using var server = await RedisServerProcess.StartTlsAsync(requireClientCertificate: true);
        var certificates = server.Certificates!;
        var url = $"rediss://localhost:{server.Port}?protocol={protocol}&retries=0";

        await using var without = RedisClient.FromUrl(url, new RedisOptions { SslCaCerts = certificates.CaCertificatePath });
        var none = await Assert.ThrowsAsync<RedisConnectionException>(async () => await without.PingAsync());
        Assert.Contains($"localhost:{server.Port}", none.Message, StringComparison.Ordinal);
        Assert.Contains("refused the client certificate", none.Message, StringComparison.Ordinal);
        Assert.Contains("none was offered", none.Message, StringComparison.Ordinal);

        var foreignOptions = new RedisOptions
        {
            SslCaCerts = certificates.CaCertificatePath,
            SslCertFile = certificates.OtherClientCertificatePath,
            SslKeyFile = certificates.OtherClientKeyPath,
        };
        await using var foreign = RedisClient.FromUrl(url, foreignOptions);
        var refused = await Assert.ThrowsAsync<RedisConnectionException>(async () => await foreign.PingAsync());
        Assert.Contains("refused the client certificate", refused.Message, StringComparison.Ordinal);
        Assert.Contains("subject \"CN=rediskit-foreign-client\", issuer \"CN=Unrelated CA\"", refused.Message, StringComparison.Ordinal);
        foreach (var error in new[] { none, refused })
        {
            Assert.DoesNotContain("PRIVATE KEY", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Connection reset by peer", error.Message.Split('(')[0], StringComparison.Ordinal);
        }

        // The same server accepts the certificate its CA issued.
        await using var accepted = RedisClient.FromUrl(url, new RedisOptions
        {
            SslCaCerts = certificates.CaCertificatePath,
            SslCertFile = certificates.ClientCertificatePath,
            SslKeyFile = certificates.ClientKeyPath,
        });
        Assert.True(await accepted.PingAsync());
    }

    [Fact]
    public async Task Tls_rejects_a_server_certificate_from_an_unknown_ca()
    {
        await using var server = await RedisServerProcess.StartTlsAsync();
        var certificates = server.Certificates!;
        await using var wrongCa = RedisClient.FromUrl(
            $"rediss://localhost:{server.Port}?ssl_ca_certs={Uri.EscapeDataString(certificates.OtherCaCertificatePath)}&retries=0");
        var error = await Assert.ThrowsAsync<RedisConnectionException>(async () => await wrongCa.PingAsync());
        Assert.Contains($"The TLS handshake with localhost:{server.Port} failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("subject \"CN=localhost\", issuer \"CN=RedisKit Test CA\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("not trusted by the CA in ssl_ca_certs", error.Message, StringComparison.Ordinal);
        Assert.Contains(certificates.OtherCaCertificatePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("\"CN=Unrelated CA\"", error.Message, StringComparison.Ordinal);
        Assert.Matches("PartialChain|UntrustedRoot", error.Message);
        Assert.DoesNotContain("RemoteCertificateValidationCallback", error.Message, StringComparison.Ordinal);

        await using var systemStore = RedisClient.FromUrl($"rediss://localhost:{server.Port}?retries=0");
        var untrusted = await Assert.ThrowsAsync<RedisConnectionException>(async () => await systemStore.PingAsync());
        Assert.Contains("not trusted by the system certificate store", untrusted.Message, StringComparison.Ordinal);
        Assert.Contains("subject \"CN=localhost\"", untrusted.Message, StringComparison.Ordinal);
        Assert.Matches("PartialChain|UntrustedRoot", untrusted.Message);

        await using var unverified = RedisClient.FromUrl($"rediss://localhost:{server.Port}?ssl_cert_reqs=none");
        Assert.True(await unverified.PingAsync());
    }

    [Fact]
    public async Task Tls_checks_the_host_name_unless_told_not_to()
    {
        await using var server = await RedisServerProcess.StartTlsAsync();
        var ca = Uri.EscapeDataString(server.Certificates!.CaCertificatePath);
        await using var wrongName = RedisClient.FromUrl($"rediss://127.0.0.1:{server.Port}?ssl_ca_certs={ca}&ssl_server_hostname=elsewhere.example&retries=0");
        var mismatch = await Assert.ThrowsAsync<RedisConnectionException>(async () => await wrongName.PingAsync());
        Assert.Contains("does not match the expected host name \"elsewhere.example\"", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains("subject \"CN=localhost\"", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains("DNS localhost, IP 127.0.0.1", mismatch.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not trusted", mismatch.Message, StringComparison.Ordinal);

        await using var unchecked_ = RedisClient.FromUrl($"rediss://127.0.0.1:{server.Port}?ssl_ca_certs={ca}&ssl_server_hostname=elsewhere.example&ssl_check_hostname=false");
        Assert.True(await unchecked_.PingAsync());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Unix_sockets_carry_commands_and_select_the_database(int protocol)
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = RedisClient.FromUrl($"unix://{server.UnixSocketPath}?db=3&protocol={protocol}");
        Assert.True(await redis.SetAsync("k", "over unix"));
        Assert.Equal("over unix", await redis.GetAsync("k"));
        Assert.Equal(3, (await redis.ClientInfoAsync()).Database);
    }

    [Fact]
    public async Task Synchronous_calls_work_over_tls_and_unix_sockets()
    {
        await using var tls = await RedisServerProcess.StartTlsAsync();
        var ca = Uri.EscapeDataString(tls.Certificates!.CaCertificatePath);
        await using var overTls = RedisClient.FromUrl($"rediss://localhost:{tls.Port}?ssl_ca_certs={ca}");
        Assert.Equal("OK"u8.ToArray(), overTls.ExecuteCommand("SET", "k", "over tls"));
        Assert.Equal("over tls"u8.ToArray(), overTls.ExecuteCommand("GET", "k"));
        Assert.Equal("over tls", await overTls.GetAsync("k"));

        await using var plain = await RedisServerProcess.StartAsync();
        await using var overUnix = RedisClient.FromUrl($"unix://{plain.UnixSocketPath}?db=2");
        Assert.Equal(1L, overUnix.ExecuteCommand("INCR", "n"));
        Assert.Equal("1", await overUnix.GetAsync("n"));
    }
}
