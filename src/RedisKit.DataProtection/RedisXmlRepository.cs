using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace RedisKit.DataProtection;

/// <summary>
/// Data protection's key ring in Redis: every key element is one entry of a Redis list under
/// <see cref="Key"/>, its XML without formatting, in UTF-8. That is the layout of
/// Microsoft.AspNetCore.DataProtection.StackExchangeRedis, so applications on either library share
/// one key ring.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="IXmlRepository"/> is synchronous, so the repository uses the client's synchronous
/// path (<see cref="IRedisClient.ExecuteCommand(object[])"/>): the calling thread blocks on an
/// event that the connection's own reader thread sets, and no thread-pool thread is needed to
/// finish the call. Key ring reads are rare (at startup, then when the cached ring expires, about
/// once a day), and a blocked request thread here cannot starve the pool.
/// </para>
/// <para>
/// A Redis failure (<see cref="RedisException"/>, e.g. <see cref="RedisConnectionException"/> or
/// <see cref="RedisTimeoutException"/>) is thrown to data protection's key ring provider, which logs
/// it; with a key ring already loaded it keeps using that ring and tries again a few minutes later,
/// without one the failure reaches the caller of <c>Protect</c>/<c>Unprotect</c>, and the next call
/// tries again. An entry that is not well-formed XML fails the whole read, as in Microsoft's
/// repository: a partial ring could miss a revocation.
/// </para>
/// </remarks>
public sealed class RedisXmlRepository : IXmlRepository, IDeletableXmlRepository
{
    /// <summary>The key name Microsoft.AspNetCore.DataProtection.StackExchangeRedis uses by default: <c>DataProtection-Keys</c>.</summary>
    public const string DefaultKey = "DataProtection-Keys";

    private readonly IRedisClient _client;

    /// <summary>A repository that keeps the key ring in the list at <paramref name="key"/>.</summary>
    /// <param name="client">The client the key ring goes through; the repository does not dispose it.</param>
    /// <param name="key">The Redis key of the list; <see cref="DefaultKey"/> unless given.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty.</exception>
    public RedisXmlRepository(IRedisClient client, string key = DefaultKey)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(key);
        _client = client;
        Key = key;
    }

    /// <summary>The Redis key of the list that holds the key ring.</summary>
    public string Key { get; }

    /// <inheritdoc/>
    /// <exception cref="RedisException">Redis could not be read.</exception>
    /// <exception cref="System.Xml.XmlException">An entry of the list is not well-formed XML.</exception>
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var entries = ReadEntries();
        var elements = new XElement[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            elements[i] = Parse(entries[i], i);
        }

        return elements;
    }

    /// <inheritdoc/>
    /// <exception cref="RedisException">Redis could not be written.</exception>
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);

        // Bytes, not a string: the list holds UTF-8 whatever encoding the client decodes replies with.
        var xml = Encoding.UTF8.GetBytes(element.ToString(SaveOptions.DisableFormatting));
        _client.ExecuteCommand("RPUSH", Key, xml);
    }

    /// <summary>
    /// Removes the elements <paramref name="chooseElements"/> marks (with
    /// <see cref="IDeletableElement.DeletionOrder"/>), in that order, each with one <c>LREM</c> of its
    /// exact entry; an entry another instance already removed counts as removed.
    /// </summary>
    /// <param name="chooseElements">Sees every element of the key ring and marks those to remove.</param>
    /// <returns>True: every marked element is gone from the list.</returns>
    /// <exception cref="RedisException">Redis could not be read or written; elements marked before the failure may be gone.</exception>
    public bool DeleteElements(Action<IReadOnlyCollection<IDeletableElement>> chooseElements)
    {
        ArgumentNullException.ThrowIfNull(chooseElements);
        var entries = ReadEntries();
        var deletable = new DeletableEntry[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            deletable[i] = new DeletableEntry(Parse(entries[i], i), entries[i]);
        }

        chooseElements(deletable);

        var chosen = new List<DeletableEntry>();
        foreach (var entry in deletable)
        {
            if (entry.DeletionOrder.HasValue)
            {
                chosen.Add(entry);
            }
        }

        chosen.Sort(static (a, b) => a.DeletionOrder.GetValueOrDefault().CompareTo(b.DeletionOrder.GetValueOrDefault()));
        foreach (var entry in chosen)
        {
            // The entry exactly as read (bytes, or text the client re-encodes as it decoded it), so LREM matches it.
            _client.ExecuteCommand("LREM", Key, 1, entry.Raw);
        }

        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => $"RedisXmlRepository({Key})";

    private object[] ReadEntries()
    {
        var reply = _client.ExecuteCommand("LRANGE", Key, 0, -1);
        return reply switch
        {
            object?[] items => Entries(items),
            null => [],
            _ => throw new RedisProtocolException($"LRANGE {Key} returned {reply.GetType().Name}, not a list of entries."),
        };
    }

    private object[] Entries(object?[] items)
    {
        var entries = new object[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            entries[i] = items[i] switch
            {
                byte[] bytes => bytes,
                string text => text,
                var other => throw new RedisProtocolException(
                    $"Entry {i} of the data-protection key list '{Key}' is {other?.GetType().Name ?? "nil"}, not a string."),
            };
        }

        return entries;
    }

    private XElement Parse(object entry, int index)
    {
        var xml = entry as string ?? Encoding.UTF8.GetString((byte[])entry);
        try
        {
            return XElement.Parse(xml);
        }
        catch (System.Xml.XmlException ex)
        {
            throw new System.Xml.XmlException($"Entry {index} of the data-protection key list '{Key}' is not well-formed XML: {ex.Message}", ex);
        }
    }

    private sealed class DeletableEntry(XElement element, object raw) : IDeletableElement
    {
        public XElement Element { get; } = element;

        public object Raw { get; } = raw;

        public int? DeletionOrder { get; set; }
    }
}
