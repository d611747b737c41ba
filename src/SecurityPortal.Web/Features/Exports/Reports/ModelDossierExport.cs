using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Exports;
using SecurityPortal.Data;
using SecurityPortal.Reports.Models;
using SecurityPortal.Web.Features.Assessments;
using SecurityPortal.Web.Features.Audits;
using SecurityPortal.Web.Features.Controls;
using SecurityPortal.Web.Features.Incidents;
using SecurityPortal.Web.Features.Models;
using SecurityPortal.Web.Features.Training;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Exports.Reports;

/// <summary>
/// The model compliance dossier: <c>{ "modelKey" }</c>. Each part is read through its own area's use case, so the
/// dossier shows exactly what those areas would show the one it is made for.
/// </summary>
public sealed class ModelDossierExport(
    ModelInventory models,
    ModelVersions versions,
    ModelDeployments deployments,
    ModelControls controls,
    AssessmentScores scores,
    FindingBoard findings,
    IncidentBoard incidents,
    AuditBoard audits,
    TrainingProgress training,
    IDbContextFactory<PortalDbContext> contexts,
    AccessGuard guard) : IExportReport
{
    public const string Shape = "A model dossier needs parameters { \"modelKey\": \"<the model's key>\" }.";

    /// <summary>More than any model has in practice; a dossier lists at most this many findings, incidents and audits.</summary>
    private const int MaxRows = 200;

    public ExportKind Kind => ExportKind.Model;

    public async Task<ExportSubject> ResolveAsync(JsonElement? parameters, CancellationToken cancellationToken)
    {
        var key = ExportParameters.RequireString(parameters, "modelKey", Shape);
        var model = await models.GetAsync(key, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var id = await db.Models.AsNoTracking().Where(m => m.Key == model.Key).Select(m => m.Id).SingleAsync(cancellationToken);
        return new ExportSubject(id, $"{model.Key} · {model.Name}", $"/models/{Uri.EscapeDataString(model.Key)}", ExportParameters.Json(new { modelKey = model.Key }));
    }

    // The dossier includes incidents, audits and assessments, so it is for those who may see all of them.
    public void RequireVisible(PortalExport export)
    {
        var notFound = $"There is no export {export.Id}.";
        guard.RequireVisible(PortalPolicies.ViewModels, null, notFound);
        guard.RequireVisible(PortalPolicies.ViewIncidents, null, notFound);
        guard.RequireVisible(PortalPolicies.ViewAudits, null, notFound);
        guard.RequireVisible(PortalPolicies.ViewAssessments, null, notFound);
    }

    public async Task<byte[]> RenderAsync(PortalExport export, ReportStamp stamp, CancellationToken cancellationToken)
    {
        var key = ExportParameters.Stored(export.Parameters, "modelKey");
        var model = await models.GetAsync(key, cancellationToken);
        var running = await deployments.ListAsync(key, cancellationToken);
        var history = new List<DossierDeploymentEvent>();
        foreach (var deployment in running)
        {
            var events = await deployments.HistoryAsync(key, deployment.Environment.ToString(), cancellationToken);
            history.AddRange(events.Select(e => new DossierDeploymentEvent(e.OccurredAt, Labels.Of(deployment.Environment), Labels.Of(e.Kind), e.FromVersion, e.ToVersion, e.Reason, e.Actor)));
        }

        var view = await training.ViewAsync(cancellationToken);
        var team = view.Teams.FirstOrDefault(t => t.Name == model.OwnerTeam);
        var dossier = new ModelDossierModel(
            model.Key,
            model.Name,
            model.OwnerTeam,
            Labels.Of(model.RiskTier),
            Labels.Of(model.DataClassification),
            model.Purpose,
            [.. (await versions.ListAsync(key, cancellationToken)).Select(v => new DossierVersion(v.Version, Labels.Of(v.State), v.Sha256, Labels.Of(v.EncryptionAtRest), v.CreatedAt, v.ApprovedBy))],
            [.. running.Select(d => new DossierDeployment(Labels.Of(d.Environment), d.Version, Labels.Of(d.AuthMode), d.InputValidation, d.Monitoring, d.Logging, d.Tls, d.RateLimiting))],
            [.. history.OrderBy(e => e.At)],
            [.. (await controls.ListAsync(key, cancellationToken)).Select(c => new DossierControl(
                c.Code, c.Title, c.Status is { } status ? Labels.Of(status) : "Not assessed", c.ReviewedBy, c.ReviewedAt, c.Evidence.Count(e => e.Current)))],
            [.. (await scores.ModelHistoryAsync(key, cancellationToken)).Select(s => new DossierScore(s.RunNumber, s.At, s.Score))],
            [.. (await findings.ListAsync(new FindingQuery(Model: key), 1, MaxRows, cancellationToken)).Items.Select(f => new DossierFinding(Labels.Of(f.Severity), f.Title, Labels.Of(f.Status), DateOnly.FromDateTime(f.DueAt.UtcDateTime)))],
            [.. (await incidents.ListAsync(new IncidentListQuery(Model: key), 1, MaxRows, cancellationToken)).Items.Select(i => new DossierIncident(i.Ref, i.Title, Labels.Of(i.Severity), Labels.Of(i.Phase), i.DetectedAt))],
            [.. (await audits.ListAsync(new AuditQuery(Model: key), 1, MaxRows, cancellationToken)).Items.Select(a => new DossierAudit(a.Plan, Labels.Of(a.Status), a.DueOn, a.SignedOffBy))],
            team is null ? null : new DossierTraining(team.Assigned, team.Completed, team.Overdue, team.Percent, [.. view.Overdue.Where(o => o.Team == model.OwnerTeam).Select(o => o.UserEmail).Distinct(StringComparer.OrdinalIgnoreCase)]));
        return ModelDossierReport.Render(dossier, stamp.Header($"Model compliance dossier: {model.Key}"), stamp.Signature);
    }
}
