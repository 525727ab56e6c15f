namespace RedisKit.Commands;

/// <summary>
/// NX/XX/GT/LT, as ZADD and EXPIRE and its kin take them, checked as Redis checks them: NX excludes
/// XX, GT and LT; GT excludes LT; XX may join GT or LT.
/// </summary>
internal static class UpdateConditions
{
    public static void Add(ref ArgListBuilder args, bool nx, bool xx, bool gt, bool lt)
    {
        if (nx && xx)
        {
            throw new ArgumentException("nx and xx cannot both be set: the target cannot be both absent and present.", nameof(nx));
        }

        if (nx && (gt || lt))
        {
            throw new ArgumentException("nx cannot be combined with gt or lt: those compare with an existing value, which nx rules out.", nameof(nx));
        }

        if (gt && lt)
        {
            throw new ArgumentException("gt and lt cannot both be set.", nameof(gt));
        }

        if (nx)
        {
            args.Add("NX");
        }

        if (xx)
        {
            args.Add("XX");
        }

        if (gt)
        {
            args.Add("GT");
        }

        if (lt)
        {
            args.Add("LT");
        }
    }
}
