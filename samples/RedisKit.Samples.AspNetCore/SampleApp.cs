using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Caching.Hybrid;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using RedisKit;

namespace RedisKit.Samples.AspNetCore;

/// <summary>
/// The whole web sample: a RedisClient from appsettings.json (ConnectionStrings:redis and the Redis
/// section) registered with AddRedisClient, HybridCache over RedisCache, ASP.NET Core's output cache, data-protection key
/// ring and SignalR backplane on the same client, /healthz, a few endpoints, and OpenTelemetry
/// (a span per request, parent of its Redis spans, and RedisKit's metrics) printed to the console when
/// Telemetry:Console is true. Built here rather than in Program so tests can start it on a port of
/// their choosing.
/// </summary>
public static class SampleApp
{
    private const string VisitsCookie = "sample-visits";

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
        })
            .AddDistributedCache(instanceName: "sample:")
            // ASP.NET Core's stores on the same client: output cache, the data-protection key ring (so a cookie
            // protected by one instance is read by another) and the SignalR backplane.
            .AddRedisOutputCache(options => options.InstanceName = "sample:")
            .PersistDataProtectionKeys("sample:DataProtection-Keys")
            .AddSignalRBackplane("sample:");
        builder.Services.AddHybridCache();
        builder.Services.AddOutputCache();
        builder.Services.AddDataProtection().SetApplicationName("RedisKit.Samples.AspNetCore");
        builder.Services.AddSignalR();
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
        app.UseOutputCache();
        app.MapHub<ChatHub>("/hubs/chat");

        // Output-cached in Redis for ten seconds: every instance serves the same answer until it expires.
        app.MapGet("/time", () => Results.Ok(new TimeBody(DateTimeOffset.UtcNow))).CacheOutput(policy => policy.Expire(TimeSpan.FromSeconds(10)).Tag("time"));

        // A visit count kept in a cookie protected with the shared key ring: any instance reads what another wrote.
        app.MapGet("/visits", (HttpContext context, IDataProtectionProvider protection) =>
        {
            var protector = protection.CreateProtector("visits");
            var visits = 0;
            if (context.Request.Cookies.TryGetValue(VisitsCookie, out var cookie))
            {
                try
                {
                    visits = int.Parse(protector.Unprotect(cookie), CultureInfo.InvariantCulture);
                }
                catch (CryptographicException)
                {
                    // A cookie from another key ring, or tampered with: start counting again.
                }
            }

            visits++;
            context.Response.Cookies.Append(VisitsCookie, protector.Protect(visits.ToString(CultureInfo.InvariantCulture)), new CookieOptions { HttpOnly = true });
            return Results.Ok(new { visits });
        });

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

/// <summary>The answer of <c>/time</c>.</summary>
public sealed record TimeBody(DateTimeOffset Now);

/// <summary>A chat: what one client sends, every client of every instance receives (through the Redis backplane).</summary>
public sealed class ChatHub : Hub
{
    /// <summary>Sends <paramref name="text"/> from <paramref name="user"/> to everyone as <c>message</c>.</summary>
    public Task Send(string user, string text) => Clients.All.SendAsync("message", user, text);
}

/// <summary>The body of a note.</summary>
public sealed record NoteBody(string Text);
