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
    /// by breaking out of the loop, by <paramref name="cancellationToken"/>, or by an error.
    /// <para>
    /// Entries wait in a buffer of <paramref name="bufferCapacity"/>. A reader that falls that far
    /// behind gets a <see cref="RedisException"/> rather than a silently incomplete stream. A lost
    /// connection ends the enumeration with <see cref="RedisConnectionException"/>; MONITOR is not
    /// resumed, since commands run meanwhile would be missing. MONITOR slows a busy server down.
    /// </para>
    /// </summary>
    /// <exception cref="RedisPermissionException">The user may not run MONITOR.</exception>
    public async IAsyncEnumerable<MonitorEntry> MonitorAsync(int bufferCapacity = 10_000, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferCapacity, 1);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var receiver = new MonitorReceiver(bufferCapacity, _options.Encoding);
        var connection = await _pool.LeaseAsync(cancellationToken).ConfigureAwait(false);

        // An enumerator dropped without being disposed never runs the finally below: the guard,
        // which only this iterator refers to, closes the connection when the iterator is collected.
        var leakGuard = new LeakGuard(new MonitorLease(_pool, connection));
        try
        {
            // Every frame goes to the receiver from here on: MONITOR's OK first, then one line per command.
            connection.BecomeSubscriber(receiver);
            if (!connection.TrySendUnmatched(AdminCommands.Monitor()))
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
            leakGuard.Disarm();
            connection.Close();
            _pool.Release(connection, reusable: false);
        }
    }

    /// <summary>A MONITOR connection, for the finalizer of an enumeration never ended.</summary>
    private sealed class MonitorLease(ConnectionPool pool, RedisConnection connection) : IAbandonable
    {
        public string AbandonedKind => "MONITOR enumeration";

        public string AbandonedEndpoint => connection.Endpoint;

        public void ReleaseAbandoned()
        {
            connection.Close();
            pool.Release(connection, reusable: false);
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
