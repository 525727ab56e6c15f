using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace RedisKit.SignalR.Internal;

/// <summary>A client result this server waits for, for its own caller or for another server.</summary>
internal abstract class PendingResult(string connectionId, Type returnType)
{
    public string ConnectionId { get; } = connectionId;

    public Type ReturnType { get; } = returnType;

    public abstract void Complete(CompletionMessage completion);
}

/// <summary>The result of <c>InvokeConnectionAsync&lt;T&gt;</c> called on this server.</summary>
internal sealed class PendingResult<T>(string connectionId) : PendingResult(connectionId, typeof(T))
{
    private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<T> Task => _result.Task;

    public override void Complete(CompletionMessage completion)
    {
        if (completion.Error is { } error)
        {
            _result.TrySetException(new HubException(error));
        }
        else if (!completion.HasResult || completion.Result is null)
        {
            _result.TrySetResult(default!);
        }
        else if (completion.Result is T value)
        {
            _result.TrySetResult(value);
        }
        else
        {
            _result.TrySetException(new InvalidOperationException($"The client result of invocation {completion.InvocationId} is a {completion.Result.GetType().Name}, not a {typeof(T).Name}."));
        }
    }

    public void Cancel(CancellationToken cancellationToken) => _result.TrySetCanceled(cancellationToken);
}

/// <summary>A result a local connection owes to another server's caller: it is read raw and published back.</summary>
internal sealed class ForwardedResult(HubConnectionContext connection, string returnChannel, Func<string, byte[], Task> publish)
    : PendingResult(connection.ConnectionId, typeof(RawResult))
{
    public override void Complete(CompletionMessage completion)
    {
        var bytes = connection.Protocol.GetMessageBytes(completion);
        _ = publish(returnChannel, BackplaneProtocol.WriteCompletion(connection.Protocol.Name, bytes.Span));
    }
}

/// <summary>Pending client results by invocation id.</summary>
internal sealed class ClientResults : IInvocationBinder
{
    private readonly ConcurrentDictionary<string, PendingResult> _pending = new(StringComparer.Ordinal);

    public void Add(string invocationId, PendingResult pending) => _pending[invocationId] = pending;

    public PendingResult? Remove(string invocationId) => _pending.TryRemove(invocationId, out var pending) ? pending : null;

    public bool TryGetType(string invocationId, [NotNullWhen(true)] out Type? type)
    {
        if (_pending.TryGetValue(invocationId, out var pending))
        {
            type = pending.ReturnType;
            return true;
        }

        type = null;
        return false;
    }

    /// <summary>Completes the invocation when <paramref name="connectionId"/> is the connection it was sent to.</summary>
    public void TryComplete(string connectionId, CompletionMessage completion)
    {
        if (completion.InvocationId is { } id && _pending.TryGetValue(id, out var pending)
            && string.Equals(pending.ConnectionId, connectionId, StringComparison.Ordinal)
            && _pending.TryRemove(id, out pending))
        {
            pending.Complete(completion);
        }
    }

    public void FailAll(string error)
    {
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var pending))
            {
                pending.Complete(CompletionMessage.WithError(id, error));
            }
        }
    }

    Type IInvocationBinder.GetReturnType(string invocationId) =>
        TryGetType(invocationId, out var type) ? type : throw new InvalidOperationException($"No client result is awaited for invocation {invocationId}.");

    IReadOnlyList<Type> IInvocationBinder.GetParameterTypes(string methodName) => throw new NotSupportedException("The backplane only reads completions.");

    Type IInvocationBinder.GetStreamItemType(string streamId) => throw new NotSupportedException("The backplane only reads completions.");
}
