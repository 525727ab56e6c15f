using RedisKit.Cluster;
using RedisKit.Configuration;
using RedisKit.Connections;

namespace RedisKit;

/// <summary>
/// A Redis client in the shape of redis-py's asyncio <c>Redis</c>: typed methods for every command
/// (<c>GetAsync</c>, <c>HGetAllAsync</c>...), <see cref="ExecuteCommandAsync(object[])"/> for the
/// rest. Thread-safe: concurrent calls pipeline over a shared connection. Creating one does no I/O.
/// </summary>
public sealed partial class RedisClient : IRedisClient
{
    private readonly ConnectionPool _pool;
    private readonly bool _ownsPool;
    private readonly BoundConnection? _bound;
    private readonly RedisOptions _options;

    // Null for a standalone client, which uses _pool directly (no extra dispatch on the hot path);
    // set for a cluster client, which hands every command to the router (see RedisCluster).
    private readonly ClusterRouter? _cluster;
    private int _disposed;

    /// <summary>
    /// A client over an existing pool. Disposing the client leaves the pool open, as redis-py does
    /// when given a pool: close it with <see cref="ConnectionPool.DisconnectAsync"/> or by disposing it.
    /// </summary>
    public RedisClient(ConnectionPool pool)
        : this(pool, ownsPool: false, bound: false)
    {
    }

    /// <summary>A client with a pool of its own for the server <paramref name="options"/> describe.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public RedisClient(RedisOptions options)
        : this(ClusterOrPool(options))
    {
    }

    private RedisClient(ConnectionPool pool, bool ownsPool, bool bound)
    {
        ArgumentNullException.ThrowIfNull(pool);
        _pool = pool;
        _ownsPool = ownsPool;
        _options = pool.Settings;
        _bound = bound ? new BoundConnection(pool) : null;
    }

    /// <summary>A cluster client: commands go through <paramref name="router"/>, which owns a pool per node.</summary>
    internal RedisClient(ClusterRouter router)
        : this(router.SeedPool, ownsPool: false, bound: false)
    {
        _cluster = router;
    }

    private RedisClient((ConnectionPool Pool, ClusterRouter? Router) parts)
        : this(parts.Pool, ownsPool: parts.Router is null, bound: false)
    {
        _cluster = parts.Router;
    }

    // RedisOptions.Cluster (or ?cluster=true) makes the same constructor, FromUrl and AddRedis build a cluster client.
    private static (ConnectionPool Pool, ClusterRouter? Router) ClusterOrPool(RedisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Cluster)
        {
            return (new ConnectionPool(options), null);
        }

        var settings = options.Clone();
        RedisOptionsValidator.Validate(settings);
        var router = new ClusterRouter(settings, [new ClusterEndpoint(settings.Host, settings.Port)]);
        return (router.SeedPool, router);
    }

    /// <summary>The cluster router of a client made by <see cref="RedisCluster"/>; null for a standalone client.</summary>
    internal ClusterRouter? Router => _cluster;

    /// <summary>True for a client made by <see cref="RedisCluster"/>, which routes each command to the node serving its keys.</summary>
    public bool IsCluster => _cluster is not null;

    /// <summary>
    /// A client with its own pool, from a URL such as <c>redis://user:password@host:6379/0</c>,
    /// <c>rediss://host</c> or <c>unix:///path/redis.sock?db=1</c>, or a connection string in
    /// StackExchange.Redis syntax such as <c>localhost:6380,password=...,ssl=true</c> (what .NET Aspire
    /// injects); what it says wins over <paramref name="options"/>. No I/O happens here: the first command connects.
    /// </summary>
    /// <exception cref="ArgumentException">The URL or one of its parts is invalid; the message names the part, never the password.</exception>
    public static RedisClient FromUrl(string url, RedisOptions? options = null) => new(ClusterOrPool(RedisUrl.Parse(url, options)));

    /// <summary>The pool this client takes its connections from.</summary>
    public ConnectionPool ConnectionPool => _pool;

    /// <summary>A copy of the options in effect.</summary>
    public RedisOptions Options => _options.Clone();

    /// <summary>The connection of a client made by <see cref="Client"/>, once leased and while open.</summary>
    internal RedisConnection? BoundConnectionForTests => _bound?.TryGet();

    /// <summary>True for a client made by <see cref="Client"/>, which runs everything on one connection.</summary>
    public bool IsSingleConnection => _bound is not null;

    /// <summary>
    /// A client bound to one connection of this pool, like redis-py's <c>redis.client()</c>: every
    /// command runs on the same connection, so SELECT and CLIENT SETNAME stick. The connection is
    /// leased at the first command and given back on disposal.
    /// </summary>
    public RedisClient Client()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (_cluster is not null)
        {
            throw ClusterSupport.NotYet("Client() (a client bound to one connection)", "Commands of a cluster client go to the node that serves their keys.");
        }

        return new RedisClient(_pool, ownsPool: false, bound: true);
    }

    IRedisClient IRedisClient.Client() => Client();

    /// <summary>
    /// Releases this client: a bound client gives its connection back; a client that created its
    /// own pool (<see cref="FromUrl"/>, <see cref="RedisClient(RedisOptions)"/>) closes it.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_bound is not null)
        {
            await _bound.DisposeAsync().ConfigureAwait(false);
        }

        if (_ownsPool)
        {
            await _pool.DisposeAsync().ConfigureAwait(false);
        }

        if (_cluster is not null)
        {
            await _cluster.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Synchronous <see cref="DisposeAsync"/>; it never waits on the network.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Describes the client's endpoint, never the password.</summary>
    public override string ToString() => _cluster is not null
        ? $"RedisClient(cluster {_cluster.Describe()})"
        : $"RedisClient({RedisConnection.DescribeEndpoint(_options)}/{_options.Database}{(_bound is null ? string.Empty : ", single connection")})";
}
