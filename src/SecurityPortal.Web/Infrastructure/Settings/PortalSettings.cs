using System.ComponentModel.DataAnnotations;

namespace SecurityPortal.Web.Infrastructure.Settings;

/// <summary>
/// Reads one settings section into its options class and checks it before anything starts: a value that
/// cannot be read, or breaks a rule, stops the portal with the full key and the reason
/// ("Security:RateLimits:ApiPerMinute: must be between 1 and 1000000, not -5"). Every key is spelled once,
/// in its options class.
/// </summary>
public static class PortalSettings
{
    public static T Read<T>(IConfiguration configuration, string section)
        where T : class, new()
    {
        T settings;
        try
        {
            settings = configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException ex)
        {
            // The binder names the key and the value it could not convert.
            throw new PortalConfigurationException($"{section} cannot be read: {(ex.InnerException ?? ex).Message}", ex);
        }

        var problems = new List<ValidationResult>();
        if (!Validator.TryValidateObject(settings, new ValidationContext(settings), problems, validateAllProperties: true))
        {
            throw new PortalConfigurationException(string.Join(" ", problems.Select(p =>
                $"{section}:{p.MemberNames.FirstOrDefault() ?? "?"}: {p.ErrorMessage}")));
        }

        return settings;
    }

    /// <summary>Reads, checks and registers a section as <c>IOptions&lt;T&gt;</c> and as <typeparamref name="T"/>.</summary>
    public static T AddPortalSettings<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class, new()
    {
        var settings = Read<T>(configuration, section);
        services.AddSingleton(settings);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(settings));
        return settings;
    }
}
