namespace RedisKit.Soak;

/// <summary>What the workers saw; the checks fail the run on anything but operations and expected errors.</summary>
internal sealed class SoakCounters
{
    public long Operations;
    public long ConnectionErrors;
    public long WrongReplies;
    public long LostWrites;
    public long PubSubGaps;
    public long PubSubDuplicates;
    public long PubSubReceived;
    public long Kills;
    public long UnexpectedErrors;

    private readonly Lock _gate = new();
    private readonly List<string> _samples = [];

    /// <summary>Keeps the first few descriptions of what went wrong, for the report.</summary>
    public void Note(string what)
    {
        lock (_gate)
        {
            if (_samples.Count < 20)
            {
                _samples.Add(what);
            }
        }
    }

    public IReadOnlyList<string> Samples
    {
        get
        {
            lock (_gate)
            {
                return [.. _samples];
            }
        }
    }
}
