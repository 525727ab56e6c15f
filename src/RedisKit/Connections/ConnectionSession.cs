using System.Globalization;
using System.Text;
using RedisKit.Commands;
using RedisKit.Commands.Parsers;

namespace RedisKit.Connections;

/// <summary>
/// The state a bound client gave its connection with commands that succeeded: what a replacement
/// connection is given back (database, name, NO-EVICT, NO-TOUCH, READONLY) and what it cannot be
/// (a WATCH, a MULTI, tracking, a user or protocol switched by raw commands). Guarded by the
/// bound connection's lock.
/// </summary>
internal sealed class ConnectionSession
{
    private int? _database;
    private string? _name;
    private bool _noEvict;
    private bool _noTouch;
    private bool _readOnly;
    private bool _watching;
    private bool _inMulti;
    private bool _tracking;
    private string? _unrestorable;

    /// <summary>True between a MULTI and its EXEC or DISCARD: a command sent now would be queued, not run.</summary>
    public bool InTransaction => _inMulti;

    /// <summary>True when something was given to the connection that a fresh pooled one lacks.</summary>
    public bool HasRestorableState => _database is not null || _name is not null || _noEvict || _noTouch || _readOnly;

    public void Apply(in SessionChange change)
    {
        switch (change.Kind)
        {
            case SessionChangeKind.Select:
                _database = change.Number;
                break;
            case SessionChangeKind.SetName:
                _name = change.Text;
                break;
            case SessionChangeKind.NoEvict:
                _noEvict = change.On;
                break;
            case SessionChangeKind.NoTouch:
                _noTouch = change.On;
                break;
            case SessionChangeKind.ReadOnly:
                _readOnly = change.On;
                break;
            case SessionChangeKind.Watch:
                _watching = true;
                break;
            case SessionChangeKind.Unwatch:
                _watching = false;
                break;
            case SessionChangeKind.Multi:
                _inMulti = true;
                break;
            case SessionChangeKind.EndTransaction:
                _inMulti = false;
                _watching = false;
                break;
            case SessionChangeKind.Tracking:
                _tracking = change.On;
                break;
            case SessionChangeKind.Reset:
                // The server's defaults differ from a new connection's (RESP2, the default user,
                // database 0), so after RESET a replacement cannot match it.
                _database = null;
                _noEvict = _noTouch = _readOnly = _watching = _inMulti = _tracking = false;
                _unrestorable = "RESET";
                break;
            case SessionChangeKind.Unrestorable:
                _unrestorable = change.Text;
                break;
        }
    }

    /// <summary>
    /// Describes the state a replacement connection cannot have, and forgets it: the caller is
    /// told once, and later commands run without it. Null when nothing was lost (or when
    /// <paramref name="endsTransaction"/> and only a WATCH or MULTI was).
    /// </summary>
    public string? TakeLost(bool endsTransaction)
    {
        StringBuilder? lost = null;
        if (_watching && !endsTransaction)
        {
            Append(ref lost, "a WATCH (the keys are no longer watched, so EXEC would not check them)");
        }

        if (_inMulti && !endsTransaction)
        {
            Append(ref lost, "a MULTI (the commands queued so far are gone)");
        }

        if (_tracking)
        {
            Append(ref lost, "CLIENT TRACKING (invalidations sent while disconnected are lost; flush any client-side cache)");
        }

        if (_unrestorable is not null)
        {
            Append(ref lost, _unrestorable);
        }

        _watching = _inMulti = _tracking = false;
        _unrestorable = null;
        return lost?.ToString();
    }

    /// <summary>Gives a new connection the recorded state, one command at a time; the first refusal throws.</summary>
    public async ValueTask RestoreAsync(RedisConnection connection, CancellationToken cancellationToken)
    {
        if (_database is { } database)
        {
            await RestoreStepAsync(connection, ConnectionCommands.Select(database), "SELECT " + database.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        }

        if (_name is { } name)
        {
            await RestoreStepAsync(connection, ConnectionCommands.ClientSetName(name), "CLIENT SETNAME", cancellationToken).ConfigureAwait(false);
        }

        if (_noEvict)
        {
            await RestoreStepAsync(connection, ClientControlCommands.ClientNoEvict(true), "CLIENT NO-EVICT ON", cancellationToken).ConfigureAwait(false);
        }

        if (_noTouch)
        {
            await RestoreStepAsync(connection, ClientControlCommands.ClientNoTouch(true), "CLIENT NO-TOUCH ON", cancellationToken).ConfigureAwait(false);
        }

        if (_readOnly)
        {
            await RestoreStepAsync(connection, ClusterCommands.ReadOnly(), "READONLY", cancellationToken).ConfigureAwait(false);
        }
    }

    private static async ValueTask RestoreStepAsync<TArgs>(RedisConnection connection, Command<TArgs, bool, BooleanParser> command, string what, CancellationToken cancellationToken)
        where TArgs : struct, ICommandArgs
    {
        // Sent before the try: a connection closed already fails as it is, not as a refused restore.
        var step = connection.ExecuteAsync(command, cancellationToken);
        try
        {
            await step.ConfigureAwait(false);
        }
        catch (RedisResponseException ex)
        {
            throw new RedisConnectionStateLostException(
                $"The connection of a client made by Client() was replaced, and the server refused to restore its state with {what}: {ex.Message} No command runs on it until the state can be restored.", ex);
        }
        catch (RedisException ex) when (ex is not RedisConnectionStateLostException)
        {
            throw new RedisConnectionException(
                $"The connection of a client made by Client() was replaced, and restoring its state with {what} failed: {ex.Message}", ex);
        }
    }

    private static void Append(ref StringBuilder? text, string what)
    {
        text ??= new StringBuilder();
        if (text.Length > 0)
        {
            text.Append("; ");
        }

        text.Append(what);
    }
}
