using Microsoft.Extensions.Logging;

namespace RedisKit.IntegrationTests.Diagnostics;

/// <summary>One log call as a provider received it: everything a sink could write.</summary>
internal sealed record CapturedLogEntry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, string?> State, string? Exception)
{
    /// <summary>Everything in the entry as one text, for "appears nowhere" checks.</summary>
    public string AllText => $"{Category} {Level} {EventId} {Message} {string.Join(' ', State.Select(p => p.Key + "=" + p.Value))} {Exception}";

    public override string ToString() => $"{Level} {EventId.Id} {EventId.Name}: {Message}";
}

/// <summary>A real <see cref="ILoggerProvider"/> that keeps every entry, with its structured state and exception text.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly List<CapturedLogEntry> _entries = [];

    public IReadOnlyList<CapturedLogEntry> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>A factory (Microsoft.Extensions.Logging's own) that writes every level to this provider.</summary>
    public ILoggerFactory CreateFactory() => LoggerFactory.Create(builder => builder.AddProvider(this).SetMinimumLevel(LogLevel.Trace));

    /// <summary>Waits (bounded) until an entry with <paramref name="eventId"/> arrives; events are delivered off the failing thread.</summary>
    public async Task<CapturedLogEntry> WaitForAsync(int eventId, Func<CapturedLogEntry, bool>? also = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            foreach (var entry in Entries)
            {
                if (entry.EventId.Id == eventId && (also is null || also(entry)))
                {
                    return entry;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No log entry with event id {eventId} within 10 s; logged:\n{string.Join('\n', Entries)}");
            }

            await Task.Delay(20);
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var (key, value) in pairs)
                {
                    values[key] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            var entry = new CapturedLogEntry(category, logLevel, eventId, formatter(state, exception), values, exception?.ToString());
            lock (owner._entries)
            {
                owner._entries.Add(entry);
            }
        }
    }
}
