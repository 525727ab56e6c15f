using System.Globalization;
using System.Text;

namespace RedisKit;

/// <summary>
/// The rules of an ACL SETUSER, built in order, each method adding one or more rules (the server
/// applies them left to right, so <see cref="Reset"/> belongs first):
/// <code>
/// var rules = new AclRules().Reset().On().AddPassword(secret)
///     .AllowKeys("app:*").AllowReadKeys("shared:*").AllowChannels("news.*")
///     .AllowCategories("read", "write").DenyCommands("flushall");
/// await redis.AclSetUserAsync("app", rules);
/// </code>
/// Arguments are checked here, so a typo fails with an <see cref="ArgumentException"/> naming it
/// rather than as a server error. <see cref="Raw"/> adds any rule this type has no method for.
/// <see cref="ToString"/> shows the rules with every password replaced by <c>(redacted)</c>.
/// </summary>
public sealed class AclRules
{
    private const string Redacted = "(redacted)";
    private readonly List<string> _rules = [];

    // Parallel to _rules: which ones carry a password (or a hash of one) and must never be shown.
    private readonly List<bool> _secret = [];

    /// <summary>The number of rules added so far.</summary>
    public int Count => _rules.Count;

    /// <summary>The rules as sent, passwords included; for the command definitions only.</summary>
    internal IReadOnlyList<string> Rules => _rules;

    /// <summary>Enables the user (<c>on</c>): it can authenticate.</summary>
    public AclRules On() => Add("on");

    /// <summary>Disables the user (<c>off</c>): it can no longer authenticate; existing connections stay.</summary>
    public AclRules Off() => Add("off");

    /// <summary>Adds a password the user may authenticate with (<c>&gt;password</c>).</summary>
    public AclRules AddPassword(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return Add(">" + password, secret: true);
    }

    /// <summary>Removes one of the user's passwords (<c>&lt;password</c>); the server refuses an unknown one.</summary>
    public AclRules RemovePassword(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return Add("<" + password, secret: true);
    }

    /// <summary>Adds a password by its SHA-256 hash, 64 hexadecimal characters (<c>#hash</c>), so the password itself never travels.</summary>
    public AclRules AddPasswordHash(string sha256Hex) => Add("#" + CheckHash(sha256Hex, nameof(sha256Hex)), secret: true);

    /// <summary>Removes a password by its SHA-256 hash (<c>!hash</c>).</summary>
    public AclRules RemovePasswordHash(string sha256Hex) => Add("!" + CheckHash(sha256Hex, nameof(sha256Hex)), secret: true);

    /// <summary>Lets the user authenticate with any password (<c>nopass</c>); also forgets its passwords.</summary>
    public AclRules NoPass() => Add("nopass");

    /// <summary>Forgets every password and clears <c>nopass</c> (<c>resetpass</c>): the user cannot authenticate until given one.</summary>
    public AclRules ResetPasswords() => Add("resetpass");

    /// <summary>Allows reading and writing keys matching each glob pattern (<c>~pattern</c>).</summary>
    public AclRules AllowKeys(params string[] patterns) => AddPatterns("~", patterns, nameof(patterns));

    /// <summary>Allows reading keys matching each pattern (<c>%R~pattern</c>, Redis 7).</summary>
    public AclRules AllowReadKeys(params string[] patterns) => AddPatterns("%R~", patterns, nameof(patterns));

    /// <summary>Allows writing keys matching each pattern (<c>%W~pattern</c>, Redis 7).</summary>
    public AclRules AllowWriteKeys(params string[] patterns) => AddPatterns("%W~", patterns, nameof(patterns));

    /// <summary>Allows every key (<c>allkeys</c>, the same as <c>~*</c>).</summary>
    public AclRules AllKeys() => Add("allkeys");

    /// <summary>Forgets every key pattern (<c>resetkeys</c>).</summary>
    public AclRules ResetKeys() => Add("resetkeys");

    /// <summary>Allows the pub/sub channels matching each glob pattern (<c>&amp;pattern</c>).</summary>
    public AclRules AllowChannels(params string[] patterns) => AddPatterns("&", patterns, nameof(patterns));

    /// <summary>Allows every channel (<c>allchannels</c>, the same as <c>&amp;*</c>).</summary>
    public AclRules AllChannels() => Add("allchannels");

    /// <summary>Forgets every channel pattern (<c>resetchannels</c>).</summary>
    public AclRules ResetChannels() => Add("resetchannels");

    /// <summary>Allows each command (<c>+get</c>), or one subcommand of it (<c>+config|get</c>).</summary>
    public AclRules AllowCommands(params string[] commands) => AddCommands("+", commands, nameof(commands));

    /// <summary>Denies each command (<c>-flushall</c>) or subcommand.</summary>
    public AclRules DenyCommands(params string[] commands) => AddCommands("-", commands, nameof(commands));

    /// <summary>Allows every command of each category (<c>+@read</c>); give names with or without the <c>@</c>.</summary>
    public AclRules AllowCategories(params string[] categories) => AddCategories("+@", categories, nameof(categories));

    /// <summary>Denies every command of each category (<c>-@dangerous</c>).</summary>
    public AclRules DenyCategories(params string[] categories) => AddCategories("-@", categories, nameof(categories));

    /// <summary>Allows every command, present and future (<c>allcommands</c>, the same as <c>+@all</c>).</summary>
    public AclRules AllCommands() => Add("allcommands");

    /// <summary>Denies every command (<c>nocommands</c>, the same as <c>-@all</c>).</summary>
    public AclRules NoCommands() => Add("nocommands");

    /// <summary>
    /// Adds a selector (Redis 7): <paramref name="selector"/>'s key, channel and command rules, in
    /// parentheses, grant access on their own, besides the user's root rules.
    /// </summary>
    /// <exception cref="ArgumentException">The selector is empty or holds a password rule.</exception>
    public AclRules Selector(AclRules selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        if (selector.Count == 0)
        {
            throw new ArgumentException("A selector needs at least one rule.", nameof(selector));
        }

        if (selector._secret.Contains(true))
        {
            throw new ArgumentException("A selector holds key, channel and command rules only, never passwords.", nameof(selector));
        }

        return Add("(" + string.Join(' ', selector._rules) + ")");
    }

    /// <summary>Removes every selector of the user (<c>clearselectors</c>).</summary>
    public AclRules ClearSelectors() => Add("clearselectors");

    /// <summary>
    /// Resets the user to a blank state (<c>reset</c>): off, no passwords, no keys, no channels,
    /// no commands. Put it first to define a user from scratch.
    /// </summary>
    public AclRules Reset() => Add("reset");

    /// <summary>
    /// Adds one rule as written in ACL syntax, for rules this type has no method for. A rule that
    /// could hold a password (any <c>&gt;</c> or <c>&lt;</c>) is redacted by <see cref="ToString"/>.
    /// </summary>
    public AclRules Raw(string rule)
    {
        ArgumentException.ThrowIfNullOrEmpty(rule);
        return Add(rule, secret: rule.AsSpan().IndexOfAny('>', '<') >= 0 || rule[0] is '#' or '!');
    }

    /// <summary>The rules in ACL syntax, each password (or hash) replaced by <c>(redacted)</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (var i = 0; i < _rules.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            var rule = _rules[i];
            if (!_secret[i])
            {
                text.Append(rule);
            }
            else if (rule[0] is '>' or '<' or '#' or '!')
            {
                text.Append(rule[0]).Append(Redacted);
            }
            else
            {
                text.Append(Redacted);
            }
        }

        return text.ToString();
    }

    private AclRules Add(string rule, bool secret = false)
    {
        _rules.Add(rule);
        _secret.Add(secret);
        return this;
    }

    private AclRules AddPatterns(string prefix, string[] patterns, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(patterns, parameterName);
        CheckNotEmpty(patterns, parameterName);
        foreach (var pattern in patterns)
        {
            Add(prefix + CheckWord(pattern, parameterName, "A pattern"));
        }

        return this;
    }

    private AclRules AddCommands(string prefix, string[] commands, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(commands, parameterName);
        CheckNotEmpty(commands, parameterName);
        foreach (var command in commands)
        {
            CheckWord(command, parameterName, "A command name");
            if (command[0] is '@' or '+' or '-')
            {
                throw new ArgumentException(
                    $"Give command names without a sign or '@' ('{command}'): use DenyCommands for '-', AllowCategories or DenyCategories for '@'.", parameterName);
            }

            Add(prefix + command);
        }

        return this;
    }

    private AclRules AddCategories(string prefix, string[] categories, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(categories, parameterName);
        CheckNotEmpty(categories, parameterName);
        foreach (var category in categories)
        {
            CheckWord(category, parameterName, "A category");
            var name = category[0] == '@' ? category[1..] : category;
            if (name.Length == 0)
            {
                throw new ArgumentException("A category name cannot be empty.", parameterName);
            }

            Add(prefix + name);
        }

        return this;
    }

    private static void CheckNotEmpty(string[] values, string parameterName)
    {
        if (values.Length == 0)
        {
            throw new ArgumentException("At least one value is needed.", parameterName);
        }
    }

    /// <summary>Redis refuses ACL patterns and names with spaces (an ACL file could not hold them), so they are refused here first.</summary>
    private static string CheckWord(string? value, string parameterName, string what)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException($"{what} cannot be null or empty.", parameterName);
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || c == '\0')
            {
                throw new ArgumentException($"{what} cannot contain spaces or control characters: '{value}'.", parameterName);
            }
        }

        return value;
    }

    private static string CheckHash(string sha256Hex, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(sha256Hex, parameterName);
        if (sha256Hex.Length != 64 || !IsHex(sha256Hex))
        {
            // The value is not echoed: it may be a password pasted by mistake.
            throw new ArgumentException("A password hash is the SHA-256 of the password as 64 hexadecimal characters.", parameterName);
        }

        return sha256Hex.ToLower(CultureInfo.InvariantCulture);
    }

    private static bool IsHex(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
