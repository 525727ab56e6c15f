using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.DependencyInjection;

/// <summary><c>WithCredentialProvider</c>: a provider resolved from the container authenticates the client.</summary>
public sealed class CredentialProviderRegistrationTests
{
    private const string Secret = "Di-s3cret-Pw9";

    [Fact]
    public async Task A_provider_type_is_resolved_with_its_dependencies_and_authenticates_every_connection()
    {
        var server = await RedisTestServers.GetSharedAsync();
        await using var admin = RedisClient.FromUrl(server.Url);
        var user = "di-cred-" + Guid.NewGuid().ToString("N")[..8];
        await admin.ExecuteCommandAsync("ACL", "SETUSER", user, "on", ">" + Secret, "~di:*", "+@all");
        try
        {
            using var host = TestHost.Build(
                new Dictionary<string, string?> { ["ConnectionStrings:redis"] = server.Url },
                (services, configuration) =>
                {
                    services.AddSingleton(new TokenStore(user, Secret));
                    services.AddRedis(configuration).WithCredentialProvider<StoreCredentialProvider>();
                });

            await host.StartAsync();
            var redis = host.Services.GetRequiredService<RedisClient>();
            Assert.Same(host.Services.GetRequiredService<StoreCredentialProvider>(), redis.Options.CredentialProvider);
            Assert.Equal(user, await redis.AclWhoAmIAsync());
            await using (var bound = redis.Client())
            {
                Assert.Equal(user, await bound.AclWhoAmIAsync());
            }

            await host.StopAsync();
        }
        finally
        {
            await admin.AclDelUserAsync(user);
        }
    }

    [Fact]
    public async Task A_keyed_client_takes_a_provider_from_a_factory()
    {
        var provider = RedisCredentialProvider.Static(new RedisCredentials("svc", Secret));
        using var host = TestHost.Build(
            new Dictionary<string, string?> { ["ConnectionStrings:cache"] = "redis://127.0.0.1:6399" },
            (services, configuration) => services.AddKeyedRedis("cache", configuration).WithCredentialProvider(_ => provider));

        await host.StartAsync();
        var redis = host.Services.GetRequiredKeyedService<RedisClient>("cache");
        Assert.Same(provider, redis.Options.CredentialProvider);
        Assert.DoesNotContain(Secret, redis.Options.ToString(), StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_provider_and_a_password_in_the_connection_string_fail_startup_naming_both()
    {
        using var host = TestHost.Build(
            new Dictionary<string, string?> { ["ConnectionStrings:redis"] = $"redis://:{Secret}@127.0.0.1:6399" },
            (services, configuration) => services.AddRedis(configuration)
                .WithCredentialProvider(_ => RedisCredentialProvider.Static(new RedisCredentials(null, "other"))));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("RedisOptions.CredentialProvider (from ConnectionStrings:redis or code) is set and so is", error.Message, StringComparison.Ordinal);
        Assert.Contains("RedisOptions.Password", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    /// <summary>Stands for a secret store or token service the application registers.</summary>
    public sealed record TokenStore(string User, string Password);

    /// <summary>A provider with a dependency of its own, as an application would write one.</summary>
    public sealed class StoreCredentialProvider(TokenStore store) : RedisCredentialProvider
    {
        public override ValueTask<RedisCredentials> GetCredentialsAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult(new RedisCredentials(store.User, store.Password));
    }
}
