namespace RedisKit;

/// <summary>
/// XINFO STREAM: a stream's general state. RESP3 answers with a map and RESP2 with a flat array;
/// both give this. Fields that older servers do not report are null.
/// </summary>
/// <param name="Length">The number of entries.</param>
/// <param name="RadixTreeKeys">The number of keys in the stream's underlying radix tree.</param>
/// <param name="RadixTreeNodes">The number of nodes in the stream's underlying radix tree.</param>
/// <param name="Groups">The number of consumer groups.</param>
/// <param name="LastGeneratedId">The id of the last entry added (which may since have been deleted).</param>
/// <param name="MaxDeletedEntryId">The largest id deleted from the stream; null before Redis 7.0.</param>
/// <param name="EntriesAdded">How many entries were ever added; null before Redis 7.0.</param>
/// <param name="RecordedFirstEntryId">The id of the first entry Redis recorded; null before Redis 7.0.</param>
/// <param name="FirstEntry">The first entry; null when the stream is empty.</param>
/// <param name="LastEntry">The last entry; null when the stream is empty.</param>
public sealed record StreamInfo(
    long Length,
    long RadixTreeKeys,
    long RadixTreeNodes,
    long Groups,
    string LastGeneratedId,
    string? MaxDeletedEntryId,
    long? EntriesAdded,
    string? RecordedFirstEntryId,
    StreamEntry? FirstEntry,
    StreamEntry? LastEntry);
