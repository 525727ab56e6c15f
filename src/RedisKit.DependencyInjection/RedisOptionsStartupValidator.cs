using Microsoft.Extensions.Options;

namespace RedisKit.DependencyInjection;

/// <summary>
/// Validates every registered client's options when the host starts (<c>ValidateOnStart</c>) and when
/// a client is first resolved: configuration values that could not be read, sections under
/// <c>Redis</c> that belong to no registered keyed client (a misspelt key would otherwise be ignored
/// without a word), and values no connection could use, each named by the configuration path it came from.
/// </summary>
internal sealed class RedisOptionsStartupValidator(IEnumerable<RedisRegistration.RegisteredRedisClient> registered) : IValidateOptions<RedisOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisOptions options)
    {
        var record = RedisConfigurationBinder.TryGetRecord(options);
        var errors = new List<string>();
        if (record is not null)
        {
            errors.AddRange(record.Errors);
            AddUnknownClientSections(record, errors);
        }

        errors.AddRange(options.GetValidationErrors(property =>
            record is not null && record.Paths.TryGetValue(property, out var path) ? path
            : record?.UrlPath is { } urlPath ? $"{nameof(RedisOptions)}.{property} (from {urlPath} or code)"
            : $"{nameof(RedisOptions)}.{property}"));

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private void AddUnknownClientSections(RedisConfigurationBinder.BindingRecord record, List<string> errors)
    {
        if (record.ClientSections.Count == 0)
        {
            return;
        }

        var keyedNames = new List<string>();
        foreach (var client in registered)
        {
            if (client.HasOwnSection)
            {
                keyedNames.Add(client.Name);
            }
        }

        foreach (var (path, key) in record.ClientSections)
        {
            if (!keyedNames.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                var known = keyedNames.Count == 0 ? "none is registered" : "registered: " + string.Join(", ", keyedNames);
                errors.Add(
                    $"{path} is neither a Redis setting nor the section of a keyed client ({known}); correct the section name, "
                    + $"register the client with AddKeyedRedis(\"{key}\", ...) or AddRedisClient(\"{key}\"), or put settings of the default client directly under {RedisConfigurationBinder.SectionName}.");
            }
        }
    }
}
