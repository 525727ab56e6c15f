namespace RedisKit;

/// <summary>LCS ... IDX: the matching ranges of the longest common subsequence and its length.</summary>
/// <param name="Matches">The matches, as the server lists them (last range first).</param>
/// <param name="Length">The length of the longest common subsequence.</param>
public sealed record LcsResult(IReadOnlyList<LcsMatch> Matches, long Length);

/// <summary>One match of LCS ... IDX: an inclusive range in each string.</summary>
/// <param name="FirstStart">Start of the range in the first key's value.</param>
/// <param name="FirstEnd">End (inclusive) of the range in the first key's value.</param>
/// <param name="SecondStart">Start of the range in the second key's value.</param>
/// <param name="SecondEnd">End (inclusive) of the range in the second key's value.</param>
/// <param name="Length">The match's length when WITHMATCHLEN was asked for, otherwise null.</param>
public sealed record LcsMatch(long FirstStart, long FirstEnd, long SecondStart, long SecondEnd, long? Length);
