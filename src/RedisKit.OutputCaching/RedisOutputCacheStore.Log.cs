using Microsoft.Extensions.Logging;

namespace RedisKit.OutputCaching;

public sealed partial class RedisOutputCacheStore
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 6101, EventName = "OutputCacheReadFailed", Level = LogLevel.Warning,
            Message = "Output cache read of '{Key}' failed; serving it as a miss.")]
        public static partial void ReadFailed(ILogger logger, string key, Exception exception);

        [LoggerMessage(EventId = 6102, EventName = "OutputCacheWriteFailed", Level = LogLevel.Warning,
            Message = "Output cache write of '{Key}' failed; the response was served but not cached.")]
        public static partial void WriteFailed(ILogger logger, string key, Exception exception);

        [LoggerMessage(EventId = 6103, EventName = "OutputCacheSweepFailed", Level = LogLevel.Warning,
            Message = "Output cache sweep of expired tag members failed; it runs again at the next interval.")]
        public static partial void SweepFailed(ILogger logger, Exception exception);
    }
}
