using RedisKit.Connections;

namespace RedisKit.Tests.Connections;

/// <summary>Credentials from a provider: when connections authenticate again, and that the password never shows.</summary>
public sealed class CredentialTests
{
    private const string Secret = "T0ken-s3cret-value";
    private static readonly DateTimeOffset Now = new(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void Credentials_without_expiry_are_never_refreshed()
    {
        Assert.Null(CredentialSchedule.RefreshDelay(null, Now));
        Assert.False(CredentialSchedule.IsExpired(null, Now));
    }

    [Theory]
    [InlineData(3600, 2880)]
    [InlineData(10, 8)]
    [InlineData(2, 1.6)]
    public void Connections_authenticate_again_at_four_fifths_of_the_remaining_lifetime(double remainingSeconds, double expectedSeconds)
    {
        var delay = CredentialSchedule.RefreshDelay(Now.AddSeconds(remainingSeconds), Now);
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(0)]
    [InlineData(-30)]
    public void Nearly_or_already_expired_credentials_wait_the_minimum_delay_instead_of_looping(double remainingSeconds)
    {
        Assert.Equal(CredentialSchedule.MinimumDelay, CredentialSchedule.RefreshDelay(Now.AddSeconds(remainingSeconds), Now));
    }

    [Fact]
    public void Expiry_is_reached_at_the_instant_itself()
    {
        Assert.False(CredentialSchedule.IsExpired(Now.AddTicks(1), Now));
        Assert.True(CredentialSchedule.IsExpired(Now, Now));
        Assert.True(CredentialSchedule.IsExpired(Now.AddSeconds(-1), Now));
    }

    [Fact]
    public void ToString_names_user_and_expiry_but_never_the_password()
    {
        var text = new RedisCredentials("svc-app", Secret, Now).ToString();
        Assert.Equal("RedisCredentials(user=svc-app, password=***, expires=2030-01-02T03:04:05.0000000+00:00)", text);
        Assert.Equal("RedisCredentials(user=default, password=***)", new RedisCredentials(null, Secret).ToString());
    }

    [Fact]
    public void Options_ToString_says_a_provider_is_set_without_calling_it()
    {
        var provider = RedisCredentialProvider.Create(_ => throw new InvalidOperationException("must not be called"));
        var text = new RedisOptions { CredentialProvider = provider }.ToString();
        Assert.EndsWith(" credentials=provider", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_refuse_a_missing_password_and_an_empty_user()
    {
        Assert.Throws<ArgumentNullException>("password", () => new RedisCredentials("u", null!));
        var empty = Assert.Throws<ArgumentException>("username", () => new RedisCredentials("", Secret));
        Assert.Contains("pass null", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_provider_fails_the_connect_naming_the_provider_and_keeping_its_exception()
    {
        var cause = new InvalidOperationException("token endpoint unreachable");
        var options = new RedisOptions
        {
            Host = "127.0.0.1",
            Port = 1,
            RetryAttempts = 0,
            CredentialProvider = RedisCredentialProvider.Create(_ => throw cause),
        };
        await using var redis = new RedisClient(options);

        var error = await Assert.ThrowsAsync<RedisConnectionException>(async () => await redis.PingAsync());
        Assert.Contains("credential provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("token endpoint unreachable", error.Message, StringComparison.Ordinal);
        Assert.Same(cause, error.InnerException);
    }

    [Fact]
    public void A_noauth_reply_says_a_password_is_needed_and_where_to_set_it_once()
    {
        var error = Assert.IsType<RedisAuthenticationException>(ErrorPrefix.ToException("NOAUTH Authentication required."));
        Assert.StartsWith("NOAUTH Authentication required. (This connection is not authenticated", error.Message, StringComparison.Ordinal);
        Assert.Contains("RedisOptions.CredentialProvider", error.Message, StringComparison.Ordinal);
        Assert.Equal("NOAUTH Authentication required.", ErrorPrefix.ServerText(error));

        var again = ErrorPrefix.ToException("NOAUTH", error.Message);
        Assert.Equal(error.Message, again.Message);
    }
}
