using System.Globalization;
using SecurityPortal.Core.Audits;
using SecurityPortal.Core.Common;
using SecurityPortal.Reports.Audits;
using SecurityPortal.Web.Features.Audits;

namespace SecurityPortal.Web.Features.Exports;

/// <summary>Words an audit as the audit report shows it: labels, not entities.</summary>
public static class AuditReportSource
{
    public static AuditReportModel From(AuditResponse audit, string scope) => new(
        audit.Plan.Title,
        scope,
        audit.Model.Key,
        audit.Model.Name,
        audit.OpensOn,
        audit.DueAt,
        audit.LeadAuditor,
        [.. audit.Items.Select(i => new AuditReportItem(i.ControlCode, i.Title, Result(i.Result), i.Note))],
        [.. audit.Findings.Select(f => new AuditReportFinding(f.ControlCode, f.Title, Labels.Of(f.Severity), Labels.Of(f.Status), DateOnly.FromDateTime(f.DueAt.UtcDateTime)))],
        [
            .. audit.Items.SelectMany(i => i.Evidence.Where(e => e.Current).Select(e => new AuditReportEvidence(
                i.ControlCode,
                e.Title,
                e.Sha256 ?? e.Url ?? e.Note ?? string.Empty,
                e.ExpiresAt is { } expires ? DateOnly.FromDateTime(expires.UtcDateTime) : null))),
        ],
        audit.Conclusion,
        audit.SignedOffBy,
        audit.SignedOffAt);

    public static string Label(AuditResponse audit) =>
        string.Create(CultureInfo.InvariantCulture, $"{audit.Model.Key} · {audit.Plan.Title}, due {audit.DueAt:yyyy-MM-dd}");

    private static string Result(AuditItemResult? result) => result switch
    {
        AuditItemResult.Pass => "Pass",
        AuditItemResult.Fail => "Fail",
        AuditItemResult.NotApplicable => "Not applicable",
        _ => "Open",
    };
}
