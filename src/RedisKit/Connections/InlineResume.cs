using System.Runtime.CompilerServices;

namespace RedisKit.Connections;

/// <summary>
/// Awaiting a task so that the continuation always runs synchronously: on the thread that
/// completes the task, or at once on the awaiting thread when it completed in between. A plain
/// await queues the continuation to the thread pool in that second case (the task completed after
/// the awaiter saw it pending), and on the slow paths (connecting, waiting for the shared
/// connection, retrying) the task completes on a connection's or the retry timer's thread while
/// the pool may have no thread free (callers blocked in sync over async). Slow paths only: it allocates.
/// </summary>
internal static class InlineResume
{
    public static InlineAwaitable<T> ResumeInline<T>(this Task<T> task) => new(task);

    public static InlineAwaitable<T> ResumeInline<T>(this ValueTask<T> task) => new(task.AsTask());

    public static InlineAwaitable<bool> ResumeInline(this ValueTask task) => task.AsTask().ResumeInline();

    public static InlineAwaitable<bool> ResumeInline(this Task task) => new(task.ContinueWith(static t =>
    {
        t.GetAwaiter().GetResult();
        return true;
    }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default));

    internal readonly struct InlineAwaitable<T>(Task<T> task) : ICriticalNotifyCompletion
    {
        public InlineAwaitable<T> GetAwaiter() => this;

        public bool IsCompleted => task.IsCompleted;

        public T GetResult() => task.GetAwaiter().GetResult();

        public void OnCompleted(Action continuation) => UnsafeOnCompleted(continuation);

        // ContinueWith with ExecuteSynchronously runs inline on the completing thread, or right
        // here when the task is already complete: never through the pool.
        public void UnsafeOnCompleted(Action continuation) =>
            task.ContinueWith(static (_, state) => ((Action)state!)(), continuation, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
