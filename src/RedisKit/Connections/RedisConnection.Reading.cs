using System.Buffers;
using System.Diagnostics;
using RedisKit.Protocol;

namespace RedisKit.Connections;

/// <summary>
/// The read side. A thread of the connection's own reads the socket with blocking reads (the
/// kernel wakes it directly when bytes arrive, with no event loop or thread-pool hop in between),
/// settles the FIFO, then resumes the callers of what it read on itself as one
/// <see cref="ReplyRun"/>, so the commands they send next leave in one write. Should a caller
/// block inside the run, <see cref="ReaderWatchdog"/> starts another thread that resumes the rest
/// of the run and reads on. When the connection fails, the reader fails the replies still owed
/// the same way (one run, callers resumed on itself), so no step from a reply (or a failure) to
/// its caller needs a thread-pool thread.
/// </summary>
internal sealed partial class RedisConnection
{
    private const int InitialReadBufferSize = 65536;

    /// <summary>Reads in a row that leave little unread before a grown read buffer goes back to the initial size.</summary>
    internal const int SmallReadsBeforeShrinking = 32;

    // Owned by whichever thread is the reader; handed over whole when a stuck one is replaced.
    private byte[] _readBuffer = [];
    private int _readStart;
    private int _readEnd;
    private int _smallReadsOnLargeBuffer;
    private ReplyRun? _dispatching;

    // Stopwatch timestamp while the reader resumes callers, else 0; whoever swaps it back to 0
    // first decides whether the reader goes on (the reader) or is replaced (the watchdog).
    private long _dispatchStartedAt;

    /// <summary>When the reader thread started resuming the callers of a run, 0 when it is reading.</summary>
    public long DispatchStartedAt => Volatile.Read(ref _dispatchStartedAt);

    private void StartReaderThread(ReplyRun rescued)
    {
        new Thread(static state =>
        {
            var run = (ReplyRun)state!;
            var connection = run.Connection;

            // What the stuck run's callers sent goes out, then the callers it had not reached yet
            // resume here, then this thread reads on.
            connection.WriteBuffered();
            if (connection.Dispatch(run))
            {
                connection.ReadLoop();
            }
        })
        {
            IsBackground = true,
            Name = "RedisKit reader " + Endpoint,
        }.UnsafeStart(rescued);
    }

    private void ReadLoop()
    {
        ReplyRun? run = null;
        Exception? failure = null;
        try
        {
            while (true)
            {
                MakeRoomToRead();
                var read = _stream.Read(_readBuffer, _readEnd, _readBuffer.Length - _readEnd);
                if (read == 0)
                {
                    failure = new RedisConnectionException($"The server at {Endpoint} closed the connection.");
                    break;
                }

                Volatile.Write(ref _lastProgress, Environment.TickCount64);
                _readEnd += read;
                var unprocessed = new ReadOnlySequence<byte>(_readBuffer, _readStart, _readEnd - _readStart);
                lock (_fifoLock)
                {
                    ProcessFrames(ref unprocessed, ref run);
                }

                _readStart = _readEnd - (int)unprocessed.Length;
                if (_readStart == _readEnd)
                {
                    _readStart = _readEnd = 0;
                }

                if (run is not null)
                {
                    var current = run;
                    run = null;
                    if (!Dispatch(current))
                    {
                        // Replaced while a caller held this thread: the new reader owns everything now.
                        return;
                    }
                }
            }
        }
        catch (RedisProtocolException ex)
        {
            failure = new RedisConnectionException($"The connection to {Endpoint} received invalid data and was closed: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or ObjectDisposedException or InvalidOperationException)
        {
            failure = new RedisConnectionException($"Reading from {Endpoint} failed: {ex.Message}", ex);
        }
        catch (Exception ex)
        {
            // Last resort: an exception ending this thread would end the process. Every parser
            // contains its own failures to its caller, so reaching here is a bug; the connection
            // is retired and its callers told, rather than the application taken down.
            failure = new RedisConnectionException($"Reading from {Endpoint} failed unexpectedly and the connection was closed: {ex.GetType().Name}: {ex.Message}", ex);
        }

        // Replies read before the failure are whole: their callers get them.
        if (run is not null && !Dispatch(run))
        {
            return;
        }

        if (!Retire(failure, onReader: true))
        {
            return;
        }

        ArrayPool<byte>.Shared.Return(_readBuffer);
        _readBuffer = [];
    }

    /// <summary>The read buffer's size now: the initial size except while a large reply is read.</summary>
    internal int ReadBufferSize => Volatile.Read(ref _readBuffer).Length;

    /// <summary>
    /// Makes sure the buffer has free space at its end: compacted when the consumed part is large,
    /// doubled otherwise. A frame is then always contiguous, and the parsers copy what they keep,
    /// so the bytes can be reused as soon as a read is processed. A buffer grown for a large reply
    /// goes back to the pool as soon as what is left unread fits the initial size again, so one
    /// large reply does not pin its memory on the connection for the rest of its life.
    /// </summary>
    private void MakeRoomToRead()
    {
        if (_readBuffer.Length == 0)
        {
            _readBuffer = ArrayPool<byte>.Shared.Rent(InitialReadBufferSize);
        }
        else if (_readBuffer.Length > InitialReadBufferSize && _readEnd - _readStart <= InitialReadBufferSize / 2)
        {
            // Only after a run of small reads: a connection that keeps reading large replies would
            // otherwise grow the buffer again, with a copy per doubling, for every one of them.
            if (++_smallReadsOnLargeBuffer >= SmallReadsBeforeShrinking)
            {
                _smallReadsOnLargeBuffer = 0;
                ShrinkReadBuffer();
                return;
            }
        }
        else
        {
            _smallReadsOnLargeBuffer = 0;
        }

        if (_readEnd < _readBuffer.Length)
        {
            return;
        }

        var target = _readStart > _readBuffer.Length / 2 ? _readBuffer : ArrayPool<byte>.Shared.Rent(_readBuffer.Length * 2);
        _readBuffer.AsSpan(_readStart, _readEnd - _readStart).CopyTo(target);
        if (!ReferenceEquals(target, _readBuffer))
        {
            ArrayPool<byte>.Shared.Return(_readBuffer);
            _readBuffer = target;
        }

        _readEnd -= _readStart;
        _readStart = 0;
    }

    // Only half the initial size may be unread, so the smaller buffer still has room to read into.
    private void ShrinkReadBuffer()
    {
        var unread = _readEnd - _readStart;
        var smaller = ArrayPool<byte>.Shared.Rent(InitialReadBufferSize);
        _readBuffer.AsSpan(_readStart, unread).CopyTo(smaller);
        ArrayPool<byte>.Shared.Return(_readBuffer);
        _readBuffer = smaller;
        _readStart = 0;
        _readEnd = unread;
    }

    /// <summary>Resumes the run's callers; false when the watchdog replaced this thread meanwhile.</summary>
    private bool Dispatch(ReplyRun run)
    {
        _dispatching = run;
        var started = Stopwatch.GetTimestamp();
        Interlocked.Exchange(ref _dispatchStartedAt, started);
        ReaderWatchdog.EnsureTicking();
        run.Run();
        if (Interlocked.CompareExchange(ref _dispatchStartedAt, 0, started) != started)
        {
            return false;
        }

        _dispatching = null;
        if (!run.Rescued)
        {
            // A rescued run may still be touched by the thread that was stuck in it.
            run.Reset();
            _spareRun = run;
        }

        return true;
    }

    /// <summary>
    /// The watchdog's rescue of a reader held by a caller since <paramref name="started"/>: the
    /// run stops holding commands back, and a new thread resumes its remaining callers and reads
    /// on from where the stuck one stopped.
    /// </summary>
    public void ReplaceStuckReader(long started)
    {
        if (Interlocked.CompareExchange(ref _dispatchStartedAt, 0, started) != started)
        {
            return;
        }

        var run = _dispatching!;
        _dispatching = null;
        run.Rescue();
        StartReaderThread(run);
    }

    /// <summary>
    /// Fails every reply still owed with <paramref name="reason"/> as one run on the reader thread,
    /// whose callers resume on it like callers of replies; false when the watchdog replaced this
    /// thread meanwhile.
    /// </summary>
    private bool FailPendingOnReader(Exception reason)
    {
        ReplyRun? run = null;
        lock (_fifoLock)
        {
            while (_pending.TryDequeue(out var reply))
            {
                Interlocked.Decrement(ref _pendingCount);
                if (reply.FailLater(reason))
                {
                    if (run is null)
                    {
                        run = _spareRun ?? new ReplyRun(this);
                        _spareRun = null;
                    }

                    run.Add(reply);
                }
            }
        }

        return run is null || Dispatch(run);
    }

    /// <summary>Reads every whole frame in <paramref name="buffer"/> into its reply; the replies with a waiting caller join <paramref name="run"/>.</summary>
    private void ProcessFrames(ref ReadOnlySequence<byte> buffer, ref ReplyRun? run)
    {
        // Once closed, what is left belongs to Retire, which fails it; the rest of the bytes are dropped.
        while (Volatile.Read(ref _state) != Closed && RespFrameScanner.TryScan(buffer, out var end))
        {
            var frame = buffer.Slice(0, end);
            buffer = buffer.Slice(end);
            if (IsSubscriber)
            {
                PushReceiver!.OnPush(frame, _context);
                continue;
            }

            if (_context.Protocol == 3 && RespFrameScanner.IsPush(frame))
            {
                PushReceiver?.OnPush(frame, _context);
                continue;
            }

            if (!_pending.TryDequeue(out var reply))
            {
                throw new RedisProtocolException("The server sent a reply that no command was waiting for.");
            }

            Interlocked.Decrement(ref _pendingCount);
            if (reply.Read(frame, _context))
            {
                if (run is null)
                {
                    run = _spareRun ?? new ReplyRun(this);
                    _spareRun = null;
                }

                run.Add(reply);
            }
        }
    }
}
