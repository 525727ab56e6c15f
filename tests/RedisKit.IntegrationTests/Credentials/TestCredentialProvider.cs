namespace RedisKit.IntegrationTests.Credentials;

/// <summary>
/// A provider whose answer a test changes while clients use it: each call returns the current user
/// and password, expiring the current lifetime from now (or never). Counts its calls.
/// </summary>
internal sealed class TestCredentialProvider : RedisCredentialProvider
{
    private readonly Lock _lock = new();
    private string _user;
    private string _password;
    private TimeSpan? _lifetime;
    private int _calls;

    public TestCredentialProvider(string user, string password, TimeSpan? lifetime = null)
    {
        _user = user;
        _password = password;
        _lifetime = lifetime;
    }

    public int Calls => Volatile.Read(ref _calls);

    public void Use(string user, string password, TimeSpan? lifetime = null)
    {
        lock (_lock)
        {
            _user = user;
            _password = password;
            _lifetime = lifetime;
        }
    }

    public override ValueTask<RedisCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        lock (_lock)
        {
            return ValueTask.FromResult(new RedisCredentials(_user, _password, _lifetime is { } lifetime ? DateTimeOffset.UtcNow + lifetime : null));
        }
    }
}
