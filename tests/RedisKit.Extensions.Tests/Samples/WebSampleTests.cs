using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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
