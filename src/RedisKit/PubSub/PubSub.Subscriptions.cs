using RedisKit.Commands;

namespace RedisKit;

public sealed partial class PubSub
{
    private enum SubscriptionKind
    {
        Channel,
        Pattern,
        Shard,
    }

    /// <summary>A subscription's handler, sync or async.</summary>
    private sealed class Handler(Func<PubSubMessage, Task>? asynchronous, Action<PubSubMessage>? synchronous)
    {
        public static Handler From(Func<PubSubMessage, Task> handler) => new(handler ?? throw new ArgumentNullException(nameof(handler)), null);

        public static Handler From(Action<PubSubMessage> handler) => new(null, handler ?? throw new ArgumentNullException(nameof(handler)));

        public Task InvokeAsync(PubSubMessage message)
        {
            if (asynchronous is not null)
            {
                return asynchronous(message);
            }

            synchronous!(message);
            return Task.CompletedTask;
        }
    }

    /// <summary>What is subscribed, with handlers: the source of truth for restoring subscriptions after a reconnect.</summary>
    private sealed class Subscriptions
    {
        private readonly Dictionary<string, Handler?>[] _byKind =
        [
            new(StringComparer.Ordinal),
            new(StringComparer.Ordinal),
            new(StringComparer.Ordinal),
        ];

        public bool Any => _byKind[0].Count + _byKind[1].Count + _byKind[2].Count > 0;

        public void Add(SubscriptionKind kind, string name, Handler? handler) => _byKind[(int)kind][name] = handler;

        public bool Remove(SubscriptionKind kind, string name) => _byKind[(int)kind].Remove(name);

        public List<string> Names(SubscriptionKind kind) => [.. _byKind[(int)kind].Keys];

        public Handler? HandlerFor(PubSubMessage message) => message.Type switch
        {
            "pmessage" when message.Pattern is not null => _byKind[(int)SubscriptionKind.Pattern].GetValueOrDefault(message.Pattern),
            "smessage" when message.Channel is not null => _byKind[(int)SubscriptionKind.Shard].GetValueOrDefault(message.Channel),
            "message" when message.Channel is not null => _byKind[(int)SubscriptionKind.Channel].GetValueOrDefault(message.Channel),
            _ => null,
        };

        public List<string> WithoutHandler()
        {
            var missing = new List<string>();
            foreach (var kind in _byKind)
            {
                foreach (var (name, handler) in kind)
                {
                    if (handler is null)
                    {
                        missing.Add(name);
                    }
                }
            }

            return missing;
        }

        public static CommandInfo SubscribeCommand(SubscriptionKind kind) => kind switch
        {
            SubscriptionKind.Pattern => Cmd.PSubscribe,
            SubscriptionKind.Shard => Cmd.SSubscribe,
            _ => Cmd.Subscribe,
        };

        public static CommandInfo UnsubscribeCommand(SubscriptionKind kind) => kind switch
        {
            SubscriptionKind.Pattern => Cmd.PUnsubscribe,
            SubscriptionKind.Shard => Cmd.SUnsubscribe,
            _ => Cmd.Unsubscribe,
        };

        /// <summary>The message type that confirms a (un)subscription of this kind.</summary>
        public static string Confirmation(SubscriptionKind kind, bool subscribe) => (kind, subscribe) switch
        {
            (SubscriptionKind.Pattern, true) => "psubscribe",
            (SubscriptionKind.Pattern, false) => "punsubscribe",
            (SubscriptionKind.Shard, true) => "ssubscribe",
            (SubscriptionKind.Shard, false) => "sunsubscribe",
            (_, true) => "subscribe",
            _ => "unsubscribe",
        };
    }
}
