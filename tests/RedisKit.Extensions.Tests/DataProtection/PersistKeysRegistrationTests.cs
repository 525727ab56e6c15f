using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NSubstitute;
using RedisKit.DataProtection;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.DataProtection;

/// <summary>How PersistKeysToRedisKit registers, which client it picks, and key deletion.</summary>
public sealed class PersistKeysRegistrationTests
{
    [Fact]
    public void Registering_again_replaces_the_choice_and_the_last_PersistKeysTo_wins()
    {
        var services = new ServiceCollection();
        services.AddRedis("redis://127.0.0.1:1");
        services.AddDataProtection().PersistKeysToRedisKit("first").PersistKeysToRedisKit("second");
        Assert.Single(services, d => d.ServiceType == typeof(IConfigureOptions<KeyManagementOptions>) && d.ImplementationType?.Namespace == "RedisKit.DataProtection");
        using (var provider = services.BuildServiceProvider())
        {
            var repository = Assert.IsType<RedisXmlRepository>(provider.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
            Assert.Equal("second", repository.Key);
        }

        var directory = Directory.CreateTempSubdirectory("rediskit-dp-").FullName;
        try
        {
            services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(directory));
            using (var provider = services.BuildServiceProvider())
            {
                Assert.IsType<FileSystemXmlRepository>(provider.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
            }

            services.AddRedis("redis://127.0.0.1:1").PersistDataProtectionKeys();
            using (var provider = services.BuildServiceProvider())
            {
                var repository = Assert.IsType<RedisXmlRepository>(provider.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
                Assert.Equal("DataProtection-Keys", repository.Key);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_missing_client_is_named_when_the_options_are_built()
    {
        var services = new ServiceCollection();
        services.AddDataProtection().PersistKeysToRedisKit();
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IOptions<KeyManagementOptions>>().Value);
        Assert.Contains("AddRedis", error.Message, StringComparison.Ordinal);

        var keyed = new ServiceCollection();
        keyed.AddRedis("redis://127.0.0.1:1");
        keyed.AddDataProtection().PersistKeysToKeyedRedisKit("sessions");
        using var keyedProvider = keyed.BuildServiceProvider();
        error = Assert.Throws<InvalidOperationException>(() => keyedProvider.GetRequiredService<IOptions<KeyManagementOptions>>().Value);
        Assert.Contains("'sessions'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repository_speaks_to_any_IRedisClient_through_its_synchronous_path()
    {
        var client = Substitute.For<IRedisClient>();
        client.ExecuteCommand(Arg.Is<object?[]>(a => (string)a[0]! == "LRANGE")).Returns(new object?[] { "<key id=\"1\" />"u8.ToArray(), "<key id=\"2\" />" });
        var repository = new RedisXmlRepository(client, "ring");

        Assert.Equal(["1", "2"], repository.GetAllElements().Select(e => (string)e.Attribute("id")!));
        repository.StoreElement(new XElement("key", new XAttribute("id", "3")), "friendly");
        var stored = "<key id=\"3\" />"u8.ToArray();
        client.Received().ExecuteCommand(Arg.Is<object?[]>(a =>
            (string)a[0]! == "RPUSH" && (string)a[1]! == "ring" && ((byte[])a[2]!).SequenceEqual(stored)));

        client.ExecuteCommand(Arg.Is<object?[]>(a => (string)a[0]! == "LRANGE")).Returns(new object?[] { "<key id=\"1\"" });
        var error = Assert.Throws<System.Xml.XmlException>(repository.GetAllElements);
        Assert.Contains("Entry 0 of the data-protection key list 'ring'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_elements_removes_exactly_the_chosen_entries()
    {
        var server = await RedisTestServers.GetSharedAsync();
        var key = new TestKeys()["keys"];
        await using var redis = RedisClient.FromUrl(server.Url);
        var repository = new RedisXmlRepository(redis, key);
        foreach (var id in new[] { "1", "2", "3", "2" })
        {
            repository.StoreElement(new XElement("key", new XAttribute("id", id)), id);
        }

        IReadOnlyCollection<IDeletableElement>? seen = null;
        Assert.True(repository.DeleteElements(elements =>
        {
            seen = elements;
            var all = elements.ToArray();
            all[2].DeletionOrder = 2;
            all[1].DeletionOrder = 1;
        }));

        Assert.Equal(["1", "2", "3", "2"], seen!.Select(e => (string)e.Element.Attribute("id")!));
        Assert.Equal(["1", "2"], repository.GetAllElements().Select(e => (string)e.Attribute("id")!));
        Assert.Equal(2, await redis.LLenAsync(key));
        Assert.True(repository.DeleteElements(static _ => { }));
        Assert.Equal(2, await redis.LLenAsync(key));
    }
}
