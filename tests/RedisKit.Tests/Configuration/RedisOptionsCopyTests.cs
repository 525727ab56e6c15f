using System.Reflection;
using System.Text;

namespace RedisKit.Tests.Configuration;

public sealed class RedisOptionsCopyTests
{
    [Fact]
    public void CopyFrom_copies_every_settable_property()
    {
        var defaults = new RedisOptions();
        var source = new RedisOptions();
        foreach (var property in SettableProperties())
        {
            var changed = DifferentValue(property, property.GetValue(defaults));
            property.SetValue(source, changed);
        }

        var target = new RedisOptions();
        target.CopyFrom(source);

        foreach (var property in SettableProperties())
        {
            Assert.NotEqual(property.GetValue(defaults), property.GetValue(source));
            Assert.True(Equals(property.GetValue(source), property.GetValue(target)), $"{property.Name} was not copied.");
        }
    }

    [Fact]
    public void ApplyUrl_changes_what_the_url_states_and_keeps_the_rest()
    {
        var options = new RedisOptions { ClientName = "kept", SocketTimeout = TimeSpan.FromSeconds(9) };
        options.ApplyUrl("rediss://alice:S3cret@cache.example:6380/4?socket_timeout=2");

        Assert.Equal("cache.example", options.Host);
        Assert.Equal(6380, options.Port);
        Assert.Equal(4, options.Database);
        Assert.True(options.Ssl);
        Assert.Equal("alice", options.Username);
        Assert.Equal("S3cret", options.Password);
        Assert.Equal(TimeSpan.FromSeconds(2), options.SocketTimeout);
        Assert.Equal("kept", options.ClientName);
    }

    [Fact]
    public void ApplyUrl_with_a_bad_url_changes_nothing()
    {
        var options = new RedisOptions { Host = "before", Port = 1234 };
        Assert.ThrowsAny<FormatException>(() => options.ApplyUrl("redis://after:6380/0?socket_timeout=soon"));
        Assert.Equal("before", options.Host);
        Assert.Equal(1234, options.Port);
    }

    [Fact]
    public void Validation_errors_name_settings_as_the_caller_asks()
    {
        var options = new RedisOptions { MaxConnections = 0, Password = "S3cret-pw" };
        Assert.Empty(new RedisOptions().GetValidationErrors());

        var byDefault = Assert.Single(options.GetValidationErrors());
        Assert.StartsWith("RedisOptions.MaxConnections is 0", byDefault, StringComparison.Ordinal);
        var byPath = Assert.Single(options.GetValidationErrors(p => "Redis:cache:" + p));
        Assert.StartsWith("Redis:cache:MaxConnections is 0", byPath, StringComparison.Ordinal);
        Assert.DoesNotContain("S3cret-pw", byPath, StringComparison.Ordinal);
    }

    private static IEnumerable<PropertyInfo> SettableProperties()
    {
        foreach (var property in typeof(RedisOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.CanWrite)
            {
                yield return property;
            }
        }
    }

    private static object DifferentValue(PropertyInfo property, object? current)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type == typeof(string))
        {
            return "v-" + property.Name;
        }

        if (type == typeof(int))
        {
            return (int)current! + 7;
        }

        if (type == typeof(bool))
        {
            return !(bool)current!;
        }

        if (type == typeof(TimeSpan))
        {
            return (TimeSpan)current! + TimeSpan.FromSeconds(3);
        }

        if (type == typeof(Encoding))
        {
            return Encoding.Unicode;
        }

        if (type == typeof(Microsoft.Extensions.Logging.ILoggerFactory))
        {
            return new Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory();
        }

        if (type == typeof(RedisCredentialProvider))
        {
            return RedisCredentialProvider.Static(new RedisCredentials("u", "p"));
        }

        if (type.IsEnum)
        {
            foreach (var value in Enum.GetValues(type))
            {
                if (!value.Equals(current))
                {
                    return value;
                }
            }
        }

        throw new InvalidOperationException($"Add a changed value for {property.Name} ({type}) to this test.");
    }
}
