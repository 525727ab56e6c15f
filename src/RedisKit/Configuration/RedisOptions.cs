using System.Text;
using Microsoft.Extensions.Logging;

namespace RedisKit;

/// <summary>
/// Everything that shapes a client: where the server is, how to authenticate, timeouts, TLS,
/// pooling and retries. Each redis-py URL query key has a property here (named on the property),
/// and <see cref="RedisClient.FromUrl(string, RedisOptions?)"/> applies a URL over a copy of these
/// options: what the URL says wins. Every property can be bound from configuration except
/// <see cref="LoggerFactory"/>, which is a service rather than a setting.
/// </summary>
public sealed class RedisOptions
{
    /// <summary>The default Redis port, 6379.</summary>
    public const int DefaultPort = 6379;

    /// <summary>Host name or IP address of the server. Default <c>localhost</c>.</summary>
    public string Host { get; set; } = "localhost";

    /// <summary>TCP port of the server. Default 6379.</summary>
    public int Port { get; set; } = DefaultPort;

    /// <summary>
    /// Path of a Unix domain socket to connect to instead of <see cref="Host"/> and <see cref="Port"/>
    /// (the <c>unix://</c> URL scheme). Null for TCP.
    /// </summary>
    public string? UnixSocketPath { get; set; }

    /// <summary>ACL user name (<c>username</c>); null authenticates as the default user.</summary>
    public string? Username { get; set; }

    /// <summary>Password (<c>password</c>); null sends no AUTH. Never printed, logged or traced.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// Supplies the user name and password (or access token) of every connection when it opens, and
    /// again before credentials that carry an expiry run out: open connections then authenticate again
    /// (AUTH) without reconnecting. Null (default): <see cref="Username"/> and <see cref="Password"/>
    /// are used. Setting both a provider and <see cref="Username"/> or <see cref="Password"/> (from
    /// here, a URL or a connection string) is a validation error naming both. Not bound from
    /// configuration: set it in code or through dependency injection.
    /// </summary>
    public RedisCredentialProvider? CredentialProvider { get; set; }

    /// <summary>Logical database selected on every connection (<c>db</c>). Default 0.</summary>
    public int Database { get; set; }

    /// <summary>
    /// How long a connection may go without receiving a byte while replies are owed before the
    /// pending commands fail with <see cref="RedisTimeoutException"/> and the connection is
    /// retired (<c>socket_timeout</c>). Default 5 seconds; <see cref="Timeout.InfiniteTimeSpan"/> disables it.
    /// </summary>
    public TimeSpan SocketTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Time allowed to open the socket, finish TLS and the handshake (<c>socket_connect_timeout</c>). Default 5 seconds.</summary>
    public TimeSpan SocketConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Enables TCP keepalive probes on every TCP connection (<c>socket_keepalive</c>). Default true.
    /// The first probe goes out after 60 s without traffic, then one every 10 s, and after 3
    /// unanswered probes the system drops the connection: a peer that vanished silently is noticed
    /// after about 90 s instead of the system default of over two hours.
    /// </summary>
    public bool SocketKeepAlive { get; set; } = true;

    /// <summary>
    /// A connection idle for longer than this is checked with PING before it is used again
    /// (<c>health_check_interval</c>). Default zero: no check, as in redis-py; a dead connection is
    /// still detected by the failed command and replaced. A <see cref="PubSub"/> uses it too: its
    /// connection is PINGed when nothing arrived for this long, and replaced (subscriptions restored)
    /// when nothing arrives within <see cref="SocketTimeout"/> after that PING.
    /// </summary>
    public TimeSpan HealthCheckInterval { get; set; } = TimeSpan.Zero;

    /// <summary>Most connections the pool opens, shared and leased together (<c>max_connections</c>). Default 100.</summary>
    public int MaxConnections { get; set; } = 100;

    /// <summary>
    /// How long a caller waits for a free connection when all <see cref="MaxConnections"/> are leased
    /// before <see cref="RedisPoolExhaustedException"/> (<c>timeout</c>). Default 5 seconds.
    /// </summary>
    public TimeSpan PoolTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Name given to every connection with CLIENT SETNAME (<c>client_name</c>); null for none.</summary>
    public string? ClientName { get; set; }

    /// <summary>
    /// RESP version to speak (<c>protocol</c>): 3 (default) sends HELLO 3 and falls back to RESP2 on
    /// servers older than 6; 2 never tries RESP3.
    /// </summary>
    public int Protocol { get; set; } = 3;

    /// <summary>Connect with TLS (the <c>rediss://</c> scheme). Default false.</summary>
    public bool Ssl { get; set; }

    /// <summary>How the server certificate is verified (<c>ssl_cert_reqs</c>). Default <see cref="SslCertificateRequirements.Required"/>.</summary>
    public SslCertificateRequirements SslCertReqs { get; set; } = SslCertificateRequirements.Required;

    /// <summary>PEM file of CA certificates trusted for the server certificate instead of the system store (<c>ssl_ca_certs</c>).</summary>
    public string? SslCaCerts { get; set; }

    /// <summary>PEM file with the client certificate for mutual TLS (<c>ssl_certfile</c>).</summary>
    public string? SslCertFile { get; set; }

    /// <summary>PEM file with the client certificate's private key (<c>ssl_keyfile</c>); defaults to <see cref="SslCertFile"/>.</summary>
    public string? SslKeyFile { get; set; }

    /// <summary>Password of an encrypted <see cref="SslKeyFile"/> (<c>ssl_password</c>). Never printed, logged or traced.</summary>
    public string? SslPassword { get; set; }

    /// <summary>Check that the certificate names the host connected to (<c>ssl_check_hostname</c>). Default true.</summary>
    public bool SslCheckHostname { get; set; } = true;

    /// <summary>Server name sent with SNI and checked against the certificate (<c>ssl_server_hostname</c>); defaults to <see cref="Host"/>.</summary>
    public string? SslServerHostname { get; set; }

    /// <summary>
    /// Treat <see cref="Host"/>:<see cref="Port"/> as a startup node of a Redis Cluster (<c>cluster</c>):
    /// the client reads the cluster's slot map from it and sends each command to the node serving
    /// its keys, as <see cref="RedisCluster"/> does. Default false.
    /// </summary>
    public bool Cluster { get; set; }

    /// <summary>
    /// Untyped replies (<see cref="RedisClient.ExecuteCommandAsync(object[])"/>, pipeline results,
    /// pub/sub payloads) carry strings when true and <see cref="byte"/> arrays when false, as in
    /// redis-py (<c>decode_responses</c>). Default false.
    /// </summary>
    public bool DecodeResponses { get; set; }

    /// <summary>Text encoding of string arguments and decoded replies (<c>encoding</c>). Default UTF-8.</summary>
    public Encoding Encoding { get; set; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// How many times a command is tried again after a connection error (<c>retries</c>). A command is
    /// only resent when it cannot have run twice: it never reached the server, or it is idempotent.
    /// Default 3; 0 disables retries.
    /// </summary>
    public int RetryAttempts { get; set; } = 3;

    /// <summary>First back-off delay between retries and reconnects (<c>retry_backoff_base</c>); it doubles each attempt, with full jitter. Default 100 ms.</summary>
    public TimeSpan RetryBackoffBase { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Longest back-off delay between retries and reconnects (<c>retry_backoff_cap</c>). Default 10 seconds.</summary>
    public TimeSpan RetryBackoffCap { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Also retry idempotent commands that timed out (<c>retry_on_timeout</c>). Default false.</summary>
    public bool RetryOnTimeout { get; set; }

    /// <summary>Library name sent with CLIENT SETINFO LIB-NAME (<c>lib_name</c>). Default <c>RedisKit</c>; null sends nothing.</summary>
    public string? LibName { get; set; } = "RedisKit";

    /// <summary>Library version sent with CLIENT SETINFO LIB-VER (<c>lib_version</c>). Default this assembly's version; null sends nothing.</summary>
    public string? LibVersion { get; set; } = typeof(RedisOptions).Assembly.GetName().Version?.ToString(3);

    /// <summary>
    /// Where the client logs connects, connection failures and restores, reconnects, timeouts, protocol
    /// errors, pool exhaustion and pub/sub resubscription (category <c>RedisKit</c>, event ids in the
    /// README). Default null: nothing is logged and logging costs nothing. The DependencyInjection
    /// package sets the container's factory when this is null. Messages name endpoints and user names,
    /// never a password. Not bound from configuration and not part of a URL.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Returns an independent copy of these options (the <see cref="LoggerFactory"/> is shared, not copied).</summary>
    public RedisOptions Clone() => (RedisOptions)MemberwiseClone();

    /// <summary>
    /// Applies a Redis URL over these options in place, as <see cref="RedisClient.FromUrl(string, RedisOptions?)"/>
    /// applies it over a copy: what the URL states wins, what it leaves out keeps its value. All or
    /// nothing: when the URL is invalid nothing changes.
    /// </summary>
    /// <param name="url">
    /// A URL such as <c>redis://user:password@host:6379/0?socket_timeout=2</c>, or a connection string
    /// in StackExchange.Redis syntax such as <c>localhost:6380,password=...,ssl=true</c> (what .NET Aspire injects).
    /// </param>
    /// <exception cref="ArgumentException">The URL is empty, its scheme is not supported, or a query key is unknown or repeated.</exception>
    /// <exception cref="FormatException">A part of the URL is malformed; the message names the part, never the password.</exception>
    public void ApplyUrl(string url) => CopyFrom(Configuration.RedisUrl.Parse(url, this));

    /// <summary>
    /// Returns every value here that no connection could use, one message a problem, empty when
    /// there is none. Each message starts with the setting's name, the value at fault (never a
    /// password) and what is allowed.
    /// </summary>
    /// <param name="settingName">
    /// How messages name a property, given its name (<c>MaxConnections</c>): a configuration path
    /// such as <c>Redis:MaxConnections</c>, say. Default <c>RedisOptions.MaxConnections</c>.
    /// </param>
    /// <returns>The problems found.</returns>
    public IReadOnlyList<string> GetValidationErrors(Func<string, string>? settingName = null) =>
        Configuration.RedisOptionsValidator.GetErrors(this, settingName ?? (static property => nameof(RedisOptions) + "." + property));

    /// <summary>Sets every property from <paramref name="source"/>.</summary>
    internal void CopyFrom(RedisOptions source)
    {
        Host = source.Host;
        Port = source.Port;
        UnixSocketPath = source.UnixSocketPath;
        Username = source.Username;
        Password = source.Password;
        CredentialProvider = source.CredentialProvider;
        Database = source.Database;
        SocketTimeout = source.SocketTimeout;
        SocketConnectTimeout = source.SocketConnectTimeout;
        SocketKeepAlive = source.SocketKeepAlive;
        HealthCheckInterval = source.HealthCheckInterval;
        MaxConnections = source.MaxConnections;
        PoolTimeout = source.PoolTimeout;
        ClientName = source.ClientName;
        Protocol = source.Protocol;
        Ssl = source.Ssl;
        SslCertReqs = source.SslCertReqs;
        SslCaCerts = source.SslCaCerts;
        SslCertFile = source.SslCertFile;
        SslKeyFile = source.SslKeyFile;
        SslPassword = source.SslPassword;
        SslCheckHostname = source.SslCheckHostname;
        SslServerHostname = source.SslServerHostname;
        Cluster = source.Cluster;
        DecodeResponses = source.DecodeResponses;
        Encoding = source.Encoding;
        RetryAttempts = source.RetryAttempts;
        RetryBackoffBase = source.RetryBackoffBase;
        RetryBackoffCap = source.RetryBackoffCap;
        RetryOnTimeout = source.RetryOnTimeout;
        LibName = source.LibName;
        LibVersion = source.LibVersion;
        LoggerFactory = source.LoggerFactory;
    }

    /// <summary>Describes the endpoint and settings, never the password.</summary>
    public override string ToString()
    {
        var endpoint = UnixSocketPath is not null ? "unix://" + UnixSocketPath : (Ssl ? "rediss://" : "redis://") + Host + ":" + Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var user = Username is null ? string.Empty : " user=" + Username;
        return endpoint + "/" + Database.ToString(System.Globalization.CultureInfo.InvariantCulture) + user + (Password is null ? string.Empty : " password=***")
            + (CredentialProvider is null ? string.Empty : " credentials=provider");
    }
}
