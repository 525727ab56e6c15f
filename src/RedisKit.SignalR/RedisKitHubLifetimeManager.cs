using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RedisKit.SignalR.Internal;

namespace RedisKit.SignalR;

/// <summary>
/// A SignalR scale-out backplane over RedisKit pub/sub: every server of a fleet subscribes to its hub's
/// channels and delivers what the others publish to its own connections. Channel names and payloads
/// are those of Microsoft.AspNetCore.SignalR.StackExchangeRedis, so servers on either backplane can share
/// one Redis during a migration.
/// <para>
/// One <see cref="PubSub"/> per hub receives everything; messages are delivered in the order Redis sent
/// them, one at a time, so the messages one connection receives keep their order. When the subscriber
/// connection drops, the <see cref="PubSub"/> reconnects and restores every subscription; messages
/// published in between are lost, as with any Redis pub/sub backplane.
/// </para>
/// </summary>
/// <typeparam name="THub">The hub whose connections this manager serves.</typeparam>
public sealed partial class RedisKitHubLifetimeManager<THub> : HubLifetimeManager<THub>, IAsyncDisposable, IDisposable
    where THub : Hub
{
    private readonly HubConnectionStore _connections = new();
    private readonly SubscriptionRegistry _groups = new();
    private readonly SubscriptionRegistry _users = new();
    private readonly ConcurrentDictionary<string, ChannelHandler> _handlers = new(StringComparer.Ordinal);
    private readonly AckWaiter _acks = new();
    private readonly ClientResults _results = new();
    private readonly SemaphoreSlim _startGate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly ILogger _logger;
    private readonly RedisKitSignalROptions _options;
    private readonly IHubProtocolResolver _protocolResolver;
    private readonly BackplaneProtocol _protocol;
    private readonly BackplaneChannels _channels;
    private readonly string _serverName = $"{Environment.MachineName}_{Guid.NewGuid():N}";
    private readonly RedisClient _client;
    private readonly RedisClient? _ownedSubscriberClient;
    private PubSub? _subscriber;
    private Task? _listening;
    private volatile bool _started;
    private int _disposed;

    /// <summary>Creates the manager; the dependency container calls this.</summary>
    /// <param name="logger">Where delivery failures and connection events are logged.</param>
    /// <param name="options">The backplane's options.</param>
    /// <param name="protocolResolver">The hub protocols, to serialize each message once per protocol.</param>
    /// <param name="globalHubOptions">The global hub options (their supported protocols).</param>
    /// <param name="hubOptions">This hub's options (their supported protocols win over the global ones).</param>
    /// <param name="services">Where the <see cref="RedisClient"/> (default or keyed) comes from.</param>
    public RedisKitHubLifetimeManager(
        ILogger<RedisKitHubLifetimeManager<THub>> logger,
        IOptions<RedisKitSignalROptions> options,
        IHubProtocolResolver protocolResolver,
        IOptions<HubOptions> globalHubOptions,
        IOptions<HubOptions<THub>> hubOptions,
        IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(protocolResolver);
        ArgumentNullException.ThrowIfNull(globalHubOptions);
        ArgumentNullException.ThrowIfNull(hubOptions);
        ArgumentNullException.ThrowIfNull(services);
        _logger = logger;
        _options = options.Value;
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MessageBufferCapacity, 1, "RedisKitSignalROptions.MessageBufferCapacity");
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_options.AckTimeout, TimeSpan.Zero, "RedisKitSignalROptions.AckTimeout");
        _protocolResolver = protocolResolver;
        _protocol = new BackplaneProtocol(protocolResolver, globalHubOptions.Value.SupportedProtocols, hubOptions.Value.SupportedProtocols);
        _channels = new BackplaneChannels(_options.ChannelPrefix ?? string.Empty, typeof(THub).FullName!, _serverName);
        _client = _options.ServiceKey is { } key ? services.GetRequiredKeyedService<RedisClient>(key) : services.GetRequiredService<RedisClient>();

        // Payloads are binary MessagePack: a client that decodes replies to text would mangle them, so the
        // subscriber then gets a pool of its own with the same options but bytes.
        var clientOptions = _client.Options;
        if (clientOptions.DecodeResponses)
        {
            clientOptions.DecodeResponses = false;
            _ownedSubscriberClient = new RedisClient(clientOptions);
        }
    }

    /// <summary>The name this server goes by on the backplane (acks and client results come back to it).</summary>
    public string ServerName => _serverName;

    /// <inheritdoc />
    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await EnsureStartedAsync().ConfigureAwait(false);
        connection.Features.Set(new GroupsFeature());
        _connections.Add(connection);
        var connectionTask = SubscribeAsync(_channels.Connection(connection.ConnectionId), new ChannelHandler(HandlerKind.Connection, connection, null));
        var userTask = string.IsNullOrEmpty(connection.UserIdentifier)
            ? Task.CompletedTask
            : _users.AddAsync(_channels.User(connection.UserIdentifier), connection, SubscribeStoreAsync);
        await Task.WhenAll(connectionTask, userTask).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connections.Remove(connection);
        if (!_started)
        {
            return Task.CompletedTask;
        }

        var tasks = new List<Task> { UnsubscribeAsync(_channels.Connection(connection.ConnectionId)) };
        if (connection.Features.Get<GroupsFeature>() is { } groups)
        {
            // Only this server's subscriptions change: the connection was local, no other server is asked.
            foreach (var group in groups.Snapshot())
            {
                tasks.Add(RemoveLocalGroupAsync(connection, group));
            }
        }

        if (!string.IsNullOrEmpty(connection.UserIdentifier))
        {
            tasks.Add(_users.RemoveAsync(_channels.User(connection.UserIdentifier), connection, UnsubscribeAsync));
        }

        return Task.WhenAll(tasks);
    }

    /// <inheritdoc />
    public override Task SendAllAsync(string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        PublishAsync(_channels.All, _protocol.WriteInvocation(methodName, args), cancellationToken);

    /// <inheritdoc />
    public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        PublishAsync(_channels.All, _protocol.WriteInvocation(methodName, args, excludedConnectionIds), cancellationToken);

    /// <inheritdoc />
    public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectionId);

        // SignalR needs sticky connections, so a local connection is served without the round trip.
        if (_connections[connectionId] is { } connection)
        {
            return connection.WriteAsync(new InvocationMessage(methodName, args), cancellationToken).AsTask();
        }

        return PublishAsync(_channels.Connection(connectionId), _protocol.WriteInvocation(methodName, args), cancellationToken);
    }

    /// <inheritdoc />
    public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectionIds);
        var payload = _protocol.WriteInvocation(methodName, args);
        var tasks = new Task[connectionIds.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            tasks[i] = PublishAsync(_channels.Connection(connectionIds[i]), payload, cancellationToken);
        }

        return Task.WhenAll(tasks);
    }

    /// <inheritdoc />
    public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groupName);
        return PublishAsync(_channels.Group(groupName), _protocol.WriteInvocation(methodName, args), cancellationToken);
    }

    /// <inheritdoc />
    public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groupNames);
        var payload = _protocol.WriteInvocation(methodName, args);
        var tasks = new List<Task>(groupNames.Count);
        foreach (var groupName in groupNames)
        {
            if (!string.IsNullOrEmpty(groupName))
            {
                tasks.Add(PublishAsync(_channels.Group(groupName), payload, cancellationToken));
            }
        }

        return Task.WhenAll(tasks);
    }

    /// <inheritdoc />
    public override Task SendGroupExceptAsync(string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groupName);
        return PublishAsync(_channels.Group(groupName), _protocol.WriteInvocation(methodName, args, excludedConnectionIds), cancellationToken);
    }

    /// <inheritdoc />
    public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return PublishAsync(_channels.User(userId), _protocol.WriteInvocation(methodName, args), cancellationToken);
    }

    /// <inheritdoc />
    public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        if (userIds.Count == 0)
        {
            return Task.CompletedTask;
        }

        var payload = _protocol.WriteInvocation(methodName, args);
        var tasks = new List<Task>(userIds.Count);
        foreach (var userId in userIds)
        {
            if (!string.IsNullOrEmpty(userId))
            {
                tasks.Add(PublishAsync(_channels.User(userId), payload, cancellationToken));
            }
        }

        return Task.WhenAll(tasks);
    }

    /// <inheritdoc />
    public override Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectionId);
        ArgumentNullException.ThrowIfNull(groupName);
        return _connections[connectionId] is { } connection
            ? AddLocalGroupAsync(connection, groupName)
            : SendGroupCommandAsync(connectionId, groupName, GroupAction.Add, cancellationToken);
    }

    /// <inheritdoc />
    public override Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectionId);
        ArgumentNullException.ThrowIfNull(groupName);
        return _connections[connectionId] is { } connection
            ? RemoveLocalGroupAsync(connection, groupName)
            : SendGroupCommandAsync(connectionId, groupName, GroupAction.Remove, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<T> InvokeConnectionAsync<T>(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connectionId);
        var connection = _connections[connectionId];
        var invocationId = NewInvocationId();
        var pending = new PendingResult<T>(connectionId);
        _results.Add(invocationId, pending);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, connection?.ConnectionAborted ?? default);
        await using var registration = linked.Token.UnsafeRegister(static (state, token) => ((PendingResult<T>)state!).Cancel(token), pending).ConfigureAwait(false);
        try
        {
            if (connection is null)
            {
                var payload = _protocol.WriteInvocation(methodName, args, invocationId: invocationId, returnChannel: _channels.ReturnResultsOnWire);
                if (await PublishCountAsync(_channels.Connection(connectionId), payload, cancellationToken).ConfigureAwait(false) < 1)
                {
                    throw new IOException($"Connection '{connectionId}' does not exist.");
                }
            }
            else
            {
                await connection.WriteAsync(new InvocationMessage(invocationId, methodName, args), cancellationToken).ConfigureAwait(false);
            }

            return await pending.Task.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (connection is { ConnectionAborted.IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
        {
            throw new IOException($"Connection '{connectionId}' disconnected.");
        }
        finally
        {
            _results.Remove(invocationId);
        }
    }

    /// <inheritdoc />
    public override Task SetConnectionResultAsync(string connectionId, CompletionMessage result)
    {
        ArgumentNullException.ThrowIfNull(connectionId);
        ArgumentNullException.ThrowIfNull(result);
        _results.TryComplete(connectionId, result);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override bool TryGetReturnType(string invocationId, [NotNullWhen(true)] out Type? type) => _results.TryGetType(invocationId, out type);

    /// <summary>Stops listening, closes the subscriber connection and fails what still waits on other servers.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        _acks.FailAll();
        _results.FailAll("The server's SignalR backplane stopped.");
        if (_subscriber is { } subscriber)
        {
            await subscriber.DisposeAsync().ConfigureAwait(false);
        }

        if (_listening is { } listening)
        {
            await listening.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (_ownedSubscriberClient is { } owned)
        {
            await owned.DisposeAsync().ConfigureAwait(false);
        }

        _stopping.Dispose();
        _groups.Dispose();
        _users.Dispose();
    }

    /// <summary>Synchronous <see cref="DisposeAsync"/>, for containers that dispose synchronously.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static string NewInvocationId()
    {
        // 128 random bits, as Microsoft's backplane: unique across servers without coordination.
        Span<byte> bytes = stackalloc byte[16];
        Guid.NewGuid().TryWriteBytes(bytes);
        return Convert.ToBase64String(bytes).TrimEnd('=');
    }
}
