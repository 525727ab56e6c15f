using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RedisKit.OutputCaching;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.OutputCaching;

/// <summary>Two app instances on real Kestrel sharing one Redis through RedisOutputCacheStore.</summary>
public sealed class OutputCacheWebTests
{
    [Fact]
    public async Task A_response_cached_by_one_instance_is_served_by_the_other()
    {
        var server = await RedisTestServers.GetSharedAsync();
        var prefix = new TestKeys().Prefix;
        var handler = new Counter();
        await using var a = await StartAsync(server.Url, prefix, handler);
        await using var b = await StartAsync(server.Url, prefix, handler);
        await using var redis = RedisClient.FromUrl(server.Url);

        var first = await a.Http.GetStringAsync(new Uri("/items/1", UriKind.Relative));
        await WaitForEntriesAsync(redis, prefix, 1);
        Assert.Equal(first, await b.Http.GetStringAsync(new Uri("/items/1", UriKind.Relative)));
        Assert.Equal(first, await a.Http.GetStringAsync(new Uri("/items/1", UriKind.Relative)));
        Assert.Equal(1, handler.Value);

        var big = await b.Http.GetByteArrayAsync(new Uri("/big", UriKind.Relative));
        Assert.Equal(BigBody.Length, big.Length);
        await WaitForEntriesAsync(redis, prefix, 2);
        Assert.Equal(big, await a.Http.GetByteArrayAsync(new Uri("/big", UriKind.Relative)));
        Assert.Equal(2, handler.Value);
    }

    [Fact]
    public async Task Evicting_a_tag_on_one_instance_evicts_for_both()
    {
        var server = await RedisTestServers.GetSharedAsync();
        var prefix = new TestKeys().Prefix;
        var handler = new Counter();
        await using var a = await StartAsync(server.Url, prefix, handler);
        await using var b = await StartAsync(server.Url, prefix, handler);
        await using var redis = RedisClient.FromUrl(server.Url);

        var item = await a.Http.GetStringAsync(new Uri("/items/1", UriKind.Relative));
        var untagged = await a.Http.GetStringAsync(new Uri("/plain", UriKind.Relative));
        await WaitForEntriesAsync(redis, prefix, 2);
        Assert.Equal(item, await b.Http.GetStringAsync(new Uri("/items/1", UriKind.Relative)));
        Assert.Equal(2, handler.Value);

        Assert.Equal(HttpStatusCode.NoContent, (await b.Http.PostAsync(new Uri("/evict/items", UriKind.Relative), null)).StatusCode);
        var fresh = await a.Http.GetStringAsync(new Uri("/items/1", UriKind.Relative));
        Assert.NotEqual(item, fresh);
        Assert.Equal(3, handler.Value);
        Assert.Equal(untagged, await b.Http.GetStringAsync(new Uri("/plain", UriKind.Relative)));
        Assert.Equal(3, handler.Value);
    }

    [Fact]
    public async Task Entries_expire_with_the_policys_duration()
    {
        var server = await RedisTestServers.GetSharedAsync();
        var prefix = new TestKeys().Prefix;
        var handler = new Counter();
        await using var a = await StartAsync(server.Url, prefix, handler);
        await using var b = await StartAsync(server.Url, prefix, handler);
        await using var redis = RedisClient.FromUrl(server.Url);

        var first = await a.Http.GetStringAsync(new Uri("/brief", UriKind.Relative));
        var key = Assert.Single(await WaitForEntriesAsync(redis, prefix, 1));
        Assert.InRange((await redis.PTtlAsync(key))!.Value.TotalMilliseconds, 1, 1000);

        await Polling.EventuallyAsync(async () => await redis.ExistsAsync(key), count => count == 0);
        Assert.NotEqual(first, await b.Http.GetStringAsync(new Uri("/brief", UriKind.Relative)));
        Assert.Equal(2, handler.Value);
    }

    [Fact]
    public async Task With_redis_stopped_the_endpoints_still_answer_as_misses()
    {
        await using var server = await RedisServerProcess.StartAsync();
        var prefix = new TestKeys().Prefix;
        var handler = new Counter();
        var logs = new CapturedLogs();
        await using var a = await StartAsync(server.Url, prefix, handler, logs);

        var cached = await a.Http.GetStringAsync(new Uri("/items/1", UriKind.Relative));
        await using (var redis = RedisClient.FromUrl(server.Url))
        {
            await WaitForEntriesAsync(redis, prefix, 1);
        }

        Assert.Equal(cached, await a.Http.GetStringAsync(new Uri("/items/1", UriKind.Relative)));
        await server.StopAsync();

        for (var i = 0; i < 3; i++)
        {
            using var response = await a.Http.GetAsync(new Uri("/items/1", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEqual(cached, await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(4, handler.Value);
        Assert.Contains(logs.Lines, line => line.Contains("Output cache read of '", StringComparison.Ordinal));
    }

    private static readonly byte[] BigBody = CreateBigBody();

    private static byte[] CreateBigBody()
    {
        var body = new byte[2 * 1024 * 1024 + 3];
        new Random(18).NextBytes(body);
        return body;
    }

    private static async Task<List<string>> WaitForEntriesAsync(RedisClient redis, string prefix, int count) =>
        await Polling.EventuallyAsync(
            async () =>
            {
                var keys = new List<string>();
                await foreach (var key in redis.ScanIterAsync(match: prefix + "__MSOCV_*"))
                {
                    keys.Add(key);
                }

                return keys;
            },
            keys => keys.Count >= count);

    private static async Task<App> StartAsync(string url, string prefix, Counter handler, CapturedLogs? logs = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.Services.AddRedis(url).AddRedisOutputCache(options => options.InstanceName = prefix);
        builder.Services.AddOutputCache();
        var app = builder.Build();
        app.UseOutputCache();
        app.MapGet("/items/{id}", (string id) => $"item {id} rendered #{handler.Next()} ({Guid.NewGuid():N})")
            .CacheOutput(policy => policy.Expire(TimeSpan.FromMinutes(5)).Tag("items"));
        app.MapGet("/plain", () => $"plain #{handler.Next()} ({Guid.NewGuid():N})")
            .CacheOutput(policy => policy.Expire(TimeSpan.FromMinutes(5)));
        app.MapGet("/brief", () => $"brief #{handler.Next()} ({Guid.NewGuid():N})")
            .CacheOutput(policy => policy.Expire(TimeSpan.FromSeconds(1)));
        app.MapGet("/big", () =>
        {
            handler.Next();
            return Results.Bytes(BigBody, "application/octet-stream");
        }).CacheOutput(policy => policy.Expire(TimeSpan.FromMinutes(5)));
        app.MapPost("/evict/{tag}", async (string tag, IOutputCacheStore store, CancellationToken cancellationToken) =>
        {
            await store.EvictByTagAsync(tag, cancellationToken);
            return Results.NoContent();
        });
        await app.StartAsync();
        Assert.IsType<RedisOutputCacheStore>(app.Services.GetRequiredService<IOutputCacheStore>());
        return new App(app);
    }

    private sealed class Counter
    {
        private int _value;

        public int Value => Volatile.Read(ref _value);

        public int Next() => Interlocked.Increment(ref _value);
    }

    private sealed class App(WebApplication app) : IAsyncDisposable
    {
        // The output cache keys on the Host header: behind a load balancer every instance sees the site's name,
        // while each test instance listens on a port of its own.
        public HttpClient Http { get; } = new() { BaseAddress = new Uri(app.Urls.Single()), DefaultRequestHeaders = { Host = "shop.example" } };

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
