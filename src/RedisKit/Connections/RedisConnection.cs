using System.Buffers;
using System.Collections.Concurrent;
using System.Net.Sockets;
using RedisKit.Commands;
using RedisKit.Protocol;

namespace RedisKit.Connections;

/// <summary>
/// One physical connection. Any number of callers send through it at once: each command is
/// encoded into the outbound buffer under a lock together with its place in the reply FIFO, and
/// whoever finds no write in progress writes everything buffered so far, so concurrent commands
/// leave in few writes. A thread of the connection's own reads it and completes the FIFO in order.
/// </summary>
internal sealed partial class RedisConnection : IAsyncDisposable
{
    private const int Connecting = 0;
    private const int Open = 1;
    private const int Closed = 2;

    private readonly RedisOptions _options;
    private readonly Socket _socket;
    private readonly Stream _stream;
    private readonly Lock _writeLock = new();

    // Held by the reader while it matches frames to the FIFO and by Retire while it fails what is
    // left, so a reply is only ever taken in order by one party: were the two to dequeue at once,
    // the reader would hand a frame to the reply after the one Retire took.
    private readonly Lock _fifoLock = new();
    private readonly ConcurrentQueue<PendingReply> _pending = new();
    private readonly long _socketTimeoutMs;
    private readonly long _timeoutCheckPeriodMs;
    private long _nextTimeoutCheck;
    private OutboundBuffer _outbound = new();
    private OutboundBuffer? _spare = new();
    private bool _writing;
    private int _pendingCount;
    private int _state = Connecting;
    private long _lastProgress = Environment.TickCount64;
    private long _lastUsed = Environment.TickCount64;
    private ReplyContext _context;
    private ReplyRun? _spareRun;
    private Exception? _failure;

    private RedisConnection(RedisOptions options, Socket socket, Stream stream, string endpoint)
    {
        _options = options;
        _socket = socket;
        _stream = stream;
        Endpoint = endpoint;
        _context = new ReplyContext(options.Encoding, options.DecodeResponses, 2);
        _socketTimeoutMs = options.SocketTimeout == Timeout.InfiniteTimeSpan ? -1 : (long)options.SocketTimeout.TotalMilliseconds;
        _timeoutCheckPeriodMs = _socketTimeoutMs < 0 ? 1000 : Math.Clamp(_socketTimeoutMs / 4, 25, 1000);
        _nextTimeoutCheck = Environment.TickCount64 + _timeoutCheckPeriodMs;

        // The watchdog's thread checks the socket timeout: a timer would need a thread-pool thread.
        ReaderWatchdog.Watch(this);
    }

    /// <summary><c>host:port</c> or the socket path, for messages.</summary>
    public string Endpoint { get; }

    /// <summary>The RESP version agreed in the handshake.</summary>
    public int Protocol => _context.Protocol;

    /// <summary>The server's id for this connection, from HELLO; 0 on a server without HELLO. Informative only.</summary>
    public long ServerId { get; private set; }

    public bool IsOpen => Volatile.Read(ref _state) == Open;

    /// <summary>Why the connection closed, when it did.</summary>
    public Exception? Failure => _failure;

    /// <summary>Milliseconds since a command was last sent.</summary>
    public long IdleMilliseconds => Environment.TickCount64 - Volatile.Read(ref _lastUsed);

    /// <summary>Replies still owed.</summary>
    public int PendingCount => Volatile.Read(ref _pendingCount);

    /// <summary>Receives RESP3 push frames (pub/sub messages, invalidations); without one they are dropped.</summary>
    public IPushReceiver? PushReceiver { get; private set; }

    /// <summary>
    /// True once the connection belongs to a subscriber: every frame goes to <see cref="PushReceiver"/>,
    /// since RESP2 subscribers get confirmations, messages and pongs in one stream with no FIFO order.
    /// </summary>
    public bool IsSubscriber { get; private set; }

    /// <summary>Hands every frame from now on to <paramref name="receiver"/> (a leased connection, with no command in flight).</summary>
    public void BecomeSubscriber(IPushReceiver receiver)
    {
        PushReceiver = receiver;
        IsSubscriber = true;
    }

    /// <summary>
    /// Sends a command whose answer arrives as a frame for the <see cref="PushReceiver"/> rather than
    /// as a reply in the FIFO (SUBSCRIBE and kin, PING on a subscriber). False when closed.
    /// </summary>
    public bool TrySendUnmatched<TArgs, T, TParser>(in Command<TArgs, T, TParser> command)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T>
    {
        var outgoing = new OutgoingCommand<TArgs, T, TParser>(command, null);
        return TryWrite(ref outgoing);
    }

    /// <summary>
    /// Runs a command and returns the awaitable for its reply, or throws
    /// <see cref="RedisConnectionException"/> when the connection is closed (the command was not sent).
    /// </summary>
    public ValueTask<T> ExecuteAsync<TArgs, T, TParser>(in Command<TArgs, T, TParser> command, CancellationToken cancellationToken)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T>
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<T>(cancellationToken);
        }

        var reply = PendingReply<T, TParser>.Rent(command.Parser, command.Info, cancellationToken);
        if (!TrySendOrDiscard(command, reply))
        {
            throw NotOpenException();
        }

        return reply.Task;
    }

    /// <summary>
    /// Encodes a command and queues its reply. False, with nothing sent, when the connection is
    /// not open. An argument that cannot be encoded throws and leaves no bytes behind.
    /// </summary>
    public bool TrySend<TArgs, T, TParser>(in Command<TArgs, T, TParser> command, PendingReply reply)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T>
    {
        reply.ExtraTimeoutMilliseconds = command.ExtraTimeoutMilliseconds;
        var outgoing = new OutgoingCommand<TArgs, T, TParser>(command, reply);
        return TryWrite(ref outgoing);
    }

    /// <summary>
    /// <see cref="TrySend"/>, giving <paramref name="reply"/> back to its pool when the command was
    /// not sent: the connection is closed (false) or an argument could not be encoded (throws).
    /// </summary>
    public bool TrySendOrDiscard<TArgs, T, TParser>(in Command<TArgs, T, TParser> command, PendingReply<T, TParser> reply)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T>
    {
        bool sent;
        try
        {
            sent = TrySend(command, reply);
        }
        catch
        {
            reply.Discard();
            throw;
        }

        if (!sent)
        {
            reply.Discard();
        }

        return sent;
    }

    /// <summary>
    /// Encodes a whole batch contiguously, so no other caller's command can land inside it, and
    /// queues its replies. False, with nothing sent, when the connection is not open; an argument
    /// that cannot be encoded throws and leaves none of the batch behind.
    /// </summary>
    public bool TrySendBatch(OutgoingBatch batch)
    {
        var outgoing = new OutgoingBatchWrite(batch);
        return TryWrite(ref outgoing);
    }

    /// <summary>
    /// The one way bytes enter the outbound buffer: under the lock, encoded together with their
    /// replies' places in the FIFO (so the two orders agree), rolled back if encoding throws, and
    /// written by whoever finds no write in progress.
    /// </summary>
    private bool TryWrite<TOutgoing>(ref TOutgoing outgoing)
        where TOutgoing : struct, IOutgoingWrite
    {
        bool startWriting;
        var defer = ReplyRun.DefersWritesTo(this);
        lock (_writeLock)
        {
            if (_state == Closed)
            {
                return false;
            }

            var mark = _outbound.Length;
            try
            {
                var writer = new RespWriter(_outbound);
                outgoing.Write(ref writer, _options.Encoding);
            }
            catch
            {
                _outbound.Truncate(mark);
                throw;
            }

            var replies = outgoing.ReplyCount;
            if (replies > 0)
            {
                if (Interlocked.Add(ref _pendingCount, replies) == replies)
                {
                    Volatile.Write(ref _lastProgress, Environment.TickCount64);
                }

                outgoing.EnqueueReplies(_pending);
            }

            startWriting = !_writing && !defer;
            _writing |= startWriting;
        }

        Volatile.Write(ref _lastUsed, Environment.TickCount64);
        if (startWriting)
        {
            WriteLoop();
        }
        else if (defer)
        {
            ReplyRun.AfterDeferredWrite();
        }

        return true;
    }

    /// <summary>Writes what is buffered unless a write is already under way (which then writes it).</summary>
    public void WriteBuffered()
    {
        bool startWriting;
        lock (_writeLock)
        {
            startWriting = !_writing && _outbound.Length > 0 && _state != Closed;
            _writing |= startWriting;
        }

        if (startWriting)
        {
            WriteLoop();
        }
    }

    /// <summary>
    /// Writes what is buffered with blocking writes on the caller's thread, again and again while
    /// callers keep adding, then stops. The socket never sees an asynchronous call, so it stays in
    /// blocking mode and its reader thread's reads are plain system calls; a write that cannot get
    /// rid of its bytes within the socket timeout fails and retires the connection.
    /// </summary>
    private void WriteLoop()
    {
        while (TryTakeBatch(out var batch))
        {
            try
            {
                _stream.Write(batch.WrittenMemory.Span);
                if (_stream is not NetworkStream)
                {
                    _stream.Flush();
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or InvalidOperationException or NotSupportedException)
            {
                WriteFailed(ex);
                return;
            }

            ReturnBatch(batch);
        }
    }

    // Swaps the buffer callers fill for the spare one; false, ending the write loop, when there is nothing to write.
    private bool TryTakeBatch(out OutboundBuffer batch)
    {
        lock (_writeLock)
        {
            if (_outbound.Length == 0 || _state == Closed || _spare is null)
            {
                _writing = false;
                batch = null!;
                return false;
            }

            batch = _outbound;
            _outbound = _spare;
            _spare = null;
            return true;
        }
    }

    private void ReturnBatch(OutboundBuffer batch)
    {
        batch.Reset();
        lock (_writeLock)
        {
            _spare = batch;
        }
    }

    private void WriteFailed(Exception ex)
    {
        lock (_writeLock)
        {
            _writing = false;
        }

        Retire(new RedisConnectionException($"Writing to {Endpoint} failed: {ex.Message}", ex));
    }

    /// <summary>When (<see cref="Environment.TickCount64"/>) the watchdog next calls <see cref="CheckTimeout"/>.</summary>
    public long NextTimeoutCheck => Volatile.Read(ref _nextTimeoutCheck);

    /// <summary>Retires the connection when replies are owed and nothing arrived for too long; returns when to check next.</summary>
    public long CheckTimeout(long nowMs)
    {
        var next = nowMs + _timeoutCheckPeriodMs;
        Volatile.Write(ref _nextTimeoutCheck, next);
        if (Volatile.Read(ref _pendingCount) == 0 || Volatile.Read(ref _state) != Open && Volatile.Read(ref _state) != Connecting)
        {
            return next;
        }

        var limit = _socketTimeoutMs;
        if (_pending.TryPeek(out var head))
        {
            var extra = head.ExtraTimeoutMilliseconds;
            limit = extra < 0 || limit < 0 ? -1 : limit + extra;
        }

        if (limit < 0)
        {
            return next;
        }

        var silent = nowMs - Volatile.Read(ref _lastProgress);
        if (silent > limit)
        {
            TimeOut(head?.Command, limit);
        }

        return next;
    }

    /// <summary>Retires the connection because <paramref name="command"/> got no reply within <paramref name="limitMilliseconds"/>.</summary>
    public void TimeOut(CommandInfo? command, long limitMilliseconds) =>
        Retire(new RedisTimeoutException(
            $"No reply from {Endpoint} within the socket timeout of {TimeSpan.FromMilliseconds(limitMilliseconds).TotalSeconds:0.###} s while waiting for {command?.Name ?? "a command"}; the connection was closed and its pending commands failed."));

    /// <summary>
    /// Closes the connection and fails every reply still owed with <paramref name="reason"/>. Safe
    /// to call many times; the first reason wins.
    /// </summary>
    public void Retire(Exception? reason) => Retire(reason, onReader: false, deliberate: false);

    /// <summary>
    /// <see cref="Retire(Exception?)"/>; on the reader thread (<paramref name="onReader"/>) the
    /// pending replies fail as a run whose callers resume on it, elsewhere through the thread pool.
    /// False when the reader was replaced while its callers ran.
    /// </summary>
    private bool Retire(Exception? reason, bool onReader, bool deliberate = false)
    {
        reason ??= new RedisConnectionException($"The connection to {Endpoint} was closed.");
        bool wasOpen;
        lock (_writeLock)
        {
            if (_state == Closed)
            {
                return true;
            }

            wasOpen = _state == Open;
            _state = Closed;
            _failure = reason;
        }

        if (wasOpen && !deliberate)
        {
            // Only recorded and handed to the thread pool: no logging or user code on this thread.
            Observer?.ConnectionFailed(this, reason, Volatile.Read(ref _pendingCount));
        }

        ReaderWatchdog.Forget(this);
        StopReauthentication();
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // Already gone: nothing left to shut down.
        }

        _stream.Dispose();
        if (onReader)
        {
            // Told first here: a caller blocking in the run below must not hold it up.
            PushReceiver?.OnConnectionClosed(reason);
            return FailPendingOnReader(reason);
        }

        FailPending(reason);
        PushReceiver?.OnConnectionClosed(reason);
        return true;
    }

    /// <summary>
    /// Fails every reply still owed. Only on a closed connection, and under the FIFO lock, so the
    /// reader (which stops matching frames once it sees the connection closed) takes none of them.
    /// Failing resumes callers through the thread pool, so no caller's code runs under the lock.
    /// </summary>
    private void FailPending(Exception reason)
    {
        lock (_fifoLock)
        {
            while (_pending.TryDequeue(out var reply))
            {
                Interlocked.Decrement(ref _pendingCount);
                reply.Fail(reason);
            }
        }
    }

    internal RedisConnectionException NotOpenException() =>
        _failure as RedisConnectionException
        ?? new RedisConnectionException($"The connection to {Endpoint} is closed.", _failure);

    /// <summary>Closes the connection now; replies still owed fail with <see cref="RedisConnectionException"/>.</summary>
    public void Close()
    {
        Retire(new RedisConnectionException($"The connection to {Endpoint} was closed by the client."), onReader: false, deliberate: true);
        lock (_writeLock)
        {
            _outbound.Dispose();
            _spare?.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        Close();
        return ValueTask.CompletedTask;
    }
}
