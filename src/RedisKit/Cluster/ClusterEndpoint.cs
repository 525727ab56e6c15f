using System.Globalization;

namespace RedisKit.Cluster;

/// <summary>A cluster node's client address, as the cluster announces it.</summary>
/// <param name="Host">Its IP or hostname (an IPv6 address without brackets).</param>
/// <param name="Port">Its client port (the TLS port on a TLS cluster).</param>
internal sealed record ClusterEndpoint(string Host, int Port)
{
    /// <summary><c>host:port</c>, with an IPv6 address in brackets.</summary>
    public override string ToString() => Host.Contains(':', StringComparison.Ordinal)
        ? $"[{Host}]:{Port.ToString(CultureInfo.InvariantCulture)}"
        : $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// Parses <c>host:port</c>, <c>[ipv6]:port</c> or the unbracketed <c>ipv6:port</c> Redis uses in
    /// redirections (the port follows the last colon). An empty host means the node's address is
    /// unknown to the cluster: <paramref name="fallbackHost"/>, the host that answered, is used.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, string fallbackHost, out ClusterEndpoint? endpoint)
    {
        endpoint = null;
        var colon = text.LastIndexOf(':');
        if (colon < 0 || !int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is <= 0 or > 65535)
        {
            return false;
        }

        var host = text[..colon];
        if (host.Length >= 2 && host[0] == '[' && host[^1] == ']')
        {
            host = host[1..^1];
        }

        endpoint = new ClusterEndpoint(host.IsEmpty || host.SequenceEqual("?") ? fallbackHost : host.ToString(), port);
        return true;
    }
}
