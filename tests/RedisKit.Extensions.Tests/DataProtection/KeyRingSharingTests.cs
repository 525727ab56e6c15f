using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.DataProtection;

/// <summary>Two instances of a web app share one key ring in Redis: what one protects, the other reads.</summary>
public sealed class KeyRingSharingTests
{
    [Fact]
    public async Task A_payload_and_a_cookie_protected_by_one_instance_are_read_by_another()
    {
        var server = await RedisTestServers.GetSharedAsync();
        var key = new TestKeys()["keys"];
        void Configure(IServiceCollection services)
        {
            services.AddRedis(server.Url);
            services.AddDataProtection().PersistKeysToRedisKit(key).SetApplicationName("x");
        }

        await using var a = await DataProtectionApp.StartAsync(Configure);
        var payload = await a.ProtectAsync("hello from A");
        var cookie = await a.LoginAsync("alice");

        await using var b = await DataProtectionApp.StartAsync(Configure);
        Assert.Equal((HttpStatusCode.OK, "hello from A"), await b.UnprotectAsync(payload));
        Assert.Equal((HttpStatusCode.OK, "alice"), await b.WhoAmIAsync(cookie));
        Assert.Equal((HttpStatusCode.OK, "hello from B"), await a.UnprotectAsync(await b.ProtectAsync("hello from B")));
        Assert.Equal((HttpStatusCode.OK, "bob"), await a.WhoAmIAsync(await b.LoginAsync("bob")));

        // One key, created by A and stored once, is the whole ring both use.
        await using var redis = RedisClient.FromUrl(server.Url);
        Assert.Equal(1, await redis.LLenAsync(key));
    }

    [Fact]
    public async Task The_key_name_option_separates_key_rings()
    {
        var server = await RedisTestServers.GetSharedAsync();
        var keys = new TestKeys();
        await using var a = await DataProtectionApp.StartAsync(services =>
        {
            services.AddRedis(server.Url);
            services.AddDataProtection().PersistKeysToRedisKit(keys["ring-1"]).SetApplicationName("x");
        });
        await using var c = await DataProtectionApp.StartAsync(services =>
        {
            services.AddRedis(server.Url);
            services.AddDataProtection().PersistKeysToRedisKit(keys["ring-2"]).SetApplicationName("x");
        });

        var payload = await a.ProtectAsync("only ring 1");
        var cookie = await a.LoginAsync("alice");
        Assert.Equal(HttpStatusCode.BadRequest, (await c.UnprotectAsync(payload)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await c.WhoAmIAsync(cookie)).Status);
        Assert.Equal((HttpStatusCode.OK, "only ring 1"), await a.UnprotectAsync(payload));

        await using var redis = RedisClient.FromUrl(server.Url);
        Assert.Equal(1, await redis.LLenAsync(keys["ring-1"]));
        Assert.Equal(1, await redis.LLenAsync(keys["ring-2"]));
    }

    [Fact]
    public async Task The_AddRedis_chain_and_a_keyed_client_keep_the_ring_on_that_client()
    {
        var server = await RedisTestServers.GetSharedAsync();
        var key = new TestKeys()["keys"];

        // The keyed client reads database 5, the default one database 0: the ring must be in 5.
        var keyedUrl = new UriBuilder(server.Url) { Path = "/5" }.Uri.ToString();
        void Chained(IServiceCollection services)
        {
            services.AddRedis(server.Url);
            services.AddKeyedRedis("keys", keyedUrl).PersistDataProtectionKeys(key);
            services.AddDataProtection().SetApplicationName("x");
        }

        void Direct(IServiceCollection services)
        {
            services.AddRedis(server.Url);
            services.AddKeyedRedis("keys", keyedUrl);
            services.AddDataProtection().SetApplicationName("x").PersistKeysToKeyedRedisKit("keys", key);
        }

        await using var a = await DataProtectionApp.StartAsync(Chained);
        await using var b = await DataProtectionApp.StartAsync(Direct);
        Assert.Equal((HttpStatusCode.OK, "keyed"), await b.UnprotectAsync(await a.ProtectAsync("keyed")));
        Assert.Equal((HttpStatusCode.OK, "alice"), await a.WhoAmIAsync(await b.LoginAsync("alice")));

        await using var db0 = RedisClient.FromUrl(server.Url);
        await using var db5 = RedisClient.FromUrl(keyedUrl);
        Assert.Equal(0, await db0.LLenAsync(key));
        Assert.Equal(1, await db5.LLenAsync(key));
    }

    [Fact]
    public async Task A_given_client_with_decoded_responses_shares_the_ring_with_the_default_client()
    {
        var server = await RedisTestServers.GetSharedAsync();
        var key = new TestKeys()["keys"];
        await using var decoding = RedisClient.FromUrl(server.Url, new RedisOptions { DecodeResponses = true });

        await using var a = await DataProtectionApp.StartAsync(services =>
        {
            services.AddRedis(server.Url).PersistDataProtectionKeys(key);
            services.AddDataProtection().SetApplicationName("x");
        });
        await using var b = await DataProtectionApp.StartAsync(services =>
            services.AddDataProtection().SetApplicationName("x").PersistKeysToRedisKit(decoding, key));

        Assert.Equal((HttpStatusCode.OK, "über"), await b.UnprotectAsync(await a.ProtectAsync("über")));
        Assert.Equal((HttpStatusCode.OK, "zoë"), await a.WhoAmIAsync(await b.LoginAsync("zoë")));
    }

    [Fact]
    public async Task The_aspire_shaped_registration_chains_to_the_key_ring()
    {
        var server = await RedisTestServers.GetSharedAsync();
        var key = new TestKeys()["keys"];
        static void Quiet(RedisKit.Hosting.RedisClientSettings settings)
        {
            settings.DisableTracing = true;
            settings.DisableMetrics = true;
            settings.DisableHealthChecks = true;
        }

        await using var a = await DataProtectionApp.StartAsync((Microsoft.AspNetCore.Builder.WebApplicationBuilder builder) =>
        {
            builder.Configuration["ConnectionStrings:keys"] = server.Url;
            builder.AddKeyedRedisClient("keys", Quiet).PersistDataProtectionKeys(key);
            builder.Services.AddDataProtection().SetApplicationName("x");
        });
        await using var b = await DataProtectionApp.StartAsync((Microsoft.AspNetCore.Builder.WebApplicationBuilder builder) =>
        {
            builder.Configuration["ConnectionStrings:keys"] = server.Url;
            builder.AddRedisClient("keys", Quiet).PersistDataProtectionKeys(key);
            builder.Services.AddDataProtection().SetApplicationName("x");
        });

        Assert.Equal((HttpStatusCode.OK, "aspire"), await b.UnprotectAsync(await a.ProtectAsync("aspire")));
        await using var redis = RedisClient.FromUrl(server.Url);
        Assert.Equal(1, await redis.LLenAsync(key));
    }
}
