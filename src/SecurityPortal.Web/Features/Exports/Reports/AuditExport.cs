using System.Globalization;
using System.Text.Json;
using SecurityPortal.Core.Audits;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Exports;
using SecurityPortal.Reports.Audits;
using SecurityPortal.Web.Features.Audits;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Exports.Reports;

/// <summary>The audit report: <c>{ "auditId" }</c>, for whoever may see audits.</summary>
public sealed class AuditExport(AuditDesk audits, AuditPlanning plans, AccessGuard guard) : IExportReport
{
    public const string Shape = "An audit report needs parameters { \"auditId\": \"<the audit's id>\" }.";

    public ExportKind Kind => ExportKind.Audit;

    public async Task<ExportSubject> ResolveAsync(JsonElement? parameters, CancellationToken cancellationToken)
    {
        var auditId = ExportParameters.RequireGuid(parameters, "auditId", Shape);

        // Reading the audit checks that the one asking may see it, and that it exists.
        var audit = await audits.GetAsync(auditId, cancellationToken);
        return new ExportSubject(audit.Id, Label(audit), $"/audits/{audit.Id}", ExportParameters.Json(new { auditId = audit.Id }));
    }

    public void RequireVisible(PortalExport export) =>
        guard.RequireVisible(PortalPolicies.ViewAudits, null, $"There is no export {export.Id}.");

    public async Task<byte[]> RenderAsync(PortalExport export, ReportStamp stamp, CancellationToken cancellationToken)
    {
        var audit = await audits.GetAsync(export.SubjectId, cancellationToken);
        var plan = await plans.GetAsync(audit.Plan.Id, cancellationToken);
        return AuditReport.Render(From(audit, plan.ScopeText), stamp.Header($"Audit report: {audit.Model.Key}"), stamp.Signature);
    }

    /// <summary>Words an audit as the audit report shows it: labels, not entities.</summary>
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
