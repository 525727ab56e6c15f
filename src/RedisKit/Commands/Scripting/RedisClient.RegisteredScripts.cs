using RedisKit.Commands;
using RedisKit.Pipelines;

namespace RedisKit;

// Registered scripts (Script): registering one, and loading before a pipeline runs the scripts it queued by
// SHA1. Not single commands, so not generated methods.
public sealed partial class RedisClient
{
    /// <summary>Registers a Lua script to run by SHA (see <see cref="Script"/>); no I/O happens here.</summary>
    public Script RegisterScript(string lua)
    {
        ArgumentException.ThrowIfNullOrEmpty(lua);
        return new Script(this, lua);
    }

    /// <summary>Loads the scripts a pipeline runs by SHA that the server does not have yet.</summary>
    private async ValueTask LoadScriptsAsync(IReadOnlyList<QueuedCommand> commands, CancellationToken cancellationToken)
    {
        List<Script>? scripts = null;
        foreach (var command in commands)
        {
            if (command.Script is { } script && (scripts is null || !scripts.Exists(s => s.Sha == script.Sha)))
            {
                (scripts ??= []).Add(script);
            }
        }

        if (scripts is null)
        {
            return;
        }

        var shas = new string[scripts.Count];
        for (var i = 0; i < shas.Length; i++)
        {
            shas[i] = scripts[i].Sha;
        }

        var exists = await RunAsync(ScriptingCommands.ScriptExists(shas), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < scripts.Count; i++)
        {
            if (i >= exists.Length || !exists[i])
            {
                await scripts[i].LoadAsync(this, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
