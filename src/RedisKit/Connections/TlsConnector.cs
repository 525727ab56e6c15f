using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace RedisKit.Connections;

/// <summary>
/// TLS for a connection: the server certificate is verified by default against the system store
/// or a CA file, the host name is checked unless turned off, SNI carries the server name, and a
/// client certificate is presented when configured.
/// </summary>
internal static class TlsConnector
{
    /// <summary>Negotiates TLS with blocking calls on the connection's own thread, keeping the socket in blocking mode.</summary>
    public static Stream Authenticate(Stream inner, RedisOptions options)
    {
        var serverName = options.SslServerHostname ?? options.Host;
        var caCertificates = LoadCaCertificates(options.SslCaCerts);
        var clientCertificates = LoadClientCertificate(options);
        var ssl = new SslStream(inner, leaveInnerStreamOpen: false);
        try
        {
            var authentication = new SslClientAuthenticationOptions
            {
                TargetHost = serverName,
                ClientCertificates = clientCertificates,
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                RemoteCertificateValidationCallback = (_, certificate, chain, errors) => Validate(options, caCertificates, certificate, chain, errors),
            };
            ssl.AuthenticateAsClient(authentication);
            return ssl;
        }
        catch
        {
            ssl.Dispose();
            throw;
        }
    }

    private static bool Validate(RedisOptions options, X509Certificate2Collection? caCertificates, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        switch (options.SslCertReqs)
        {
            case SslCertificateRequirements.None:
                return true;
            case SslCertificateRequirements.Optional when certificate is null:
                return true;
        }

        if (certificate is null || (errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0)
        {
            return false;
        }

        if (options.SslCheckHostname && (errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            return false;
        }

        if (caCertificates is null)
        {
            return (errors & SslPolicyErrors.RemoteCertificateChainErrors) == 0;
        }

        // A custom CA replaces the system store: build the chain against it alone.
        using var customChain = new X509Chain();
        customChain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        customChain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        customChain.ChainPolicy.CustomTrustStore.AddRange(caCertificates);
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                customChain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        using var leaf = new X509Certificate2(certificate);
        return customChain.Build(leaf);
    }

    private static X509Certificate2Collection? LoadCaCertificates(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var collection = new X509Certificate2Collection();
        try
        {
            collection.ImportFromPemFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new RedisConnectionException($"The CA file given by ssl_ca_certs ({path}) could not be read: {ex.Message}", ex);
        }

        if (collection.Count == 0)
        {
            throw new RedisConnectionException($"The CA file given by ssl_ca_certs ({path}) holds no PEM certificate.");
        }

        return collection;
    }

    private static X509CertificateCollection? LoadClientCertificate(RedisOptions options)
    {
        if (options.SslCertFile is null)
        {
            return null;
        }

        try
        {
            var keyFile = options.SslKeyFile ?? options.SslCertFile;
            var certificate = options.SslPassword is null
                ? X509Certificate2.CreateFromPemFile(options.SslCertFile, keyFile)
                : X509Certificate2.CreateFromEncryptedPemFile(options.SslCertFile, options.SslPassword, keyFile);
            return [certificate];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException or ArgumentException)
        {
            // The message of a failed decryption never includes the password itself.
            throw new RedisConnectionException($"The client certificate (ssl_certfile {options.SslCertFile}) could not be loaded: {ex.Message}", ex);
        }
    }
}
