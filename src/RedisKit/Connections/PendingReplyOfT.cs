using System.Buffers;
using System.Collections.Concurrent;
using System.Threading.Tasks.Sources;
using RedisKit.Commands;
using RedisKit.Protocol;

namespace RedisKit.Connections;

/// <summary>
/// A pooled awaitable for one typed reply. Two parties own it once it is armed: the caller, who
/// awaits it, and the connection, which delivers the reply. It goes back to the pool only when
/// both are done, so a cancelled caller can leave while the connection still reads and discards
/// the reply that the command is owed.
/// </summary>
internal sealed class PendingReply<T, TParser> : PendingReply, IValueTaskSource<T>
    where TParser : struct, IReplyParser<T>
{
    private const int MaxPooled = 256;
    private static readonly ConcurrentQueue<PendingReply<T, TParser>> Pool = new();
    private static int _pooledCount;

    [ThreadStatic]
    private static PendingReply<T, TParser>? _cached;

    private ManualResetValueTaskSourceCore<T> _core = new() { RunContinuationsAsynchronously = true };
    private TParser _parser;
    private T? _result;
    private Exception? _error;
    private CancellationToken _cancellationToken;
    private CancellationTokenRegistration _registration;
    private ManualResetEventSlim? _signal;
    private int _owners;
    private int _settled;

    // The awaiter's continuation, handed over here rather than through the core: the core queues
    // a continuation that arrives after completion to the thread pool, which callers blocked in
    // sync over async may have starved. 0: none yet, 1: registered, 2: completed.
    private Action<object?>? _continuation;
    private object? _continuationState;
    private ExecutionContext? _continuationContext;
    private int _handoff;

    private PendingReply()
    {
    }

    /// <summary>Takes an instance from the pool, owned by both the caller and the connection.</summary>
    public static PendingReply<T, TParser> Rent(TParser parser, CommandInfo command, CancellationToken cancellationToken) =>
        Rent(parser, command, signal: null, cancellationToken);

    private static PendingReply<T, TParser> Rent(TParser parser, CommandInfo command, ManualResetEventSlim? signal, CancellationToken cancellationToken)
    {
        var reply = _cached;
        if (reply is not null)
        {
            _cached = null;
        }
        else if (Pool.TryDequeue(out reply))
        {
            Interlocked.Decrement(ref _pooledCount);
        }
        else
        {
            reply = new PendingReply<T, TParser>();
        }

        reply._parser = parser;
        reply.Command = command;
        reply.ExtraTimeoutMilliseconds = 0;
        reply._owners = 2;
        reply._settled = 0;
        reply._signal = signal;
        reply._cancellationToken = cancellationToken;
        if (cancellationToken.CanBeCanceled)
        {
            reply._registration = cancellationToken.UnsafeRegister(static state => ((PendingReply<T, TParser>)state!).OnCancelled(), reply);
        }

        return reply;
    }

    /// <summary>
    /// Takes an instance for a caller that blocks in <see cref="Wait"/> instead of awaiting: settling
    /// it sets an event on the thread that settles it, so the waiter never needs a thread-pool
    /// thread to wake up.
    /// </summary>
    public static PendingReply<T, TParser> RentSynchronous(TParser parser, CommandInfo command, CancellationToken cancellationToken) =>
        Rent(parser, command, RentSignal(), cancellationToken);

    /// <summary>
    /// Blocks until the reply is settled and returns it (or throws its error). When nothing arrives
    /// within <paramref name="timeoutMilliseconds"/> (-1: no limit) the connection is retired, which
    /// fails this reply and every other one it owes.
    /// </summary>
    public T Wait(RedisConnection connection, long timeoutMilliseconds)
    {
        var signal = _signal!;
        if (!signal.Wait(timeoutMilliseconds < 0 ? Timeout.Infinite : (int)Math.Min(int.MaxValue, timeoutMilliseconds)))
        {
            connection.TimeOut(Command, timeoutMilliseconds);
            signal.Wait();
        }

        return GetResult(_core.Version);
    }

    /// <summary>The awaitable the caller gets.</summary>
    public ValueTask<T> Task => new(this, _core.Version);

    /// <summary>Gives the instance back when the command never reached a connection.</summary>
    public void Discard()
    {
        _registration.Dispose();
        _registration = default;
        _settled = 1;
        _owners = 0;
        Recycle();
    }

    public override bool Read(in ReadOnlySequence<byte> frame, in ReplyContext context)
    {
        DisposeRegistration();
        if (Interlocked.Exchange(ref _settled, 1) != 0)
        {
            Release();
            return false;
        }

        try
        {
            var reader = new RespReader(frame);
            if (reader.IsError)
            {
                _error = ErrorPrefix.ToException(reader.ReadError(), Command);
            }
            else
            {
                _result = _parser.Parse(ref reader, context);
            }
        }
        catch (Exception ex)
        {
            // The frame was whole (the scanner found its end), so the connection stays sound
            // whatever the parser made of it: only this caller learns of it, and nothing escapes
            // the reader thread. An error element inside the reply (a proxy's per-key failure)
            // arrives as the RedisException it maps to; any other failure as a protocol error.
            _error = ReplyErrors.Contain(ex, Command);
        }

        return true;
    }

    public override void Signal(bool inline)
    {
        _core.RunContinuationsAsynchronously = !inline;
        if (_error is { } error)
        {
            _error = null;
            _core.SetException(error);
        }
        else
        {
            var result = _result;
            _result = default;
            _core.SetResult(result!);
        }

        _signal?.Set();
        HandOff(inline);
        Release();
    }

    public override void Fail(Exception exception)
    {
        DisposeRegistration();
        if (Interlocked.Exchange(ref _settled, 1) == 0)
        {
            _core.RunContinuationsAsynchronously = true;
            _core.SetException(exception);
            _signal?.Set();
            HandOff(inline: false);
        }

        Release();
    }

    public override bool FailLater(Exception exception)
    {
        DisposeRegistration();
        if (Interlocked.Exchange(ref _settled, 1) != 0)
        {
            Release();
            return false;
        }

        _error = exception;
        return true;
    }

    private void OnCancelled()
    {
        if (Interlocked.Exchange(ref _settled, 1) == 0)
        {
            _core.RunContinuationsAsynchronously = true;
            _core.SetException(new OperationCanceledException(_cancellationToken));
            _signal?.Set();
            HandOff(inline: false);
        }
    }

    // After completion: resumes an awaiter that registered before it, inline or through the pool.
    private void HandOff(bool inline)
    {
        if (Interlocked.Exchange(ref _handoff, 2) == 1)
        {
            Resume(inline);
        }
    }

    private void Resume(bool inline)
    {
        var continuation = _continuation!;
        var state = _continuationState;
        var context = _continuationContext;
        if (!inline)
        {
            if (context is null)
            {
                ThreadPool.UnsafeQueueUserWorkItem(continuation, state, preferLocal: false);
            }
            else
            {
                ThreadPool.QueueUserWorkItem(continuation, state, preferLocal: false);
            }
        }
        else if (context is null)
        {
            continuation(state);
        }
        else
        {
            ExecutionContext.Run(context, static s => ((ContinuationCall)s!).Invoke(), new ContinuationCall(continuation, state));
        }
    }

    private sealed record ContinuationCall(Action<object?> Continuation, object? State)
    {
        public void Invoke() => Continuation(State);
    }

    private void DisposeRegistration()
    {
        // Dispose waits for a callback that is running right now, so a late cancellation can
        // never touch this instance after it went back to the pool.
        _registration.Dispose();
        _registration = default;
    }

    public T GetResult(short token)
    {
        try
        {
            return _core.GetResult(token);
        }
        finally
        {
            Release();
        }
    }

    public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags)
    {
        if ((flags & ValueTaskSourceOnCompletedFlags.UseSchedulingContext) != 0
            && (SynchronizationContext.Current is { } context && context.GetType() != typeof(SynchronizationContext)
                || TaskScheduler.Current != TaskScheduler.Default))
        {
            // The awaiter wants its own context: the core posts to it.
            _core.OnCompleted(continuation, state, token, flags);
            return;
        }

        _ = _core.GetStatus(token); // throws for a stale token
        _continuation = continuation;
        _continuationState = state;
        _continuationContext = (flags & ValueTaskSourceOnCompletedFlags.FlowExecutionContext) != 0 ? ExecutionContext.Capture() : null;

        // Completed in between: resume here, on the awaiting thread, rather than through the pool.
        if (Interlocked.CompareExchange(ref _handoff, 1, 0) == 2)
        {
            Resume(inline: true);
        }
    }

    private void Release()
    {
        if (Interlocked.Decrement(ref _owners) == 0)
        {
            Recycle();
        }
    }

    private void Recycle()
    {
        _core.Reset();
        _continuation = null;
        _continuationState = null;
        _continuationContext = null;
        _handoff = 0;
        _parser = default;
        _cancellationToken = default;
        _signal = null;
        Command = null;
        if (_cached is null)
        {
            _cached = this;
        }
        else if (Interlocked.Increment(ref _pooledCount) <= MaxPooled)
        {
            Pool.Enqueue(this);
        }
        else
        {
            Interlocked.Decrement(ref _pooledCount);
        }
    }
}
