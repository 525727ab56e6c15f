using RedisKit.Commands;
using RedisKit.Diagnostics;

namespace RedisKit.Connections;

/// <summary>
/// Credentials from <see cref="RedisOptions.CredentialProvider"/>: fetched before each connect,
/// and, when they expire, fetched again and sent with AUTH before they do. The AUTH goes through
/// the reply FIFO like any command, so it cannot be misordered with other callers' commands.
/// Who sends it depends on who holds the connection: the timer itself for a shared or idle one;
/// the holder of a leased one when it next uses it or gives it back (a blocking command or a
/// transaction must not get an AUTH in its midst); the <see cref="PushReceiver"/> of a RESP3
/// subscriber. A RESP2 subscriber cannot run AUTH, so it is replaced: its PubSub reconnects and
/// subscribes again; a MONITOR connection is left as it is. A re-authentication that fails is reported on the event source and retires
/// the connection, so the next one connects with fresh credentials.
/// </summary>
internal sealed partial class RedisConnection
{
    private Timer? _reauthTimer;

    // UTC ticks of the current credentials' expiry, 0 when they do not expire: one word, read by
    // whoever releases the connection while a renewal may write it.
    private long _credentialsExpireTicks;
    private int _reauthDue;
    private int _reauthRunning;
    private volatile bool _leased;

    /// <summary>True while a caller holds the connection for itself (a lease, a <c>Client()</c>, a PubSub).</summary>
    public bool Leased
    {
        get => _leased;
        set => _leased = value;
    }

    /// <summary>The credentials are about to expire and the holder of this leased connection must authenticate again.</summary>
    public bool ReauthenticationDue => Volatile.Read(ref _reauthDue) != 0;

    /// <summary>True when the credentials this connection authenticated with have expired.</summary>
    public bool CredentialsExpired =>
        Volatile.Read(ref _credentialsExpireTicks) is var ticks and not 0
        && CredentialSchedule.IsExpired(new DateTimeOffset(ticks, TimeSpan.Zero), DateTimeOffset.UtcNow);

    /// <summary>
    /// The provider's credentials, or null without a provider. A provider that throws or returns
    /// null fails with <see cref="RedisConnectionException"/> naming it; cancellation passes through.
    /// </summary>
    internal static async ValueTask<RedisCredentials?> GetCredentialsAsync(RedisOptions options, string endpoint, CancellationToken cancellationToken)
    {
        if (options.CredentialProvider is not { } provider)
        {
            return null;
        }

        RedisCredentials? credentials;
        try
        {
            var pending = provider.GetCredentialsAsync(cancellationToken);
            credentials = pending.IsCompletedSuccessfully
                ? pending.Result
                : await pending.AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw new RedisConnectionException(
                $"The credential provider ({provider.GetType().Name}) failed to supply credentials for {endpoint}: {ex.GetType().Name}: {ex.Message}", ex);
        }

        return credentials ?? throw new RedisConnectionException(
            $"The credential provider ({provider.GetType().Name}) returned no credentials (null) for {endpoint}.");
    }

    /// <summary>Remembers when the credentials in use expire and sets the timer that authenticates again before then.</summary>
    private void ScheduleReauthentication(DateTimeOffset? expiresAt)
    {
        Volatile.Write(ref _credentialsExpireTicks, expiresAt?.UtcTicks ?? 0);
        if (CredentialSchedule.RefreshDelay(expiresAt, DateTimeOffset.UtcNow) is not { } delay || !IsOpen)
        {
            return;
        }

        // A timer fires on the thread pool: the provider is user code and must not run on a reader
        // or library thread, and re-authentication is not something a blocked caller waits for.
        var due = (long)Math.Min(delay.TotalMilliseconds, int.MaxValue - 1);
        var timer = _reauthTimer ??= new Timer(static state => ((RedisConnection)state!).OnReauthenticationDue(), this, Timeout.Infinite, Timeout.Infinite);
        timer.Change(due, Timeout.Infinite);
        if (!IsOpen)
        {
            timer.Dispose();
        }
    }

    private void OnReauthenticationDue()
    {
        if (!IsOpen)
        {
            return;
        }

        if (IsSubscriber)
        {
            _ = ReauthenticateSubscriberAsync();
            return;
        }

        Volatile.Write(ref _reauthDue, 1);
        if (!_leased)
        {
            _ = ReauthenticateAsync();
        }
    }

    /// <summary>
    /// Fetches fresh credentials and sends AUTH through the FIFO. Never throws: a failure is reported
    /// on the event source and retires the connection. Only one runs at a time.
    /// </summary>
    public async Task ReauthenticateAsync()
    {
        if (Interlocked.Exchange(ref _reauthRunning, 1) != 0)
        {
            return;
        }

        try
        {
            Volatile.Write(ref _reauthDue, 0);
            var credentials = await FetchForReauthenticationAsync().ConfigureAwait(false);
            await ExecuteAsync(ConnectionCommands.Auth(credentials.Username, credentials.Password), CancellationToken.None).ConfigureAwait(false);
            ScheduleReauthentication(credentials.ExpiresAt);
        }
        catch (Exception ex)
        {
            ReauthenticationFailed(ex);
        }
        finally
        {
            Volatile.Write(ref _reauthRunning, 0);
        }
    }

    private async Task ReauthenticateSubscriberAsync()
    {
        if (PushReceiver is not { RestoresAfterLoss: true })
        {
            // MONITOR: closing it would end the session, and it sends nothing needing a login.
            return;
        }

        if (Protocol < 3)
        {
            // RESP2 allows only (P|S)(UN)SUBSCRIBE, PING and QUIT once subscribed: a new connection,
            // made with fresh credentials, takes over the subscriptions.
            Retire(new RedisConnectionException($"The subscriber connection to {Endpoint} was replaced to authenticate with fresh credentials: RESP2 does not allow AUTH while subscribed."));
            return;
        }

        if (PushReceiver is not { } receiver || Interlocked.Exchange(ref _reauthRunning, 1) != 0)
        {
            return;
        }

        try
        {
            var credentials = await FetchForReauthenticationAsync().ConfigureAwait(false);
            if (!receiver.ExpectAuthReply(this))
            {
                return;
            }

            if (TrySendUnmatched(ConnectionCommands.Auth(credentials.Username, credentials.Password)))
            {
                ScheduleReauthentication(credentials.ExpiresAt);
            }
        }
        catch (Exception ex)
        {
            ReauthenticationFailed(ex);
        }
        finally
        {
            Volatile.Write(ref _reauthRunning, 0);
        }
    }

    private async Task<RedisCredentials> FetchForReauthenticationAsync()
    {
        using var timeout = new CancellationTokenSource(_options.SocketConnectTimeout);
        try
        {
            return (await GetCredentialsAsync(_options, Endpoint, timeout.Token).ConfigureAwait(false))!;
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested)
        {
            throw new RedisConnectionException(
                $"The credential provider did not supply credentials for {Endpoint} within the connect timeout of {_options.SocketConnectTimeout.TotalSeconds:0.###} s.", ex);
        }
    }

    /// <summary>Reports a failed re-authentication and retires the connection, so the next connect uses fresh credentials.</summary>
    internal void ReauthenticationFailed(Exception reason)
    {
        RedisEventSource.Log.ReauthenticationFailed(Endpoint, reason.Message);
        Retire(new RedisConnectionException(
            $"Authenticating again with {Endpoint} before the credentials expire failed ({reason.Message}); the connection was closed so that the next one authenticates with fresh credentials.", reason));
    }

    private void StopReauthentication() => _reauthTimer?.Dispose();
}
