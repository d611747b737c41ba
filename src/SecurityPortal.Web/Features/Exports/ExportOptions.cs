using System.ComponentModel.DataAnnotations;

namespace SecurityPortal.Web.Features.Exports;

/// <summary>Settings of exports, bound from <c>Portal:Exports</c>.</summary>
public sealed class ExportOptions
{
    public const string Section = "Portal:Exports";

    /// <summary>The organisation named in every report's header.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "needs the organisation's name")]
    [StringLength(120, ErrorMessage = "is at most {1} characters")]
    public string Organisation { get; set; } = "SecurityPortal demo organisation";

    /// <summary>An export still running after this long was left by a worker that stopped; it is failed so it can be asked for again.</summary>
    [Range(1, 24 * 60, ErrorMessage = "must be between {1} and {2} minutes")]
    public int AbandonAfterMinutes { get; set; } = 15;
}
