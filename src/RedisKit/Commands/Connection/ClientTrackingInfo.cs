namespace RedisKit;

/// <summary>
/// CLIENT TRACKINGINFO: the client-side caching state of the connection the command ran on. The same
/// under RESP2 and RESP3.
/// </summary>
/// <param name="Flags">Tracking flags such as <c>off</c>, <c>on</c>, <c>bcast</c>, <c>optin</c>, <c>noloop</c> or <c>broken_redirect</c>.</param>
/// <param name="Redirect">The client id invalidations are redirected to: -1 when tracking is off, 0 when not redirected.</param>
/// <param name="Prefixes">The key prefixes tracked in broadcasting mode.</param>
public sealed record ClientTrackingInfo(IReadOnlyList<string> Flags, long Redirect, IReadOnlyList<string> Prefixes);
