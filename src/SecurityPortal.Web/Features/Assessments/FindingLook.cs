using MudBlazor;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Web.Shared;

namespace SecurityPortal.Web.Features.Assessments;

/// <summary>How findings look everywhere: colour follows severity, and the label always says it, so colour is never the only cue.</summary>
public static class FindingLook
{
    public static Color ColorFor(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Critical => Color.Error,
        FindingSeverity.High => Color.Warning,
        FindingSeverity.Medium => Color.Info,
        _ => Color.Default,
    };

    /// <summary>The heatmap's cell class: MudBlazor's palette, so the dark theme changes it too.</summary>
    public static string CellClass(FindingSeverity? worst) => worst switch
    {
        FindingSeverity.Critical => "mud-error mud-error-text-contrast",
        FindingSeverity.High => "mud-warning mud-warning-text-contrast",
        FindingSeverity.Medium => "mud-info mud-info-text-contrast",
        FindingSeverity.Low => "mud-theme-default",
        _ => string.Empty,
    };

    public static Microsoft.AspNetCore.Components.RenderFragment Severity(FindingSeverity severity) =>
        Plain.Chip(severity.ToString(), ColorFor(severity), testId: "finding-severity");

    public static Microsoft.AspNetCore.Components.RenderFragment Status(FindingStatus status, bool pending) => status switch
    {
        FindingStatus.Open when pending => Plain.Chip("Open · acceptance asked", Color.Warning, Variant.Outlined, testId: "finding-status"),
        FindingStatus.Open => Plain.Chip("Open", Color.Error, Variant.Outlined, testId: "finding-status"),
        FindingStatus.RiskAccepted => Plain.Chip("Risk accepted", Color.Secondary, Variant.Outlined, testId: "finding-status"),
        _ => Plain.Chip("Resolved", Color.Success, Variant.Outlined, testId: "finding-status"),
    };
}
