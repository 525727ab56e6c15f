namespace RedisKit;

/// <summary>
/// INFO's reply parsed into sections (<c>Server</c>, <c>Clients</c>, <c>Memory</c>, <c>Keyspace</c>...)
/// of <c>field → value</c>. <see cref="this[string]"/> looks a field up in any section, like
/// redis-py's flat dictionary. Section and field names compare case-insensitively.
/// </summary>
public sealed class RedisServerInfo
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _sections;

    private RedisServerInfo(Dictionary<string, IReadOnlyDictionary<string, string>> sections)
    {
        _sections = sections;
    }

    /// <summary>Every section by name, in the server's spelling (<c>Server</c>, <c>Keyspace</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Sections => _sections;

    /// <summary>A field from whichever section holds it, such as <c>info["redis_version"]</c>.</summary>
    /// <exception cref="KeyNotFoundException">No section has the field.</exception>
    public string this[string field] => TryGetValue(field, out var value) ? value : throw new KeyNotFoundException($"INFO has no field '{field}'.");

    /// <summary>Looks a field up in every section.</summary>
    public bool TryGetValue(string field, out string value)
    {
        foreach (var section in _sections.Values)
        {
            if (section.TryGetValue(field, out var found))
            {
                value = found;
                return true;
            }
        }

        value = string.Empty;
        return false;
    }

    internal static RedisServerInfo Parse(string text)
    {
        var sections = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        Dictionary<string, string>? current = null;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan()[range].TrimEnd('\r');
            if (line.IsEmpty)
            {
                continue;
            }

            if (line[0] == '#')
            {
                current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                sections[line[1..].Trim().ToString()] = current;
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            if (current is null)
            {
                current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                sections["Default"] = current;
            }

            current[line[..colon].ToString()] = line[(colon + 1)..].ToString();
        }

        return new RedisServerInfo(sections);
    }
}
