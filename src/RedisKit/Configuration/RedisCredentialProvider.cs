namespace RedisKit;

/// <summary>
/// Supplies the credentials of every connection when it is opened, and again before they expire
/// (redis-py's <c>CredentialProvider</c>): rotating passwords and access tokens of managed Redis
/// services then work without restarting the application. Set it as
/// <see cref="RedisOptions.CredentialProvider"/>, in place of <see cref="RedisOptions.Username"/>
/// and <see cref="RedisOptions.Password"/>.
/// </summary>
/// <remarks>
/// It is called for each new connection (shared, leased, <see cref="RedisClient.Client"/>, pub/sub,
/// reconnects) within <see cref="RedisOptions.SocketConnectTimeout"/>, and, when the credentials
/// carry <see cref="RedisCredentials.ExpiresAt"/>, for each open connection at 80% of the
/// remaining lifetime. Cache a token and return the cached value while it is fresh: the call should
/// be cheap and may come from many connections at once. Calls run on library or thread-pool
/// threads, never on a connection's reader thread; an exception (or not answering in time) fails
/// the connection attempt with <see cref="RedisConnectionException"/> naming the provider, the
/// exception kept as its inner exception.
/// </remarks>
public abstract class RedisCredentialProvider
{
    /// <summary>Returns the credentials to authenticate with now.</summary>
    /// <param name="cancellationToken">Cancelled when the connection attempt is abandoned or timed out.</param>
    /// <returns>The credentials; never null.</returns>
    public abstract ValueTask<RedisCredentials> GetCredentialsAsync(CancellationToken cancellationToken);

    /// <summary>A provider that calls <paramref name="getCredentials"/>.</summary>
    /// <param name="getCredentials">Returns the credentials to authenticate with now.</param>
    /// <returns>The provider.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="getCredentials"/> is null.</exception>
    public static RedisCredentialProvider Create(Func<CancellationToken, ValueTask<RedisCredentials>> getCredentials)
    {
        ArgumentNullException.ThrowIfNull(getCredentials);
        return new DelegateProvider(getCredentials);
    }

    /// <summary>A provider that always returns <paramref name="credentials"/>.</summary>
    /// <param name="credentials">The credentials.</param>
    /// <returns>The provider.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="credentials"/> is null.</exception>
    public static RedisCredentialProvider Static(RedisCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        return new DelegateProvider(_ => ValueTask.FromResult(credentials));
    }

    private sealed class DelegateProvider(Func<CancellationToken, ValueTask<RedisCredentials>> getCredentials) : RedisCredentialProvider
    {
        public override ValueTask<RedisCredentials> GetCredentialsAsync(CancellationToken cancellationToken) => getCredentials(cancellationToken);
    }
}
