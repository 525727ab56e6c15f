using Microsoft.AspNetCore.SignalR;

namespace RedisKit.SignalR.Internal;

/// <summary>
/// The local connections of each group or user channel: the channel is subscribed when its first
/// connection arrives and unsubscribed when its last one leaves. One gate orders the two, so a
/// subscribe and an unsubscribe of the same channel never cross.
/// </summary>
internal sealed class SubscriptionRegistry : IDisposable
{
    private readonly Dictionary<string, HubConnectionStore> _stores = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task AddAsync(string channel, HubConnectionContext connection, Func<string, HubConnectionStore, Task> subscribe)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!_stores.TryGetValue(channel, out var store))
            {
                store = new HubConnectionStore();
                store.Add(connection);
                await subscribe(channel, store).ConfigureAwait(false);
                _stores[channel] = store;
                return;
            }

            store.Add(connection);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task RemoveAsync(string channel, HubConnectionContext connection, Func<string, Task> unsubscribe)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!_stores.TryGetValue(channel, out var store))
            {
                return;
            }

            store.Remove(connection);
            if (store.Count == 0)
            {
                _stores.Remove(channel);
                await unsubscribe(channel).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
