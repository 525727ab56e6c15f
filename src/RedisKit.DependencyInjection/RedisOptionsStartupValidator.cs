using Microsoft.Extensions.Options;

namespace RedisKit.DependencyInjection;

/// <summary>
/// Validates every registered client's options when the host starts (<c>ValidateOnStart</c>) and when
/// a client is first resolved: configuration values that could not be read, and values no connection
/// could use, each named by the configuration path it came from.
/// </summary>
internal sealed class RedisOptionsStartupValidator : IValidateOptions<RedisOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisOptions options)
    {
        var record = RedisConfigurationBinder.TryGetRecord(options);
        var errors = new List<string>();
        if (record is not null)
        {
            errors.AddRange(record.Errors);
        }

        errors.AddRange(options.GetValidationErrors(property =>
            record is not null && record.Paths.TryGetValue(property, out var path) ? path
            : record?.UrlPath is { } urlPath ? $"{nameof(RedisOptions)}.{property} (from {urlPath} or code)"
            : $"{nameof(RedisOptions)}.{property}"));

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
