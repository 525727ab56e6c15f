using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using RedisKit.Diagnostics;
using RedisKit.TestKit;

namespace RedisKit.IntegrationTests.Credentials;

/// <summary>
/// Credentials from <see cref="RedisOptions.CredentialProvider"/> against the shared server, with
/// ACL users of each test's own: rotation under load, AUTH again before expiry on every kind of
/// connection, and providers that fail.
/// </summary>
public sealed class CredentialProviderTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    private const string Secret = "Zq8-s3cret-Xv";

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Rotating_the_password_under_load_keeps_every_caller_correct_and_reconnects_with_the_new_one(int protocol)
    {
        var keys = server.Keys();
        await using var admin = server.CreateClient(3);
        await using var users = new CredentialUsers(admin, keys.Prefix);
        var user = await users.CreateAsync("rot", "pw-0-" + Secret);
        var provider = new TestCredentialProvider(user, "pw-0-" + Secret);
        await using var redis = server.CreateClient(protocol, new RedisOptions { CredentialProvider = provider, DecodeResponses = true });

        const int Callers = 8;
        const int Rounds = 150;
        var transient = new ConcurrentQueue<RedisException>();
        var started = new CountdownEvent(Callers);
        var callers = Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            // Odd callers hold a Client() (a leased connection) for the whole run; even ones share.
            await using var bound = caller % 2 == 1 ? redis.Client() : null;
            var client = bound ?? redis;
            var key = keys[$"caller-{caller}"];
            var succeeded = 0;
            for (var round = 0; round < Rounds; round++)
            {
                var value = $"{caller}:{round}";
                try
                {
                    Assert.True(await client.SetAsync(key, value));
                    Assert.Equal(value, await client.GetAsync(key));
                    succeeded++;
                }
                catch (RedisException ex) when (ex is RedisConnectionException or RedisTimeoutException)
                {
                    transient.Enqueue(ex);
                }

                if (round == 0)
                {
                    started.Signal();
                }
            }

            return succeeded;
        })).ToArray();

        Assert.True(started.Wait(TimeSpan.FromSeconds(30)), "Every caller ran a first round.");
        for (var rotation = 1; rotation <= 3; rotation++)
        {
            // The order that loses nothing: both passwords valid while the provider switches and the
            // connections are closed, then the old one revoked. A connect that still gets WRONGPASS
            // (it asked the provider before the switch) asks again and retries with the new answer.
            var previous = $"pw-{rotation - 1}-{Secret}";
            var password = $"pw-{rotation}-{Secret}";
            await users.RotateAsync(user, previous, password);
            provider.Use(user, password);
            await users.KillConnectionsAsync(user);
            await Task.Delay(30);
            await users.RotateAsync(user, password);
            await Task.Delay(30);
        }

        var succeeded = await Task.WhenAll(callers).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.All(succeeded, count => Assert.True(count > 0));
        Assert.All(transient, error => Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal));

        // Only the last password is valid now: every new connection, shared or leased, authenticates with it.
        await users.KillConnectionsAsync(user);
        Assert.True(await redis.SetAsync(keys["after"], "ok"));
        await using (var bound = redis.Client())
        {
            Assert.Equal("ok", await bound.GetAsync(keys["after"]));
            Assert.Equal(user, await bound.AclWhoAmIAsync());
        }

        var connections = await admin.ClientListAsync();
        Assert.Contains(connections, c => c.User == user);
        Assert.True(provider.Calls >= 4, $"The provider was asked {provider.Calls} times: once a connection, and again after each kill.");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Expiring_credentials_are_renewed_on_open_connections_without_reconnecting(int protocol)
    {
        var keys = server.Keys();
        var channel = keys["news"];
        await using var admin = server.CreateClient(3);
        await using var users = new CredentialUsers(admin, keys.Prefix);
        var first = await users.CreateAsync("first", "first-" + Secret);
        var second = await users.CreateAsync("second", "second-" + Secret);
        var provider = new TestCredentialProvider(first, "first-" + Secret, TimeSpan.FromSeconds(1.5));
        await using var redis = server.CreateClient(protocol, new RedisOptions { CredentialProvider = provider, DecodeResponses = true });

        var sharedId = await redis.ClientIdAsync();
        Assert.Equal(first, await redis.AclWhoAmIAsync());

        await using var bound = redis.Client();
        Assert.True(await bound.SelectAsync(3));
        Assert.True(await bound.SetAsync(keys["in-db-3"], "three"));
        var boundId = await bound.ClientIdAsync();

        await using var pubsub = redis.PubSub(ignoreSubscribeMessages: true);
        await pubsub.SubscribeAsync(channel);
        var subscriber = await Polling.EventuallyAsync(
            async () => (await admin.ClientListAsync("pubsub")).SingleOrDefault(c => c.User == first),
            c => c is not null);

        provider.Use(second, "second-" + Secret, TimeSpan.FromMinutes(5));

        await Polling.EventuallyAsync(async () => await redis.AclWhoAmIAsync(), user => user == second);
        Assert.Equal(sharedId, await redis.ClientIdAsync());

        // A Client() authenticates again before its next command, keeping its database.
        await Polling.EventuallyAsync(async () => await bound.AclWhoAmIAsync(), user => user == second);
        Assert.Equal(boundId, await bound.ClientIdAsync());
        Assert.Equal("three", await bound.GetAsync(keys["in-db-3"]));

        // RESP3 subscribers authenticate on the same connection; RESP2 ones cannot (AUTH is refused
        // while subscribed), so theirs is replaced and the subscription restored.
        var renewed = await Polling.EventuallyAsync(
            async () => (await admin.ClientListAsync("pubsub")).SingleOrDefault(c => c.User == second && c.Fields["sub"] == "1"),
            c => c is not null);
        if (protocol == 3)
        {
            Assert.Equal(subscriber!.Id, renewed!.Id);
        }
        else
        {
            Assert.NotEqual(subscriber!.Id, renewed!.Id);
        }

        Assert.Equal(1, await redis.PublishAsync(channel, "after renewal"));
        var message = await pubsub.GetMessageAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("after renewal", message?.DataAsString);
        Assert.Equal("PONG", await pubsub.PingAsync());
    }

    [Fact]
    public async Task A_leased_connection_blocked_in_blpop_authenticates_again_when_given_back()
    {
        var keys = server.Keys();
        await using var admin = server.CreateClient(3);
        await using var users = new CredentialUsers(admin, keys.Prefix);
        var first = await users.CreateAsync("first", "first-" + Secret);
        var second = await users.CreateAsync("second", "second-" + Secret);
        var lifetime = TimeSpan.FromSeconds(5);
        var provider = new TestCredentialProvider(first, "first-" + Secret, lifetime);
        await using var redis = server.CreateClient(3, new RedisOptions { CredentialProvider = provider, DecodeResponses = true, MaxConnections = 2 });
        await redis.PingAsync();

        var connected = DateTime.UtcNow;
        var blocked = redis.BLPopAsync(keys["queue"], TimeSpan.FromSeconds(20)).AsTask();
        var blpop = await Polling.EventuallyAsync(
            async () => (await admin.ClientListAsync()).SingleOrDefault(c => c.User == first && c.Flags.Contains('b', StringComparison.Ordinal)),
            c => c is not null);
        provider.Use(second, "second-" + Secret, TimeSpan.FromMinutes(5));

        // Renewal falls due at 80% of the lifetime while BLPOP holds the connection; it is given
        // back before the credentials expire, and authenticates again then instead of being closed.
        await Task.Delay(connected + lifetime * 0.9 - DateTime.UtcNow);
        await admin.LPushAsync(keys["queue"], "item");
        Assert.Equal("item", (await blocked)?.Value);

        await using var bound = redis.Client();
        Assert.Equal(second, await Polling.EventuallyAsync(async () => await bound.AclWhoAmIAsync(), user => user == second));
        Assert.Equal(blpop!.Id, await bound.ClientIdAsync());
    }

    [Fact]
    public async Task A_provider_that_throws_fails_the_connect_naming_the_provider_and_never_the_password()
    {
        var cause = new InvalidOperationException("vault unreachable");
        await using var redis = server.CreateClient(3, new RedisOptions
        {
            RetryAttempts = 0,
            CredentialProvider = RedisCredentialProvider.Create(_ => throw cause),
        });

        var error = await Assert.ThrowsAsync<RedisConnectionException>(async () => await redis.PingAsync());
        Assert.Contains("The credential provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("vault unreachable", error.Message, StringComparison.Ordinal);
        Assert.Same(cause, error.InnerException);

        // The synchronous path asks the same provider without blocking on a thread it needs.
        var synchronous = Assert.Throws<RedisConnectionException>(() => redis.ExecuteCommand("PING"));
        Assert.Same(cause, synchronous.InnerException);
    }

    [Fact]
    public async Task A_provider_that_completes_asynchronously_serves_the_synchronous_path()
    {
        var keys = server.Keys();
        await using var admin = server.CreateClient(3);
        await using var users = new CredentialUsers(admin, keys.Prefix);
        var user = await users.CreateAsync("sync", "sync-" + Secret);
        var provider = RedisCredentialProvider.Create(async cancellationToken =>
        {
            await Task.Delay(20, cancellationToken);
            return new RedisCredentials(user, "sync-" + Secret);
        });
        await using var redis = server.CreateClient(2, new RedisOptions { CredentialProvider = provider, DecodeResponses = true });

        // The first command connects: the caller blocks while the provider awaits on the thread pool.
        Assert.Equal("OK", redis.ExecuteCommand("SET", keys["sync"], "v"));
        Assert.Equal("v", redis.ExecuteCommand("GET", keys["sync"]));
        Assert.Equal(user, await redis.AclWhoAmIAsync());
    }

    [Fact]
    public async Task A_provider_that_does_not_answer_fails_the_connect_within_the_connect_timeout()
    {
        var never = new TaskCompletionSource<RedisCredentials>();
        await using var redis = server.CreateClient(3, new RedisOptions
        {
            RetryAttempts = 0,
            SocketConnectTimeout = TimeSpan.FromMilliseconds(300),
            CredentialProvider = RedisCredentialProvider.Create(_ => new ValueTask<RedisCredentials>(never.Task)),
        });

        var error = await Assert.ThrowsAsync<RedisConnectionException>(async () => await redis.PingAsync());
        Assert.Contains("did not supply credentials", error.Message, StringComparison.Ordinal);
        Assert.Contains("connect timeout of 0.3 s", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_wrong_password_from_the_provider_is_a_wrongpass_error_without_the_password(int protocol)
    {
        var keys = server.Keys();
        await using var admin = server.CreateClient(3);
        await using var users = new CredentialUsers(admin, keys.Prefix);
        var user = await users.CreateAsync("wrong", "right-" + Secret);
        await using var redis = server.CreateClient(protocol, new RedisOptions
        {
            RetryAttempts = 0,
            CredentialProvider = RedisCredentialProvider.Static(new RedisCredentials(user, "wrong-" + Secret)),
        });

        var error = await Assert.ThrowsAsync<RedisAuthenticationException>(async () => await redis.PingAsync());
        Assert.Equal("WRONGPASS", error.Prefix);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connect_refused_with_wrongpass_asks_the_provider_once_more_and_uses_a_changed_answer()
    {
        var keys = server.Keys();
        await using var admin = server.CreateClient(3);
        await using var users = new CredentialUsers(admin, keys.Prefix);
        var user = await users.CreateAsync("late", "new-" + Secret);
        var calls = 0;

        // The first answer predates a rotation the server already made.
        var provider = RedisCredentialProvider.Create(_ => ValueTask.FromResult(
            new RedisCredentials(user, Interlocked.Increment(ref calls) == 1 ? "old-" + Secret : "new-" + Secret)));
        await using var redis = server.CreateClient(3, new RedisOptions { RetryAttempts = 0, CredentialProvider = provider });

        Assert.Equal(user, await redis.AclWhoAmIAsync());
        Assert.Equal(2, Volatile.Read(ref calls));
    }

    [Fact]
    public async Task A_failed_renewal_is_reported_and_retires_the_connection_so_the_next_one_uses_fresh_credentials()
    {
        var keys = server.Keys();
        await using var admin = server.CreateClient(3);
        await using var users = new CredentialUsers(admin, keys.Prefix);
        var user = await users.CreateAsync("renew", "good-" + Secret);
        var provider = new TestCredentialProvider(user, "good-" + Secret, TimeSpan.FromSeconds(1));
        using var listener = new RenewalListener();
        await using var redis = server.CreateClient(3, new RedisOptions { CredentialProvider = provider, DecodeResponses = true });
        var firstId = await redis.ClientIdAsync();

        provider.Use(user, "stale-" + Secret, TimeSpan.FromSeconds(1));
        var reason = await Polling.EventuallyAsync(() => Task.FromResult(listener.Reasons.FirstOrDefault()), r => r is not null);
        Assert.Contains("WRONGPASS", reason!, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, reason!, StringComparison.Ordinal);

        provider.Use(user, "good-" + Secret);
        Assert.NotEqual(firstId, await Polling.EventuallyAsync(async () => await redis.ClientIdAsync(), id => id != firstId));
        Assert.Equal(user, await redis.AclWhoAmIAsync());
    }

    /// <summary>Collects the event source's reports of failed renewals.</summary>
    private sealed class RenewalListener : EventListener
    {
        public ConcurrentQueue<string> Reasons { get; } = new();

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == RedisTelemetry.SourceName)
            {
                EnableEvents(eventSource, EventLevel.Warning);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName == "ReauthenticationFailed" && eventData.Payload is [string endpoint, string reason])
            {
                Reasons.Enqueue(endpoint + " " + reason);
            }
        }
    }
}
