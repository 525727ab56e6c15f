namespace RedisKit.Tests.Protocol;

/// <summary>One sample of every frame type, with its value as ReadObject(decode: true) renders it.</summary>
public static class FrameSamples
{
    public static TheoryData<string, string> All => new()
    {
        { "+OK\r\n", "OK" },
        { "-ERR unknown command\r\n", "RedisResponseException(ERR)" },
        { ":1000\r\n", "1000" },
        { ":-42\r\n", "-42" },
        { "$5\r\nhello\r\n", "hello" },
        { "$0\r\n\r\n", "" },
        { "$-1\r\n", "null" },
        { "*-1\r\n", "null" },
        { "*0\r\n", "[]" },
        { "*3\r\n:1\r\n$3\r\nfoo\r\n+bar\r\n", "[1,foo,bar]" },
        { "*2\r\n*2\r\n:1\r\n:2\r\n*1\r\n$-1\r\n", "[[1,2],[null]]" },
        { "*2\r\n-ERR inside\r\n:5\r\n", "[RedisResponseException(ERR),5]" },
        { "_\r\n", "null" },
        { ",3.25\r\n", "3.25" },
        { ",inf\r\n", "Infinity" },
        { ",-inf\r\n", "-Infinity" },
        { ",1e10\r\n", "10000000000" },
        { "#t\r\n", "True" },
        { "#f\r\n", "False" },
        { "(3492890328409238509324850943850943825024385\r\n", "3492890328409238509324850943850943825024385" },
        { "!21\r\nSYNTAX invalid syntax\r\n", "RedisResponseException(SYNTAX)" },
        { "=15\r\ntxt:Some string\r\n", "Some string" },
        { "%2\r\n+first\r\n:1\r\n+second\r\n:2\r\n", "{first=1,second=2}" },
        { "%0\r\n", "{}" },
        { "~3\r\n+a\r\n+b\r\n:3\r\n", "[a,b,3]" },
        { ">3\r\n+message\r\n+news\r\n$5\r\nhello\r\n", "[message,news,hello]" },
        { "|1\r\n+key-popularity\r\n%1\r\n$1\r\na\r\n,0.19\r\n*2\r\n:2039123\r\n:9543892\r\n", "[2039123,9543892]" },
        { "*2\r\n|1\r\n+ttl\r\n:3600\r\n:1\r\n:2\r\n", "[1,2]" },
        { "$?\r\n;4\r\nHell\r\n;5\r\no wor\r\n;2\r\nld\r\n;0\r\n", "Hello world" },
        { "*?\r\n:1\r\n:2\r\n.\r\n", "[1,2]" },
        { "%?\r\n+a\r\n:1\r\n.\r\n", "{a=1}" },
        { "*2\r\n*?\r\n:1\r\n*?\r\n.\r\n.\r\n:9\r\n", "[[1,[]],9]" },
    };
}
