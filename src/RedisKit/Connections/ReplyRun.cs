namespace RedisKit.Connections;

/// <summary>
/// The replies one read brought in, whose callers the reader thread resumes on itself. While the
/// run goes on, a command one of its callers sends is only buffered: the callers' next commands
/// then leave together, in the write the last caller's command starts or the one at the end of
/// the run, instead of one write each. A caller that blocks inside the run would hold that write
/// back; the watchdog's <see cref="Rescue"/> lets it go, and the connection's new reader thread
/// resumes the callers not reached yet (<see cref="Run"/> again), so no caller ever waits for a
/// thread-pool thread.
/// </summary>
internal sealed class ReplyRun
{
    [ThreadStatic]
    private static ReplyRun? _current;

    private PendingReply?[] _items = new PendingReply?[16];
    private int _count;
    private int _next;
    private volatile bool _deferring;
    private volatile bool _rescued;

    /// <summary>True once the watchdog let the run go: it is finished by another thread and never reused.</summary>
    public bool Rescued => _rescued;

    public ReplyRun(RedisConnection connection) => Connection = connection;

    public RedisConnection Connection { get; }

    /// <summary>Adds a reply whose result is read and waits to be handed to its caller.</summary>
    public void Add(PendingReply reply)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _count * 2);
        }

        _items[_count++] = reply;
    }

    /// <summary>True when a command sent on this thread to <paramref name="connection"/> should only be buffered.</summary>
    public static bool DefersWritesTo(RedisConnection connection) =>
        _current is { _deferring: true } run && ReferenceEquals(run.Connection, connection);

    /// <summary>
    /// Called after a command was buffered because <see cref="DefersWritesTo"/> said so: when the
    /// run stopped deferring in between (rescued), writes the buffer so the command is not left behind.
    /// </summary>
    public static void AfterDeferredWrite()
    {
        var run = _current!;
        if (!run._deferring)
        {
            run.Connection.WriteBuffered();
        }
    }

    /// <summary>
    /// Hands every reply not yet claimed to its caller, the callers running on this thread, then
    /// writes what they sent. After a rescue the replacement reader calls it again for the rest,
    /// while the stuck thread may still claim one when it comes back: each reply goes to one of them.
    /// </summary>
    public void Run()
    {
        var outer = _current;
        _current = this;
        _deferring = !_rescued && _count > 1;
        try
        {
            SignalRemaining();
        }
        finally
        {
            _current = outer;
            _deferring = false;
            SignalRemaining();
            Connection.WriteBuffered();
        }
    }

    /// <summary>
    /// Lets a run stuck in one caller go: it holds no more commands back, and the callers not
    /// reached yet wait for the connection's next reader thread to <see cref="Run"/> it again.
    /// </summary>
    public void Rescue()
    {
        _rescued = true;
        _deferring = false;
    }

    /// <summary>Makes the run ready for the next read; only once no one else can touch it.</summary>
    public void Reset()
    {
        _count = 0;
        _next = 0;
        _rescued = false;
    }

    private void SignalRemaining()
    {
        int index;
        while ((index = Interlocked.Increment(ref _next) - 1) < _count)
        {
            var reply = _items[index]!;
            _items[index] = null;
            if (index == _count - 1)
            {
                // The last caller's command can go out at once, taking the others with it.
                _deferring = false;
            }

            reply.Signal(inline: true);
        }
    }
}
