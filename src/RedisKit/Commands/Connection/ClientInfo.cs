using System.Globalization;

namespace RedisKit;

/// <summary>
/// One connection as CLIENT INFO and CLIENT LIST describe it. The common fields are typed;
/// <see cref="Fields"/> holds every field the server sent, including ones newer than this library.
/// </summary>
public sealed class ClientInfo
{
    internal ClientInfo(IReadOnlyDictionary<string, string> fields)
    {
        Fields = fields;
    }

    /// <summary>Every <c>name=value</c> pair of the line, as sent.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary>The connection id (<c>id</c>).</summary>
    public long Id => GetInt64("id");

    /// <summary>Client address and port (<c>addr</c>).</summary>
    public string Address => Get("addr");

    /// <summary>Server-side address and port (<c>laddr</c>).</summary>
    public string LocalAddress => Get("laddr");

    /// <summary>The name set with CLIENT SETNAME (<c>name</c>), empty when none.</summary>
    public string Name => Get("name");

    /// <summary>Seconds since the connection was made (<c>age</c>).</summary>
    public TimeSpan Age => TimeSpan.FromSeconds(GetInt64("age"));

    /// <summary>Seconds since the last command (<c>idle</c>).</summary>
    public TimeSpan Idle => TimeSpan.FromSeconds(GetInt64("idle"));

    /// <summary>Client flags (<c>flags</c>), such as <c>N</c>, <c>P</c> (pub/sub) or <c>x</c> (in MULTI).</summary>
    public string Flags => Get("flags");

    /// <summary>The selected database (<c>db</c>).</summary>
    public int Database => (int)GetInt64("db");

    /// <summary>The last command run (<c>cmd</c>).</summary>
    public string LastCommand => Get("cmd");

    /// <summary>The authenticated ACL user (<c>user</c>).</summary>
    public string User => Get("user");

    /// <summary>The RESP version in use (<c>resp</c>), 0 when the server does not say.</summary>
    public int Protocol => (int)GetInt64("resp");

    /// <summary>The library name set with CLIENT SETINFO (<c>lib-name</c>).</summary>
    public string LibraryName => Get("lib-name");

    /// <summary>The library version set with CLIENT SETINFO (<c>lib-ver</c>).</summary>
    public string LibraryVersion => Get("lib-ver");

    private string Get(string field) => Fields.TryGetValue(field, out var value) ? value : string.Empty;

    private long GetInt64(string field) =>
        Fields.TryGetValue(field, out var value) && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : 0;

    /// <summary>Parses one line of CLIENT INFO or CLIENT LIST.</summary>
    internal static ClientInfo Parse(ReadOnlySpan<char> line)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var range in line.Split(' '))
        {
            var pair = line[range];
            var equals = pair.IndexOf('=');
            if (equals > 0)
            {
                fields[pair[..equals].ToString()] = pair[(equals + 1)..].ToString();
            }
        }

        return new ClientInfo(fields);
    }

    /// <summary>Describes the connection by id, address and name.</summary>
    public override string ToString() => $"id={Id} addr={Address} name={Name} db={Database} user={User}";
}
