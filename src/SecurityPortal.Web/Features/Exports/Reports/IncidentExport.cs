using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Exports;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Data;
using SecurityPortal.Reports.Incidents;
using SecurityPortal.Web.Features.Incidents;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Exports.Reports;

/// <summary>The incident report: <c>{ "incidentRef" }</c>, for whoever may see every incident.</summary>
public sealed class IncidentExport(IncidentDesk incidents, IDbContextFactory<PortalDbContext> contexts, AccessGuard guard) : IExportReport
{
    public const string Shape = "An incident report needs parameters { \"incidentRef\": \"<the incident's reference, e.g. INC-2026-0001>\" }.";

    public ExportKind Kind => ExportKind.Incident;

    public async Task<ExportSubject> ResolveAsync(JsonElement? parameters, CancellationToken cancellationToken)
    {
        var reference = ExportParameters.RequireString(parameters, "incidentRef", Shape);

        // Reading the incident checks that the one asking may see it, and that it exists.
        var incident = await incidents.GetAsync(reference, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var id = await db.Incidents.AsNoTracking().Where(i => i.Ref == incident.Ref).Select(i => i.Id).SingleAsync(cancellationToken);
        return new ExportSubject(id, $"{incident.Ref} · {incident.Title}", $"/incidents/{incident.Ref}", ExportParameters.Json(new { incidentRef = incident.Ref }));
    }

    public void RequireVisible(PortalExport export) =>
        guard.RequireVisible(PortalPolicies.ViewIncidents, null, $"There is no export {export.Id}.");

    public async Task<byte[]> RenderAsync(PortalExport export, ReportStamp stamp, CancellationToken cancellationToken)
    {
        var incident = await incidents.GetAsync(ExportParameters.Stored(export.Parameters, "incidentRef"), cancellationToken);
        return IncidentReport.Render(From(incident), stamp.Header($"Incident report: {incident.Ref}"), stamp.Signature);
    }

    public static IncidentReportModel From(IncidentResponse incident) => new(
        incident.Ref,
        incident.Title,
        incident.Description,
        Labels.Of(incident.Severity),
        incident.CategoryTitle,
        Labels.Of(incident.Phase),
        incident.DetectedAt,
        incident.Reporter,
        incident.Assignee,
        [.. incident.AffectedModels.Select(m => m.Version is null ? m.Model : $"{m.Model} {m.Version}")],
        [.. incident.Clocks.Select(c => new IncidentReportClock(c.Name, c.StartedAt, c.DueAt, c.MetAt, c.Breached))],
        new IncidentReportNotification(Labels.Of(incident.Reportable), incident.Reportable != ReportableKind.None, incident.ReportDueAt, incident.ReportedAt, incident.AuthorityReference),
        incident.RootCause,
        incident.LessonsLearned,
        [.. incident.Timeline.Select(e => new IncidentReportEvent(e.OccurredAt, e.Actor, Labels.Of(e.Kind), e.Text))]);
}
