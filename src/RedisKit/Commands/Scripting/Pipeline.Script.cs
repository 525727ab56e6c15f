using RedisKit.Commands;

namespace RedisKit;

public sealed partial class Pipeline
{
    /// <summary>Queues a Lua script by SHA (result: untyped); it is loaded first if the server lacks it.</summary>
    public Pipeline Script(Script script, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        return Queue(ScriptingCommands.EvalSha(script.Sha, keys, args), script);
    }
}
