using System.Text;
using RedisKit.Commands;

namespace RedisKit.Cluster;

/// <summary>
/// The one slot a command's keys live in, read from the key positions of its
/// <see cref="CommandInfo"/> and its arguments as they will be sent.
/// </summary>
internal static class CommandSlot
{
    /// <summary>The command names no key: a router picks the node by other rules.</summary>
    public const int None = -1;

    /// <summary>
    /// The slot of the command's keys, or <see cref="None"/> for a command without keys.
    /// </summary>
    /// <exception cref="RedisClusterException">The keys are in different slots (CROSSSLOT); nothing was sent.</exception>
    public static int Of<TArgs>(CommandInfo info, in TArgs args, Encoding encoding)
        where TArgs : struct, ICommandArgs
    {
        var first = info.FirstKey;
        var count = args.Count;
        if (first <= 0 || first > count)
        {
            return None;
        }

        int last;
        if (info.KeyCountIndex > 0)
        {
            if (info.KeyCountIndex > count || !args.Argument(info.KeyCountIndex - 1).TryGetInt64(out var keys) || keys <= 0)
            {
                return None;
            }

            last = (int)Math.Min(count, first + ((keys - 1) * info.KeyStep));
        }
        else
        {
            last = Math.Min(count, info.LastKey < 0 ? count + info.LastKey + 1 : info.LastKey);
        }

        var slot = args.Argument(first - 1).HashSlot(encoding);
        var step = Math.Max(1, info.KeyStep);
        for (var position = first + step; position <= last; position += step)
        {
            var other = args.Argument(position - 1).HashSlot(encoding);
            if (other != slot)
            {
                throw CrossSlot(info, slot, first, other, position);
            }
        }

        return slot;
    }

    private static RedisClusterException CrossSlot(CommandInfo info, int slot, int position, int otherSlot, int otherPosition) => new(
        "CROSSSLOT",
        $"{info.Name} was not sent: its keys are in different hash slots (argument {position} in slot {slot}, argument {otherPosition} in slot {otherSlot}), " +
        "and in a cluster one command's keys must share a slot. Give them a common hash tag, such as {user1}.a and {user1}.b.");
}
