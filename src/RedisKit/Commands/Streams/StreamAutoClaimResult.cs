namespace RedisKit;

/// <summary>
/// What XAUTOCLAIM answered, like redis-py's <c>[next_start_id, claimed, deleted_ids]</c>.
/// </summary>
/// <typeparam name="T">
/// <see cref="StreamEntry"/> for <c>XAutoClaimAsync</c>, or <see cref="string"/> (the ids alone) for
/// <c>XAutoClaimJustIdAsync</c>.
/// </typeparam>
/// <param name="NextStartId">
/// Where the next call should start scanning the pending entries; <c>0-0</c> when the scan is complete.
/// </param>
/// <param name="Claimed">The entries (or ids) now owned by the claiming consumer.</param>
/// <param name="DeletedIds">
/// Pending ids whose entries no longer exist in the stream; Redis removed them from the pending list.
/// Always empty before Redis 7.0, which does not report them.
/// </param>
public readonly record struct StreamAutoClaimResult<T>(string NextStartId, IReadOnlyList<T> Claimed, IReadOnlyList<string> DeletedIds);
