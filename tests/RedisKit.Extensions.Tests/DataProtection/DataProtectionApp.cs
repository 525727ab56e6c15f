using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RedisKit.Extensions.Tests.DataProtection;

/// <summary>
/// One instance of a small web app on Kestrel (loopback, a free port) whose data protection is set
/// up by the test: it protects and unprotects payloads and signs users in with an authentication
/// cookie, so two instances sharing a key ring can be checked over real HTTP.
/// </summary>
internal sealed class DataProtectionApp : IAsyncDisposable
{
    private const string CookieName = ".AspNetCore.Cookies";
    private readonly WebApplication _app;
    private readonly HttpClient _http;

    private DataProtectionApp(WebApplication app)
    {
        _app = app;
        _http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(app.Urls.Single()) };
    }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts an instance; <paramref name="configure"/> adds Redis and data protection.</summary>
    public static Task<DataProtectionApp> StartAsync(Action<IServiceCollection> configure) =>
        StartAsync((WebApplicationBuilder builder) => configure(builder.Services));

    /// <summary>Starts an instance; <paramref name="configure"/> adds Redis and data protection to the application builder.</summary>
    public static async Task<DataProtectionApp> StartAsync(Action<WebApplicationBuilder> configure)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        configure(builder);
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();

        var app = builder.Build();
        app.UseAuthentication();
        app.MapGet("/protect", (string value, IDataProtectionProvider provider) => provider.CreateProtector("tests").Protect(value));
        app.MapGet("/unprotect", (string value, IDataProtectionProvider provider) =>
        {
            try
            {
                return Results.Text(provider.CreateProtector("tests").Unprotect(value));
            }
            catch (CryptographicException ex)
            {
                return Results.Text(ex.Message, statusCode: StatusCodes.Status400BadRequest);
            }
        });
        app.MapPost("/login", async (string name, HttpContext context) =>
        {
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], CookieAuthenticationDefaults.AuthenticationScheme);
            await context.SignInAsync(new ClaimsPrincipal(identity));
        });
        app.MapGet("/whoami", (HttpContext context) =>
            context.User.Identity is { IsAuthenticated: true, Name: { } name } ? Results.Text(name) : Results.Unauthorized());

        await app.StartAsync();
        return new DataProtectionApp(app);
    }

    /// <summary>Protects <paramref name="value"/> on this instance.</summary>
    public async Task<string> ProtectAsync(string value)
    {
        using var response = await _http.GetAsync(new Uri("/protect?value=" + Uri.EscapeDataString(value), UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"/protect answered {(int)response.StatusCode}: {body}");
        return body;
    }

    /// <summary>The status and body of unprotecting <paramref name="protectedValue"/> on this instance.</summary>
    public async Task<(HttpStatusCode Status, string Body)> UnprotectAsync(string protectedValue)
    {
        using var response = await _http.GetAsync(new Uri("/unprotect?value=" + Uri.EscapeDataString(protectedValue), UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The status of <c>/protect</c>, for failure tests.</summary>
    public async Task<HttpStatusCode> ProtectStatusAsync()
    {
        using var response = await _http.GetAsync(new Uri("/protect?value=x", UriKind.Relative));
        return response.StatusCode;
    }

    /// <summary>Signs <paramref name="name"/> in on this instance and returns the authentication cookie (<c>name=value</c>).</summary>
    public async Task<string> LoginAsync(string name)
    {
        using var response = await _http.PostAsync(new Uri("/login?name=" + Uri.EscapeDataString(name), UriKind.Relative), null);
        Assert.True(response.IsSuccessStatusCode, $"/login answered {(int)response.StatusCode}");
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CookieName + "=", StringComparison.Ordinal));
        return cookie[..cookie.IndexOf(';', StringComparison.Ordinal)];
    }

    /// <summary>The status and body of <c>/whoami</c> with <paramref name="cookie"/>.</summary>
    public async Task<(HttpStatusCode Status, string Body)> WhoAmIAsync(string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/whoami", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
