namespace RedisKit.Cluster;

/// <summary>A MOVED or ASK error reply: the slot and the node the command must go to.</summary>
/// <param name="IsAsk">True for ASK (this one command, preceded by ASKING), false for MOVED (the slot's new owner).</param>
/// <param name="Slot">The slot the redirection is about.</param>
/// <param name="Target">The node to send the command to.</param>
internal sealed record ClusterRedirect(bool IsAsk, int Slot, ClusterEndpoint Target)
{
    /// <summary>
    /// Reads <c>MOVED 3999 127.0.0.1:6381</c> or <c>ASK 3999 host:6381</c>; an empty host
    /// (<c>MOVED 3999 :6381</c>) means the host of the node that answered, <paramref name="answeringHost"/>.
    /// </summary>
    public static bool TryParse(string message, string answeringHost, out ClusterRedirect? redirect)
    {
        redirect = null;
        var text = message.AsSpan().Trim();
        bool ask;
        if (text.StartsWith("MOVED ", StringComparison.Ordinal))
        {
            ask = false;
            text = text["MOVED ".Length..];
        }
        else if (text.StartsWith("ASK ", StringComparison.Ordinal))
        {
            ask = true;
            text = text["ASK ".Length..];
        }
        else
        {
            return false;
        }

        var space = text.IndexOf(' ');
        if (space <= 0
            || !int.TryParse(text[..space], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var slot)
            || slot >= HashSlot.Count
            || !ClusterEndpoint.TryParse(text[(space + 1)..].Trim(), answeringHost, out var target))
        {
            return false;
        }

        redirect = new ClusterRedirect(ask, slot, target!);
        return true;
    }
}
