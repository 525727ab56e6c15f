using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;
using RedisKit.Commands;
using RedisKit.Commands.Parsers;
using RedisKit.Connections;
using RedisKit.Protocol;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>
    /// MONITOR: every command the server runs, as it runs it, until the enumeration ends, like
    /// redis-py's <c>monitor().listen()</c>:
    /// <code>
    /// await foreach (var entry in redis.MonitorAsync(cancellationToken: stop))
    ///     Console.WriteLine($"{entry.Time:O} db{entry.Database} {entry.ClientAddress} {string.Join(' ', entry.Arguments)}");
    /// </code>
    /// MONITOR takes a connection of its own from the pool (even on a client made by
    /// <see cref="Client"/>); the connection is closed, never reused, when the enumeration ends:
    /// by breaking out of the loop, by <paramref name="cancellationToken"/>, or by an error; an
    /// enumerator dropped mid-way without being disposed has it closed once it is collected.
    /// <para>
    /// Entries wait in a buffer of <paramref name="bufferCapacity"/>. A reader that falls that far
    /// behind gets a <see cref="RedisException"/> rather than a silently incomplete stream. A lost
    /// connection ends the enumeration with <see cref="RedisConnectionException"/>; MONITOR is not
    /// resumed, since commands run meanwhile would be missing. MONITOR slows a busy server down.
    /// </para>
    /// </summary>
    /// <exception cref="RedisPermissionException">The user may not run MONITOR.</exception>
    public IAsyncEnumerable<MonitorEntry> MonitorAsync(int bufferCapacity = 10_000, CancellationToken cancellationToken = default) =>
        _cluster is null
            ? new MonitorEnumerable(this, bufferCapacity, cancellationToken)
            : throw Cluster.ClusterSupport.NotYet("MONITOR", "Monitor each node through a client of that node (RedisClient.FromUrl with its address).");

    // The connection's reader thread roots the iterator below: for a wait that cannot be
    // cancelled, the receiver's channel reuses one waiter, which keeps the continuation of the
    // last wait (the box holding this iterator) until the next. So the guard is not kept by the
    // iterator but by the enumerator wrapping it, which only its user refers to.
    private async IAsyncEnumerable<MonitorEntry> MonitorCoreAsync(int bufferCapacity, MonitorLease lease, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferCapacity, 1);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var receiver = new MonitorReceiver(bufferCapacity, _options.Encoding);
        var connection = await _pool.LeaseAsync(cancellationToken).ConfigureAwait(false);
        if (!lease.TryAttach(connection))
        {
            yield break;
        }

        try
        {
            // Every frame goes to the receiver from here on: MONITOR's OK first, then one line per command.
            connection.BecomeSubscriber(receiver);
            if (!connection.TrySendUnmatched(IntrospectionCommands.Monitor()))
            {
                throw connection.NotOpenException();
            }

            await receiver.WaitStartedAsync(_options.SocketTimeout, connection.Endpoint, cancellationToken).ConfigureAwait(false);
            var entries = receiver.Entries;
            while (await entries.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (entries.TryRead(out var entry))
                {
                    yield return entry;
                }
            }
        }
        finally
        {
            // A monitoring connection can only be turned back with RESET, which would leave it
            // unlike its siblings (name, database, protocol): closing it is simpler and certain.
            lease.Release();
        }
    }

    /// <summary>What <see cref="MonitorAsync"/> returns: each enumeration gets its own guard.</summary>
    private sealed class MonitorEnumerable(RedisClient client, int bufferCapacity, CancellationToken callerCancellation) : IAsyncEnumerable<MonitorEntry>
    {
        public IAsyncEnumerator<MonitorEntry> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            var lease = new MonitorLease(client._pool);
            var inner = client.MonitorCoreAsync(bufferCapacity, lease, callerCancellation).GetAsyncEnumerator(cancellationToken);
            return new MonitorEnumerator(inner, new LeakGuard(lease, client._pool.Logger));
        }
    }

    /// <summary>
    /// Holds the guard of one enumeration. Nothing the connection can reach refers to it (the
    /// iterator it wraps does not), so dropping it undisposed lets the guard close the connection.
    /// </summary>
    private sealed class MonitorEnumerator(IAsyncEnumerator<MonitorEntry> inner, LeakGuard leakGuard) : IAsyncEnumerator<MonitorEntry>
    {
        public MonitorEntry Current => inner.Current;

        public ValueTask<bool> MoveNextAsync() => inner.MoveNextAsync();

        public ValueTask DisposeAsync()
        {
            leakGuard.Disarm();
            return inner.DisposeAsync();
        }
    }

    /// <summary>
    /// The connection of one MONITOR enumeration, released once: by the iterator's end or by the
    /// finalizer of an enumeration never ended, whichever comes first, even while it is being leased.
    /// </summary>
    private sealed class MonitorLease(ConnectionPool pool) : IAbandonable
    {
        private RedisConnection? _connection;
        private string? _endpoint;
        private int _abandoned;

        public string AbandonedKind => "MONITOR enumeration";

        public string AbandonedEndpoint => _endpoint ?? ((IAbandonable)pool).AbandonedEndpoint;

        /// <summary>Takes the leased connection; false (and the connection released) if the enumeration was already abandoned.</summary>
        public bool TryAttach(RedisConnection connection)
        {
            _endpoint = connection.Endpoint;
            Interlocked.Exchange(ref _connection, connection);
            if (Volatile.Read(ref _abandoned) == 0)
            {
                return true;
            }

            Release();
            return false;
        }

        public void Release()
        {
            if (Interlocked.Exchange(ref _connection, null) is { } connection)
            {
                connection.Close();
                pool.Release(connection, reusable: false);
            }
        }

        public void ReleaseAbandoned()
        {
            Interlocked.Exchange(ref _abandoned, 1);
            Release();
        }
    }

    /// <summary>Receives a monitoring connection's frames: the confirmation, then the lines, parsed on the read loop.</summary>
    private sealed class MonitorReceiver(int capacity, Encoding encoding) : IPushReceiver
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private readonly Channel<MonitorEntry> _entries = Channel.CreateBounded<MonitorEntry>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });

        public ChannelReader<MonitorEntry> Entries => _entries.Reader;

        public async Task WaitStartedAsync(TimeSpan timeout, string endpoint, CancellationToken cancellationToken)
        {
            try
            {
                await _started.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                throw new RedisTimeoutException($"{endpoint} did not confirm MONITOR within the socket timeout of {timeout.TotalSeconds:0.###} s.");
            }
        }

        public void OnPush(in ReadOnlySequence<byte> frame, in ReplyContext context)
        {
            var reader = new RespReader(frame);
            if (!_started.Task.IsCompleted)
            {
                if (reader.IsError)
                {
                    _started.TrySetException(ErrorPrefix.ToException(reader.ReadError(), Cmd.Monitor));
                }
                else
                {
                    reader.Skip();
                    _started.TrySetResult();
                }

                return;
            }

            if (reader.PeekType() is not (RespType.SimpleString or RespType.BulkString or RespType.VerbatimString))
            {
                // A RESP3 push that is no monitor line (such as an invalidation) is not for this stream.
                return;
            }

            MonitorEntry entry;
            try
            {
                var line = reader.ReadBytes() ?? [];
                entry = MonitorLineParser.Parse(line, encoding);
            }
            catch (Exception ex)
            {
                // Parsed on the reader thread: nothing may escape it. The stream ends with the reason.
                _entries.Writer.TryComplete(ReplyErrors.Contain(ex, Cmd.Monitor));
                return;
            }

            if (!_entries.Writer.TryWrite(entry))
            {
                _entries.Writer.TryComplete(new RedisException(
                    $"The MONITOR reader fell {capacity} entries behind the server, so the stream stopped rather than skip commands; read faster or raise bufferCapacity."));
            }
        }

        public void OnConnectionClosed(Exception reason)
        {
            _started.TrySetException(reason);
            _entries.Writer.TryComplete(reason);
        }
    }
}
