using RedisKit.Configuration;

namespace RedisKit.Tests.Configuration;

/// <summary>The one check that a URL or connection string is refused clearly and without its password.</summary>
internal static class ParseErrorAssert
{
    /// <summary>
    /// <paramref name="text"/> fails to parse with <paramref name="exceptionType"/>, its message holds
    /// every '|'-separated fragment of <paramref name="fragments"/> and no part of the test password.
    /// </summary>
    public static void RejectedWithoutPassword(string text, Type exceptionType, string fragments)
    {
        var exception = Assert.ThrowsAny<Exception>(() => RedisUrl.Parse(text));

        Assert.IsType(exceptionType, exception);
        foreach (var fragment in fragments.Split('|'))
        {
            Assert.Contains(fragment, exception.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("S3cr3t", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Pa55", exception.Message, StringComparison.Ordinal);
    }
}
