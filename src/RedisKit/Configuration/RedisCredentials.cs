using System.Globalization;

namespace RedisKit;

/// <summary>
/// What a connection authenticates with: an optional ACL user name, a password (or an access
/// token used as one), and when a token stops being valid. Returned by a
/// <see cref="RedisCredentialProvider"/>; <see cref="ToString"/> never shows the password.
/// </summary>
public sealed class RedisCredentials
{
    /// <summary>Creates credentials.</summary>
    /// <param name="username">The ACL user; null authenticates as the default user (<c>AUTH password</c>).</param>
    /// <param name="password">The password or access token.</param>
    /// <param name="expiresAt">
    /// When the password or token stops being valid; null when it does not expire. Open connections
    /// authenticate again (AUTH) before this time, with fresh credentials from the provider.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="password"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="username"/> is empty.</exception>
    public RedisCredentials(string? username, string password, DateTimeOffset? expiresAt = null)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (username is { Length: 0 })
        {
            throw new ArgumentException("The user name is empty; pass null to authenticate as the default user.", nameof(username));
        }

        Username = username;
        Password = password;
        ExpiresAt = expiresAt;
    }

    /// <summary>The ACL user, or null for the default user.</summary>
    public string? Username { get; }

    /// <summary>The password or access token. Never printed, logged or traced.</summary>
    public string Password { get; }

    /// <summary>When the password or token stops being valid; null when it does not expire.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>Names the user and the expiry, never the password.</summary>
    public override string ToString() =>
        "RedisCredentials(user=" + (Username ?? "default") + ", password=***"
        + (ExpiresAt is { } expires ? ", expires=" + expires.ToString("O", CultureInfo.InvariantCulture) : string.Empty) + ")";
}
