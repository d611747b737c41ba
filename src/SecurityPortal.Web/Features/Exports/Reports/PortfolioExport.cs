using System.Text.Json;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Exports;
using SecurityPortal.Reports.Portfolio;
using SecurityPortal.Web.Features.Assessments;
using SecurityPortal.Web.Features.Controls;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Exports.Reports;

/// <summary>The portfolio compliance summary (no parameters), for whoever may see every model's assessments.</summary>
public sealed class PortfolioExport(AssessmentScores scores, FindingBoard findings, ControlCatalogueView catalogue, AccessGuard guard) : IExportReport
{
    /// <summary>The frameworks the summary reports coverage for.</summary>
    private static readonly Framework[] Frameworks = [Framework.NistAiRmf, Framework.Iso42001];

    public ExportKind Kind => ExportKind.Portfolio;

    public Task<ExportSubject> ResolveAsync(JsonElement? parameters, CancellationToken cancellationToken)
    {
        guard.Require(PortalPolicies.ViewAssessments, "Only oversight roles can see the portfolio's scores.");
        return Task.FromResult(new ExportSubject(Guid.Empty, "Portfolio compliance summary", "/assessments", "{}"));
    }

    public void RequireVisible(PortalExport export) =>
        guard.RequireVisible(PortalPolicies.ViewAssessments, null, $"There is no export {export.Id}.");

    public async Task<byte[]> RenderAsync(PortalExport export, ReportStamp stamp, CancellationToken cancellationToken)
    {
        var models = await scores.ModelsAsync(cancellationToken);
        var heatmap = await findings.HeatmapAsync(models.Count, cancellationToken);
        var open = await findings.OpenBySeverityAsync(cancellationToken);
        var portfolio = new PortfolioReportModel(
            await scores.LatestAverageAsync(cancellationToken),
            [.. (await scores.PortfolioHistoryAsync(12, cancellationToken)).Select(p => new PortfolioScorePoint(p.RunNumber, p.Score))],
            [.. (await scores.TeamsAsync(cancellationToken)).Select(t => new PortfolioTeam(t.Team, t.Score, t.Models, t.Previous))],
            [.. models.Select(m => new PortfolioModel(m.Key, m.Name, m.Team, m.Score, m.OpenFindings))],
            [.. SecurityPractices.All.Select(SecurityPractices.Title)],
            [.. heatmap.Rows.Select(r => new PortfolioHeatmapRow(r.Model, [.. r.Cells.Select(c => new PortfolioHeatmapCell(c.Worst is { } worst ? Labels.Of(worst)[..1] : null, c.Open))]))],
            [.. open.OrderByDescending(o => o.Key).Select(o => new PortfolioCount(Labels.Of(o.Key), o.Value))],
            [.. Frameworks.Select(catalogue.Coverage).Select(c => new PortfolioCoverage(c.Name, c.Items, c.CoveredItems, c.Percent, [.. c.Uncovered.Select(u => u.Id)]))]);
        return PortfolioReport.Render(portfolio, stamp.Header("Portfolio compliance summary"), stamp.Signature);
    }
}
