using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace RedisKit.Connections;

/// <summary>
/// TLS for a connection: the server certificate is verified by default against the system store
/// or a CA file, the host name is checked unless turned off, SNI carries the server name, and a
/// client certificate is presented when configured. Every refusal says which check failed.
/// </summary>
internal static class TlsConnector
{
    /// <summary>Negotiates TLS with blocking calls on the connection's own thread, keeping the socket in blocking mode.</summary>
    public static SslStream Authenticate(Stream inner, RedisOptions options, string endpoint)
    {
        var serverName = options.SslServerHostname ?? options.Host;
        var caCertificates = LoadCaCertificates(options.SslCaCerts);
        var clientCertificates = LoadClientCertificate(options);
        var ssl = new SslStream(inner, leaveInnerStreamOpen: false);
        var validation = new ValidationOutcome();
        try
        {
            var authentication = new SslClientAuthenticationOptions
            {
                TargetHost = serverName,
                ClientCertificates = clientCertificates,
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
                {
                    validation.Failure = Validate(options, serverName, caCertificates, certificate, chain, errors);
                    return validation.Failure is null;
                },
            };
            ssl.AuthenticateAsClient(authentication);
            return ssl;
        }
        catch (AuthenticationException ex)
        {
            ssl.Dispose();
            if (validation.Failure is not null)
            {
                throw new RedisConnectionException($"The TLS handshake with {endpoint} failed: {validation.Failure}", ex);
            }

            // The server ended the handshake (TLS 1.2 checks the client certificate inside it).
            throw new RedisConnectionException($"The TLS handshake with {endpoint} failed: {Reasons(ex)}{ClientCertificateHint(ex, options, clientCertificates)}", ex);
        }
        catch
        {
            ssl.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Explains a connection that failed in its first exchange right after a TLS handshake the
    /// client accepted. With TLS 1.3 the server checks the client certificate only after the client
    /// considers the handshake done, so a refused (or missing) certificate shows as a TLS alert, a
    /// reset or an end of stream on the first read or write.
    /// </summary>
    public static RedisConnectionException ExplainFirstExchangeFailure(Exception failure, string endpoint, RedisOptions options, string? offeredCertificate)
    {
        var alert = Reasons(failure);
        var certificate = offeredCertificate is null
            ? options.SslCertFile is null
                ? "none was offered (set ssl_certfile and ssl_keyfile to present one)"
                : $"none was offered, although ssl_certfile {options.SslCertFile} is set"
            : $"the one offered ({offeredCertificate}) was not accepted: the server trusts only client certificates issued by the CA in its tls-ca-cert-file";
        return new RedisConnectionException(
            $"The server at {endpoint} closed the TLS connection right after the handshake, before answering the first command: it refused the client certificate; {certificate}. ({alert})",
            failure);
    }

    /// <summary>Subject and issuer of a certificate, for messages (no key material).</summary>
    public static string Describe(X509Certificate certificate) => $"subject \"{certificate.Subject}\", issuer \"{certificate.Issuer}\"";

    /// <summary>Null when the server certificate is acceptable, otherwise which check failed and why.</summary>
    private static string? Validate(RedisOptions options, string serverName, X509Certificate2Collection? caCertificates, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        switch (options.SslCertReqs)
        {
            case SslCertificateRequirements.None:
                return null;
            case SslCertificateRequirements.Optional when certificate is null:
                return null;
        }

        if (certificate is null || (errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0)
        {
            return "the server presented no certificate, and ssl_cert_reqs requires one.";
        }

        if (options.SslCheckHostname && (errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            return $"the server certificate ({Describe(certificate)}, names: {Names(certificate)}) does not match the expected host name \"{serverName}\" "
                   + "(set ssl_server_hostname to the name in the certificate, or ssl_check_hostname=false to skip this check).";
        }

        if (caCertificates is null)
        {
            if ((errors & SslPolicyErrors.RemoteCertificateChainErrors) == 0)
            {
                return null;
            }

            return $"the server certificate ({Describe(certificate)}) is not trusted by the system certificate store: {ChainStatus(chain)} "
                   + "(set ssl_ca_certs to the CA that issued it).";
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
        if (customChain.Build(leaf))
        {
            return null;
        }

        var authorities = new List<string>(caCertificates.Count);
        foreach (var authority in caCertificates)
        {
            authorities.Add("\"" + authority.Subject + "\"");
        }

        return $"the server certificate ({Describe(certificate)}) is not trusted by the CA in ssl_ca_certs {options.SslCaCerts} "
               + $"({string.Join(", ", authorities)}): {ChainStatus(customChain)}.";
    }

    private static string ChainStatus(X509Chain? chain)
    {
        if (chain is null || chain.ChainStatus.Length == 0)
        {
            return "the chain could not be built";
        }

        var parts = new List<string>(chain.ChainStatus.Length);
        foreach (var status in chain.ChainStatus)
        {
            var information = status.StatusInformation.Trim().TrimEnd('.');
            parts.Add(information.Length == 0 ? status.Status.ToString() : $"{status.Status} ({information})");
        }

        return string.Join("; ", parts);
    }

    private static string Names(X509Certificate certificate)
    {
        using var full = new X509Certificate2(certificate);
        var names = new List<string>();
        foreach (var extension in full.Extensions)
        {
            if (extension is X509SubjectAlternativeNameExtension alternatives)
            {
                foreach (var dns in alternatives.EnumerateDnsNames())
                {
                    names.Add("DNS " + dns);
                }

                foreach (var address in alternatives.EnumerateIPAddresses())
                {
                    names.Add("IP " + address);
                }
            }
        }

        return names.Count == 0 ? "none besides the subject" : string.Join(", ", names);
    }

    /// <summary>The messages of a failure and its causes (OpenSSL puts the TLS alert in an inner one), each once.</summary>
    private static string Reasons(Exception failure)
    {
        var text = new StringBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = failure; current is not null; current = current.InnerException)
        {
            var message = current.Message.Trim();
            if (message.Length > 0 && seen.Add(message))
            {
                if (text.Length > 0)
                {
                    text.Append(" <- ");
                }

                text.Append(message);
            }
        }

        return text.ToString();
    }

    private static string ClientCertificateHint(Exception failure, RedisOptions options, X509CertificateCollection? clientCertificates)
    {
        var reasons = Reasons(failure);
        if (!reasons.Contains("certificate required", StringComparison.OrdinalIgnoreCase)
            && !reasons.Contains("unknown ca", StringComparison.OrdinalIgnoreCase)
            && !reasons.Contains("bad certificate", StringComparison.OrdinalIgnoreCase)
            && !reasons.Contains("certificate unknown", StringComparison.OrdinalIgnoreCase))
        {
            return string.Empty;
        }

        return clientCertificates is { Count: > 0 }
            ? $". The server refused the client certificate ({Describe(clientCertificates[0])}, from ssl_certfile {options.SslCertFile})."
            : ". The server refused the connection for want of a client certificate (set ssl_certfile and ssl_keyfile).";
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

    /// <summary>Carries the validation callback's verdict out of the handshake.</summary>
    private sealed class ValidationOutcome
    {
        public string? Failure { get; set; }
    }
}
