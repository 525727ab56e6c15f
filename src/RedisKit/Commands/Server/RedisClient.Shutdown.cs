using RedisKit.Commands;

namespace RedisKit;

// Hand-written, not generated from ServerCommands.Shutdown: SHUTDOWN runs on a connection of its
// own proven open first, and the connection closing under it is the success it asked for.
public sealed partial class RedisClient
{
    /// <summary>
    /// SHUTDOWN: stops the server, saving first unless <paramref name="save"/> is false (true forces a
    /// save), without waiting for lagging replicas (<paramref name="now"/>), even when saving fails
    /// (<paramref name="force"/>); or, with <paramref name="abort"/>, cancels a shutdown waiting for replicas.
    /// Completes when the server closes the connection (or accepts ABORT); a refusal, such as a failed
    /// save, throws <see cref="RedisResponseException"/>.
    /// </summary>
    public async ValueTask ShutdownAsync(bool? save = null, bool now = false, bool force = false, bool abort = false, CancellationToken cancellationToken = default)
    {
        var command = ServerCommands.Shutdown(save, now, force, abort);

        // On a connection proven open first: then a connection closed after SHUTDOWN went out is
        // the server going down as asked, not a server that could not be reached at all.
        var connection = Client();
        await using (connection.ConfigureAwait(false))
        {
            await connection.PingAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await connection.RunAsync(command, cancellationToken).ConfigureAwait(false);
            }
            catch (RedisConnectionException) when (!abort)
            {
                // The server closed the connection: it is shutting down, which is what was asked.
            }
        }
    }
}
