using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using RedisKit.TestKit;
using StackExchange.Redis;
using OurRepository = RedisKit.DataProtection.RedisXmlRepository;

namespace RedisKit.Extensions.Tests.DataProtection;

/// <summary>
/// Keys written by Microsoft.AspNetCore.DataProtection.StackExchangeRedis are read by RedisKit's
/// repository and the other way round. A server of its own: both sides use the default key name.
/// </summary>
public sealed class StackExchangeRedisKeyRingInteropTests : IAsyncLifetime
{
    private RedisServerProcess _server = null!;
    private ConnectionMultiplexer _multiplexer = null!;

    public async Task InitializeAsync()
    {
        _server = await RedisServerProcess.StartAsync();
        _multiplexer = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{_server.Port}");
    }

    public async Task DisposeAsync()
    {
        await _multiplexer.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Elements_cross_over_in_both_directions_under_the_default_key()
    {
        await using var bytesClient = RedisClient.FromUrl(_server.Url);
        await using var textClient = RedisClient.FromUrl(_server.Url, new RedisOptions { DecodeResponses = true });
        var ours = new OurRepository(bytesClient);
        var oursDecoding = new OurRepository(textClient);
        var theirs = new RedisXmlRepository(() => _multiplexer.GetDatabase(), "DataProtection-Keys");
        Assert.Equal("DataProtection-Keys", ours.Key);

        var fromThem = new XElement("key", new XAttribute("id", "1"), new XElement("note", "from Microsoft: ünïcødé ✓"));
        var fromUs = new XElement("key", new XAttribute("id", "2"), new XElement("note", "from RedisKit: ünïcødé ✓"), new XElement("empty"));
        theirs.StoreElement(fromThem, "one");
        ours.StoreElement(fromUs, "two");

        foreach (var all in new[] { ours.GetAllElements(), oursDecoding.GetAllElements(), theirs.GetAllElements() })
        {
            Assert.Equal(2, all.Count);
            Assert.True(XNode.DeepEquals(fromThem, all.ElementAt(0)));
            Assert.True(XNode.DeepEquals(fromUs, all.ElementAt(1)));
        }

        // Byte for byte the entry Microsoft's repository writes: unformatted XML in UTF-8.
        var raw = await _multiplexer.GetDatabase().ListRangeAsync("DataProtection-Keys");
        Assert.Equal(fromUs.ToString(SaveOptions.DisableFormatting), (string?)raw[1]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Instances_on_either_library_share_one_key_ring(bool redisKitCreatesTheKey)
    {
        var key = redisKitCreatesTheKey ? "ring-from-rediskit" : "ring-from-microsoft";
        void OnRedisKit(IServiceCollection services)
        {
            services.AddRedis(_server.Url);
            services.AddDataProtection().SetApplicationName("x").PersistKeysToRedisKit(key);
        }

        void OnMicrosoft(IServiceCollection services) =>
            services.AddDataProtection().SetApplicationName("x").PersistKeysToStackExchangeRedis(_multiplexer, key);

        await using var first = await DataProtectionApp.StartAsync(redisKitCreatesTheKey ? OnRedisKit : OnMicrosoft);
        var payload = await first.ProtectAsync("from the first");
        var cookie = await first.LoginAsync("alice");

        await using var second = await DataProtectionApp.StartAsync(redisKitCreatesTheKey ? OnMicrosoft : OnRedisKit);
        Assert.Equal((HttpStatusCode.OK, "from the first"), await second.UnprotectAsync(payload));
        Assert.Equal((HttpStatusCode.OK, "alice"), await second.WhoAmIAsync(cookie));
        Assert.Equal((HttpStatusCode.OK, "from the second"), await first.UnprotectAsync(await second.ProtectAsync("from the second")));
        Assert.Equal(1, await _multiplexer.GetDatabase().ListLengthAsync(key));
    }

    [Fact]
    public async Task The_default_key_names_agree()
    {
        await using var ours = await DataProtectionApp.StartAsync(services =>
        {
            services.AddRedis(_server.Url);
            services.AddDataProtection().SetApplicationName("x").PersistKeysToRedisKit();
        });
        var payload = await ours.ProtectAsync("default key");

        await using var theirs = await DataProtectionApp.StartAsync(services =>
            services.AddDataProtection().SetApplicationName("x").PersistKeysToStackExchangeRedis(_multiplexer));
        Assert.Equal((HttpStatusCode.OK, "default key"), await theirs.UnprotectAsync(payload));
        Assert.Equal(1, await _multiplexer.GetDatabase().ListLengthAsync("DataProtection-Keys"));
    }
}
