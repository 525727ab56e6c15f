using RedisKit.Commands;

namespace RedisKit;

/// <summary>
/// A distributed lock on one key, as redis-py's <c>Lock</c>: acquired with SET NX PX and a random
/// token, released, extended and reacquired by Lua scripts that first check the token, so a holder
/// whose lock expired and was taken by someone else can never release or extend theirs.
/// <c>await using</c> releases it (an already expired lock is then ignored).
/// </summary>
public sealed class RedisLock : IAsyncDisposable
{
    private const string ReleaseLua = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";
    private const string ExtendLua = """
        if redis.call('get', KEYS[1]) ~= ARGV[1] then return 0 end
        local ttl = redis.call('pttl', KEYS[1])
        if ttl < 0 then return 0 end
        if ARGV[3] == '1' then redis.call('pexpire', KEYS[1], ARGV[2]) else redis.call('pexpire', KEYS[1], ttl + tonumber(ARGV[2])) end
        return 1
        """;
    private const string ReacquireLua = "if redis.call('get', KEYS[1]) ~= ARGV[1] then return 0 end redis.call('pexpire', KEYS[1], ARGV[2]) return 1";

    private readonly RedisClient _client;
    private readonly Script _release;
    private readonly Script _extend;
    private readonly Script _reacquire;
    private string? _token;

    internal RedisLock(RedisClient client, RedisKey name, TimeSpan? timeout, TimeSpan sleep, bool blocking, TimeSpan? blockingTimeout)
    {
        if (name.IsNull)
        {
            throw new ArgumentNullException(nameof(name), "The lock needs a key name.");
        }

        if (timeout is { } t && (t < TimeSpan.FromMilliseconds(1) || t.Ticks % TimeSpan.TicksPerMillisecond != 0))
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), t, "The lock timeout must be a positive whole number of milliseconds, or null for no expiry.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(sleep, TimeSpan.Zero);
        if (blockingTimeout is { } bt)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(bt, TimeSpan.Zero, nameof(blockingTimeout));
        }

        _client = client;
        Name = name;
        Timeout = timeout;
        Sleep = sleep;
        Blocking = blocking;
        BlockingTimeout = blockingTimeout;
        _release = client.RegisterScript(ReleaseLua);
        _extend = client.RegisterScript(ExtendLua);
        _reacquire = client.RegisterScript(ReacquireLua);
    }

    /// <summary>The lock's key.</summary>
    public RedisKey Name { get; }

    /// <summary>How long the lock lives unless released or extended; null for no expiry.</summary>
    public TimeSpan? Timeout { get; }

    /// <summary>Pause between attempts while blocking.</summary>
    public TimeSpan Sleep { get; }

    /// <summary>Whether <see cref="AcquireAsync"/> waits for the lock by default.</summary>
    public bool Blocking { get; }

    /// <summary>The longest <see cref="AcquireAsync"/> waits by default; null waits until cancelled.</summary>
    public TimeSpan? BlockingTimeout { get; }

    /// <summary>The token this instance holds the lock with, or null when it does not hold it.</summary>
    public string? Token => _token;

    /// <summary>
    /// Takes the lock. Without blocking, one attempt; with it, attempts every <see cref="Sleep"/> until
    /// the lock is free or <paramref name="blockingTimeout"/> passes. True when acquired.
    /// </summary>
    public async ValueTask<bool> AcquireAsync(bool? blocking = null, TimeSpan? blockingTimeout = null, string? token = null, CancellationToken cancellationToken = default)
    {
        var candidate = token ?? Guid.NewGuid().ToString("N");
        var wait = blocking ?? Blocking;
        var limit = blockingTimeout ?? BlockingTimeout;
        var deadline = limit is { } l ? DateTime.UtcNow + l : DateTime.MaxValue;
        while (true)
        {
            if (await _client.RunAsync(StringCommands.Set(Name, candidate, px: Timeout, nx: true), cancellationToken)
                    .ConfigureAwait(false))
            {
                _token = candidate;
                return true;
            }

            if (!wait || DateTime.UtcNow + Sleep > deadline)
            {
                return false;
            }

            await Task.Delay(Sleep, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Releases the lock; <see cref="RedisLockNotOwnedException"/> when this instance does not hold it (any more).</summary>
    public async ValueTask ReleaseAsync(CancellationToken cancellationToken = default)
    {
        var token = _token ?? throw new RedisLockNotOwnedException($"Cannot release the lock '{Name}': this instance does not hold it.");
        _token = null;
        var released = await _release.InvokeAsync([Name], [token], cancellationToken: cancellationToken).ConfigureAwait(false);
        if (released is not 1L)
        {
            throw new RedisLockNotOwnedException($"Cannot release the lock '{Name}': it expired and is no longer owned by this instance.");
        }
    }

    /// <summary>
    /// Adds <paramref name="additionalTime"/> to the lock's remaining time, or with
    /// <paramref name="replaceTtl"/> sets the remaining time to it. Not owned: <see cref="RedisLockNotOwnedException"/>.
    /// </summary>
    public async ValueTask ExtendAsync(TimeSpan additionalTime, bool replaceTtl = false, CancellationToken cancellationToken = default)
    {
        var token = _token ?? throw new RedisLockNotOwnedException($"Cannot extend the lock '{Name}': this instance does not hold it.");
        if (Timeout is null)
        {
            throw new InvalidOperationException($"The lock '{Name}' has no timeout, so there is nothing to extend.");
        }

        var extended = await _extend.InvokeAsync([Name], [token, (long)additionalTime.TotalMilliseconds, replaceTtl ? "1" : "0"], cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (extended is not 1L)
        {
            throw new RedisLockNotOwnedException($"Cannot extend the lock '{Name}': it is no longer owned by this instance.");
        }
    }

    /// <summary>Resets the lock's remaining time to its full <see cref="Timeout"/>. Not owned: <see cref="RedisLockNotOwnedException"/>.</summary>
    public async ValueTask ReacquireAsync(CancellationToken cancellationToken = default)
    {
        var token = _token ?? throw new RedisLockNotOwnedException($"Cannot reacquire the lock '{Name}': this instance does not hold it.");
        var timeout = Timeout ?? throw new InvalidOperationException($"The lock '{Name}' has no timeout, so there is nothing to reacquire.");
        var renewed = await _reacquire.InvokeAsync([Name], [token, (long)timeout.TotalMilliseconds], cancellationToken: cancellationToken).ConfigureAwait(false);
        if (renewed is not 1L)
        {
            throw new RedisLockNotOwnedException($"Cannot reacquire the lock '{Name}': it is no longer owned by this instance.");
        }
    }

    /// <summary>True when anyone holds the lock.</summary>
    public async ValueTask<bool> LockedAsync(CancellationToken cancellationToken = default) =>
        await _client.ExistsAsync([Name], cancellationToken).ConfigureAwait(false) > 0;

    /// <summary>True when this instance holds the lock.</summary>
    public async ValueTask<bool> OwnedAsync(CancellationToken cancellationToken = default) =>
        _token is { } token && await _client.GetAsync(Name, cancellationToken).ConfigureAwait(false) == token;

    /// <summary>Releases the lock if this instance holds it; a lock that already expired is ignored.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_token is null)
        {
            return;
        }

        try
        {
            await ReleaseAsync().ConfigureAwait(false);
        }
        catch (RedisLockNotOwnedException)
        {
            // Expired while held: there is nothing left to release.
        }
    }
}
