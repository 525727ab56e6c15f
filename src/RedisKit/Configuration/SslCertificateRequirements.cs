namespace RedisKit;

/// <summary>How a TLS server certificate is verified (redis-py's <c>ssl_cert_reqs</c>).</summary>
public enum SslCertificateRequirements
{
    /// <summary>The certificate must be valid and trusted (<c>required</c>). The default.</summary>
    Required = 0,

    /// <summary>A certificate that is presented must be valid, but a missing one is accepted (<c>optional</c>).</summary>
    Optional = 1,

    /// <summary>No verification at all (<c>none</c>): encrypts, but does not protect against impersonation.</summary>
    None = 2,
}
