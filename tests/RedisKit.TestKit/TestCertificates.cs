using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RedisKit.TestKit;

/// <summary>
/// A throwaway PKI for TLS tests, as PEM files in a temporary directory: a CA, a server certificate
/// for <c>localhost</c> and <c>127.0.0.1</c> signed by it, a client certificate signed by it, and a
/// second, unrelated CA that must not be trusted, with a client certificate of its own.
/// </summary>
public sealed class TestCertificates : IDisposable
{
    private readonly string _directory;

    private TestCertificates(string directory)
    {
        _directory = directory;
    }

    public string CaCertificatePath => Path.Combine(_directory, "ca.crt");

    public string ServerCertificatePath => Path.Combine(_directory, "server.crt");

    public string ServerKeyPath => Path.Combine(_directory, "server.key");

    public string ClientCertificatePath => Path.Combine(_directory, "client.crt");

    public string ClientKeyPath => Path.Combine(_directory, "client.key");

    public string OtherCaCertificatePath => Path.Combine(_directory, "other-ca.crt");

    /// <summary>A client certificate issued by the unrelated CA, which a server trusting the test CA refuses.</summary>
    public string OtherClientCertificatePath => Path.Combine(_directory, "other-client.crt");

    public string OtherClientKeyPath => Path.Combine(_directory, "other-client.key");

    public static TestCertificates Create()
    {
        var certificates = new TestCertificates(Directory.CreateTempSubdirectory("rediskit-tls-").FullName);
        using var caKey = RSA.Create(2048);
        using var ca = CreateAuthority("CN=RedisKit Test CA", caKey);
        File.WriteAllText(certificates.CaCertificatePath, ca.ExportCertificatePem());

        using var serverKey = RSA.Create(2048);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        using var server = Issue(ca, "CN=localhost", serverKey, names, new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication"));
        File.WriteAllText(certificates.ServerCertificatePath, server.ExportCertificatePem());
        File.WriteAllText(certificates.ServerKeyPath, serverKey.ExportPkcs8PrivateKeyPem());

        using var clientKey = RSA.Create(2048);
        using var client = Issue(ca, "CN=rediskit-test-client", clientKey, null, new Oid("1.3.6.1.5.5.7.3.2", "Client Authentication"));
        File.WriteAllText(certificates.ClientCertificatePath, client.ExportCertificatePem());
        File.WriteAllText(certificates.ClientKeyPath, clientKey.ExportPkcs8PrivateKeyPem());

        using var otherKey = RSA.Create(2048);
        using var other = CreateAuthority("CN=Unrelated CA", otherKey);
        File.WriteAllText(certificates.OtherCaCertificatePath, other.ExportCertificatePem());

        using var otherClientKey = RSA.Create(2048);
        using var otherClient = Issue(other, "CN=rediskit-foreign-client", otherClientKey, null, new Oid("1.3.6.1.5.5.7.3.2", "Client Authentication"));
        File.WriteAllText(certificates.OtherClientCertificatePath, otherClient.ExportCertificatePem());
        File.WriteAllText(certificates.OtherClientKeyPath, otherClientKey.ExportPkcs8PrivateKeyPem());
        return certificates;
    }

    private static X509Certificate2 CreateAuthority(string subject, RSA key)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }

    private static X509Certificate2 Issue(X509Certificate2 ca, string subject, RSA key, SubjectAlternativeNameBuilder? names, Oid usage)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([usage], false));
        if (names is not null)
        {
            request.CertificateExtensions.Add(names.Build());
        }

        var serial = RandomNumberGenerator.GetBytes(12);
        return request.Create(ca, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(29), serial);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }
}
