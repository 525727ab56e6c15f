using System.Net;
using System.Net.Sockets;

namespace RedisKit.TestKit;

/// <summary>Free loopback TCP ports.</summary>
public static class FreePort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
