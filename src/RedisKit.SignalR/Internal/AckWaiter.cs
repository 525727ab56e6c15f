using System.Collections.Concurrent;

namespace RedisKit.SignalR.Internal;

/// <summary>Group commands sent to other servers, waiting for the holder's acknowledgement.</summary>
internal sealed class AckWaiter
{
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _pending = new();
    private int _lastId;

    public (int Id, Task Acked) Create()
    {
        var id = Interlocked.Increment(ref _lastId);
        var pending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = pending;
        return (id, pending.Task);
    }

    public void Acknowledge(int id)
    {
        if (_pending.TryRemove(id, out var pending))
        {
            pending.TrySetResult();
        }
    }

    public void Forget(int id) => _pending.TryRemove(id, out _);

    public void FailAll()
    {
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var pending))
            {
                pending.TrySetException(new ObjectDisposedException("RedisKitHubLifetimeManager", "The backplane was disposed before the group command was acknowledged."));
            }
        }
    }
}
