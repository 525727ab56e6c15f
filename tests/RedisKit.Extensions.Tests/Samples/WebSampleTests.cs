using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using RedisKit.Samples.AspNetCore;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.Samples;

public sealed class WebSampleTests
{
    [Fact]
    public async Task The_web_sample_answers_healthz_and_serves_requests_then_reports_unhealthy_when_redis_stops()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var app = SampleApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--ConnectionStrings:redis={server.Url}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        var healthy = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        var body = await healthy.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        Assert.Equal("Healthy", JsonDocument.Parse(body).RootElement.GetProperty("status").GetString());

        var id = Guid.NewGuid().ToString("N");
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri($"/notes/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await http.PutAsJsonAsync(new Uri($"/notes/{id}", UriKind.Relative), new NoteBody("hello"))).StatusCode);
        Assert.Equal("hello", (await http.GetFromJsonAsync<NoteBody>(new Uri($"/notes/{id}", UriKind.Relative)))!.Text);
        var counted = await (await http.PostAsync(new Uri($"/counters/{id}", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, counted.GetProperty("count").GetInt64());

        var quote = await http.GetFromJsonAsync<Quote>(new Uri("/quotes/rkit", UriKind.Relative));
        Assert.Equal(quote, await http.GetFromJsonAsync<Quote>(new Uri("/quotes/RKIT", UriKind.Relative)));
        Assert.Equal("RKIT", quote!.Symbol);

        await server.StopAsync();
        Assert.Equal(quote, await http.GetFromJsonAsync<Quote>(new Uri("/quotes/rkit", UriKind.Relative)));
        var unhealthy = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
        Assert.Equal("Unhealthy", JsonDocument.Parse(await unhealthy.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());

        await app.StopAsync();
    }

    [Fact]
    public async Task Two_instances_share_the_output_cache_the_key_ring_and_the_hub_through_redis()
    {
        var server = await RedisTestServers.GetSharedAsync();
        await using var first = SampleApp.Build(["--urls=http://127.0.0.1:0", $"--ConnectionStrings:redis={server.Url}", "--Logging:LogLevel:Default=Warning"]);
        await using var second = SampleApp.Build(["--urls=http://127.0.0.1:0", $"--ConnectionStrings:redis={server.Url}", "--Logging:LogLevel:Default=Warning"]);
        await first.StartAsync();
        await second.StartAsync();
        var store = first.Services.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>();
        await store.EvictByTagAsync("time", CancellationToken.None);

        // The output cache keys entries by host, as a load balancer in front of both instances would present it.
        using var toFirst = new HttpClient { BaseAddress = new Uri(first.Urls.Single()) };
        using var toSecond = new HttpClient { BaseAddress = new Uri(second.Urls.Single()) };
        toFirst.DefaultRequestHeaders.Host = toSecond.DefaultRequestHeaders.Host = "sample.test";
        var cached = await toFirst.GetFromJsonAsync<TimeBody>(new Uri("/time", UriKind.Relative));

        // The middleware stores the entry once the response is written, which may be after the client has read it.
        var redis = first.Services.GetRequiredService<RedisClient>();
        await Polling.EventuallyAsync(async () => await redis.ScanIterAsync(match: "sample:__MSOCV_*").AnyAsync(), stored => stored);
        Assert.Equal(cached, await toSecond.GetFromJsonAsync<TimeBody>(new Uri("/time", UriKind.Relative)));
        await store.EvictByTagAsync("time", CancellationToken.None);
        Assert.NotEqual(cached, await toSecond.GetFromJsonAsync<TimeBody>(new Uri("/time", UriKind.Relative)));

        // A cookie protected by the first instance is read by the second.
        var firstVisit = await toFirst.GetAsync(new Uri("/visits", UriKind.Relative));
        Assert.Equal(1, (await firstVisit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("visits").GetInt32());
        var cookie = firstVisit.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        using var secondVisit = new HttpRequestMessage(HttpMethod.Get, new Uri("/visits", UriKind.Relative));
        secondVisit.Headers.Add("Cookie", cookie);
        var counted = await (await toSecond.SendAsync(secondVisit)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, counted.GetProperty("visits").GetInt32());

        // A message sent through the first instance's hub reaches a client of the second.
        await using var sender = new HubConnectionBuilder().WithUrl(new Uri(new Uri(first.Urls.Single()), "/hubs/chat")).Build();
        await using var receiver = new HubConnectionBuilder().WithUrl(new Uri(new Uri(second.Urls.Single()), "/hubs/chat")).Build();
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        receiver.On<string, string>("message", (user, text) => received.TrySetResult($"{user}: {text}"));
        await sender.StartAsync();
        await receiver.StartAsync();
        // Sent again until it arrives (at most 20 times): under load in CI, a first broadcast right after both clients
        // connected was once lost; the backplane's tests pin down delivery order and readiness themselves.
        for (var attempt = 0; attempt < 20 && !received.Task.IsCompleted; attempt++)
        {
            await sender.InvokeAsync("Send", "ada", "hello from the first instance");
            await Task.WhenAny(received.Task, Task.Delay(500));
        }

        Assert.Equal("ada: hello from the first instance", await received.Task.WaitAsync(TimeSpan.FromSeconds(10)));

        await first.StopAsync();
        await second.StopAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Telemetry_is_wired_only_when_configuration_asks_for_it(bool console)
    {
        await using var app = SampleApp.Build(["--urls=http://127.0.0.1:0", $"--Telemetry:Console={console}"]);
        Assert.Equal(console, app.Services.GetService<global::OpenTelemetry.Trace.TracerProvider>() is not null);
        Assert.Equal(console, app.Services.GetService<global::OpenTelemetry.Metrics.MeterProvider>() is not null);
    }
}
