using System.Collections;

namespace RedisKit;

/// <summary>
/// The results of a pipeline, one per queued command in order, each of the type its typed method
/// returns (<c>Get</c> gives a string, <c>Incr</c> a long, <c>Set</c> a bool). With
/// <c>raiseOnError: false</c> a failed command's slot holds its <see cref="RedisException"/>.
/// </summary>
public sealed class PipelineResults : IReadOnlyList<object?>
{
    private readonly object?[] _results;
    private readonly string[] _commands;

    internal PipelineResults(object?[] results, string[] commands)
    {
        _results = results;
        _commands = commands;
    }

    /// <summary>The number of results: one per queued command.</summary>
    public int Count => _results.Length;

    /// <summary>The result at <paramref name="index"/>, untyped.</summary>
    public object? this[int index] => _results[index];

    /// <summary>
    /// The result at <paramref name="index"/> as <typeparamref name="T"/>. A failed command's
    /// exception is thrown here; a result of another type is an <see cref="InvalidCastException"/>
    /// naming the command.
    /// </summary>
    public T Get<T>(int index)
    {
        var value = _results[index];
        if (value is RedisException error && !typeof(Exception).IsAssignableFrom(typeof(T)))
        {
            throw error;
        }

        if (value is T typed)
        {
            return typed;
        }

        if (value is null && default(T) is null)
        {
            return default!;
        }

        throw new InvalidCastException(
            $"Result #{index} ({_commands[index]}) is {(value is null ? "null" : value.GetType().Name)}, not {typeof(T).Name}.");
    }

    /// <inheritdoc />
    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_results).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
