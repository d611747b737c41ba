using System.Text.Json;
using SecurityPortal.Core.Exports;
using SecurityPortal.Reports.Training;
using SecurityPortal.Web.Features.Training;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Exports.Reports;

/// <summary>The training completion report over every team (no parameters), for whoever may see every team's progress.</summary>
public sealed class TrainingExport(TrainingProgress progress, AccessGuard guard) : IExportReport
{
    public ExportKind Kind => ExportKind.Training;

    public Task<ExportSubject> ResolveAsync(JsonElement? parameters, CancellationToken cancellationToken)
    {
        // Team leads see only their own team's progress; the report covers every team, so it is for those who see all.
        guard.Require(PortalPolicies.ViewTrainingProgress, TrainingProgress.MayNotView);
        return Task.FromResult(new ExportSubject(Guid.Empty, "Training completion, every team", "/training/team", "{}"));
    }

    public void RequireVisible(PortalExport export) =>
        guard.RequireVisible(PortalPolicies.ViewTrainingProgress, null, $"There is no export {export.Id}.");

    public async Task<byte[]> RenderAsync(PortalExport export, ReportStamp stamp, CancellationToken cancellationToken)
    {
        var view = await progress.ViewAsync(cancellationToken);
        return TrainingReport.Render(From(view), stamp.Header("Training completion report"), stamp.Signature);
    }

    public static TrainingReportModel From(TrainingProgressView view) => new(
        Figure(view.Overall),
        [.. view.Teams.Select(Figure)],
        [.. view.Courses.Select(Figure)],
        [.. view.Overdue.Select(a => new TrainingReportOverdue(a.UserEmail, a.Team, $"{a.CourseCode} {a.CourseTitle}", a.DueAt))],
        [.. view.Trend.Select(p => new TrainingReportWeek(p.On, p.Percent))]);

    private static TrainingReportFigure Figure(CompletionFigure figure) =>
        new(figure.Name, figure.Assigned, figure.Completed, figure.Overdue, figure.Percent);
}
