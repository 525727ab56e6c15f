using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Caching.Hybrid;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using RedisKit;

namespace RedisKit.Samples.AspNetCore;

/// <summary>
/// The whole web sample: a RedisClient from appsettings.json (ConnectionStrings:redis and the Redis
/// section) registered with AddRedisClient, HybridCache over RedisCache, /healthz, a few endpoints, and OpenTelemetry
/// (a span per request, parent of its Redis spans, and RedisKit's metrics) printed to the console when
/// Telemetry:Console is true. Built here rather than in Program so tests can start it on a port of
/// their choosing.
/// </summary>
public static class SampleApp
{
    /// <param name="args">Command-line arguments, read as configuration.</param>
    /// <param name="overrideServices">Runs after the sample's registrations: tests replace services here (e.g. a fake <see cref="IRedisClient"/>).</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? overrideServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

        // Sample:Port listens on that port on loopback only (127.0.0.1 and ::1), as eng/run-sample.sh asks.
        if (builder.Configuration.GetValue<int?>("Sample:Port") is { } port)
        {
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port));
        }

        // One call: the client (ConnectionStrings:redis, as an Aspire AppHost would inject it), its tracing and
        // metrics when telemetry is on, and its health check, added below by hand for its degraded threshold.
        // RedisCache is HybridCache's second level: entries survive restarts and are shared by every
        // instance of the app, while each instance keeps hot entries in memory.
        var telemetry = builder.Configuration.GetValue<bool>("Telemetry:Console");
        builder.AddRedisClient("redis", settings =>
        {
            settings.DisableTracing = !telemetry;
            settings.DisableMetrics = !telemetry;
            settings.DisableHealthChecks = true;
        }).AddDistributedCache(instanceName: "sample:");
        builder.Services.AddHybridCache();
        builder.Services.AddHealthChecks().AddRedis(timeout: TimeSpan.FromSeconds(2), degradedThreshold: TimeSpan.FromMilliseconds(250));

        if (telemetry)
        {
            builder.Services.AddOpenTelemetry()
                .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddConsoleExporter())
                .WithMetrics(metrics => metrics.AddConsoleExporter());
        }

        overrideServices?.Invoke(builder.Services);
        var app = builder.Build();

        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteHealthAsync });

        // Handlers take IRedisClient, so a unit test can hand them a fake; AddRedis registers the client under both types.
        // Counts visits per name: INCR is atomic, so concurrent requests never lose a count.
        app.MapPost("/counters/{name}", async (string name, IRedisClient redis, CancellationToken cancellationToken) =>
            Results.Ok(new { name, count = await redis.IncrAsync("counter:" + name, cancellationToken: cancellationToken) }));

        app.MapPut("/notes/{id}", async (string id, NoteBody body, IRedisClient redis, CancellationToken cancellationToken) =>
        {
            await redis.SetAsync("note:" + id, body.Text, ex: TimeSpan.FromMinutes(10), cancellationToken: cancellationToken);
            return Results.NoContent();
        });

        app.MapGet("/notes/{id}", async (string id, IRedisClient redis, CancellationToken cancellationToken) =>
            await redis.GetAsync("note:" + id, cancellationToken) is { } text ? Results.Ok(new NoteBody(text)) : Results.NotFound());

        // An expensive lookup, cached: the first call computes it, later calls (from any instance) read it.
        app.MapGet("/quotes/{symbol}", async (string symbol, HybridCache cache, CancellationToken cancellationToken) =>
            Results.Ok(await cache.GetOrCreateAsync(
                "quote:" + symbol.ToUpperInvariant(),
                async token =>
                {
                    await Task.Delay(200, token);
                    return new Quote(symbol.ToUpperInvariant(), Random.Shared.Next(100, 1000), DateTimeOffset.UtcNow);
                },
                new HybridCacheEntryOptions { Expiration = TimeSpan.FromMinutes(1) },
                cancellationToken: cancellationToken)));

        return app;
    }

    private static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var entries = new Dictionary<string, object?>();
        foreach (var (name, entry) in report.Entries)
        {
            entries[name] = new { status = entry.Status.ToString(), description = entry.Description, data = entry.Data };
        }

        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString(), entries }));
    }
}

/// <summary>A price, as computed at <paramref name="ComputedAt"/>.</summary>
public sealed record Quote(string Symbol, int Price, DateTimeOffset ComputedAt);

/// <summary>The body of a note.</summary>
public sealed record NoteBody(string Text);
