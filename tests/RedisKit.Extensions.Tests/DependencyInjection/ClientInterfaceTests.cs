using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NSubstitute;
using RedisKit.Samples.AspNetCore;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.DependencyInjection;

/// <summary>
/// Handlers take <see cref="IRedisClient"/>: AddRedis registers the one client under both types, and a
/// test can swap in a fake without a server.
/// </summary>
public sealed class ClientInterfaceTests
{
    [Fact]
    public async Task AddRedis_registers_the_same_client_under_IRedisClient_default_and_keyed()
    {
        var services = new ServiceCollection();
        services.AddRedis("redis://127.0.0.1:6399");
        services.AddKeyedRedis("sessions", "redis://127.0.0.1:6398");
        await using var provider = services.BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<RedisClient>(), provider.GetRequiredService<IRedisClient>());
        var keyed = provider.GetRequiredKeyedService<RedisClient>("sessions");
        Assert.Same(keyed, provider.GetRequiredKeyedService<IRedisClient>("sessions"));
        Assert.NotSame(keyed, provider.GetRequiredService<RedisClient>());
    }

    [Fact]
    public async Task The_web_samples_handlers_run_against_a_fake_client_with_no_server()
    {
        var redis = Substitute.For<IRedisClient>();

        // NSubstitute configures a call by making it; the ValueTask those calls return is never awaited.
#pragma warning disable CA2012
        redis.IncrAsync("counter:visits", 1, Arg.Any<CancellationToken>()).Returns(new ValueTask<long>(42));
        redis.GetAsync("note:known", Arg.Any<CancellationToken>()).Returns(new ValueTask<string?>("from the fake"));
        redis.GetAsync("note:unknown", Arg.Any<CancellationToken>()).Returns(new ValueTask<string?>((string?)null));
#pragma warning restore CA2012

        await using var app = SampleApp.Build(
            ["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"],
            services => services.Replace(ServiceDescriptor.Singleton(redis)));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        var counted = await (await http.PostAsync(new Uri("/counters/visits", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(42, counted.GetProperty("count").GetInt64());
        Assert.Equal("from the fake", (await http.GetFromJsonAsync<NoteBody>(new Uri("/notes/known", UriKind.Relative)))!.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri("/notes/unknown", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await http.PutAsJsonAsync(new Uri("/notes/new", UriKind.Relative), new NoteBody("hello"))).StatusCode);

        await redis.Received(1).IncrAsync("counter:visits", 1, Arg.Any<CancellationToken>());
        await redis.Received(1).SetAsync("note:new", "hello", TimeSpan.FromMinutes(10),
            Arg.Any<TimeSpan?>(), Arg.Any<bool>(), Arg.Any<bool>(), Arg.Any<bool>(), Arg.Any<DateTimeOffset?>(), Arg.Any<DateTimeOffset?>(), Arg.Any<CancellationToken>());
        await app.StopAsync();
    }
}
