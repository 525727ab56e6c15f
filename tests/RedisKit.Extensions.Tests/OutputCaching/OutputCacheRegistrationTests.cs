using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RedisKit.OutputCaching;

namespace RedisKit.Extensions.Tests.OutputCaching;

public sealed class OutputCacheRegistrationTests
{
    [Fact]
    public async Task The_store_replaces_the_in_memory_default_whichever_is_registered_first_and_only_once()
    {
        var services = new ServiceCollection();
        services.AddOutputCache();
        services.AddRedis("redis://127.0.0.1:1").AddRedisOutputCache(options => options.InstanceName = "app:");
        services.AddRedisOutputCache();
        services.AddOutputCache();
        Assert.Single(services, d => d.ServiceType == typeof(RedisOutputCacheStore));
        Assert.Equal(2, services.Count(d => d.ServiceType == typeof(IOutputCacheStore)));

        await using var provider = services.BuildServiceProvider();
        var store = Assert.IsType<RedisOutputCacheStore>(provider.GetRequiredService<IOutputCacheStore>());
        Assert.Same(store, provider.GetRequiredService<RedisOutputCacheStore>());
        Assert.Same(provider.GetRequiredService<RedisClient>(), store.Client);
        Assert.Equal("app:", store.InstanceName);
    }

    [Fact]
    public async Task A_keyed_clients_builder_puts_the_store_on_that_client()
    {
        var services = new ServiceCollection();
        services.AddRedis("redis://127.0.0.1:1");
        services.AddKeyedRedis("cache", "redis://127.0.0.1:2").AddRedisOutputCache();
        services.AddOutputCache();

        await using var provider = services.BuildServiceProvider();
        var store = Assert.IsType<RedisOutputCacheStore>(provider.GetRequiredService<IOutputCacheStore>());
        Assert.Same(provider.GetRequiredKeyedService<RedisClient>("cache"), store.Client);
        Assert.NotSame(provider.GetRequiredService<RedisClient>(), store.Client);
        Assert.Equal(string.Empty, store.InstanceName);
    }

    [Fact]
    public async Task The_aspire_shaped_registration_chains_to_the_store()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration["ConnectionStrings:cache"] = "127.0.0.1:1";
        builder.AddKeyedRedisClient("cache").AddRedisOutputCache(options => options.InstanceName = "web:");
        builder.Services.AddOutputCache();

        using var host = builder.Build();
        var store = Assert.IsType<RedisOutputCacheStore>(host.Services.GetRequiredService<IOutputCacheStore>());
        Assert.Same(host.Services.GetRequiredKeyedService<RedisClient>("cache"), store.Client);
        Assert.Equal("web:", store.InstanceName);
        await store.DisposeAsync();
    }
}
