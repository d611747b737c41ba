using System.Globalization;
using SecurityPortal.Reports.Composition;

namespace SecurityPortal.Reports.Models;

/// <summary>
/// One model's compliance dossier: what it is, every version with its SHA-256, where it runs and how it got there
/// (rollbacks with their reasons), its controls and evidence, the score trend, findings, incidents, audits and the
/// owner team's training. Long, so it opens with a table of contents.
/// </summary>
public static class ModelDossierReport
{
    public static byte[] Render(ModelDossierModel model, ReportHeader header, ReportSignature? signature = null)
    {
        using var report = new ReportComposer(header);
        report.Heading($"{model.Name} ({model.Key})");
        report.KeyValues(
        [
            ("Owner team", model.OwnerTeam),
            ("Risk tier", model.RiskTier),
            ("Data classification", model.DataClassification),
            ("Purpose", model.Purpose ?? "Not stated"),
            ("Current score", model.Scores.Count == 0 ? "Not assessed yet" : $"{model.Scores[^1].Score} / 100"),
        ]);

        Versions(report, model);
        Deployments(report, model);
        Controls(report, model);
        Scores(report, model);

        report.Heading("Findings", level: 2);
        Table(report, model.Findings.Count, "No finding has been raised on this model.", [new("Severity", 1), new("Finding", 4), new("Status", 1.3), new("Due", 1.2)],
            model.Findings.Select(f => (IReadOnlyList<string>)[f.Severity, f.Title, f.Status, Day(f.DueOn)]));

        report.Heading("Incidents", level: 2);
        Table(report, model.Incidents.Count, "No incident has named this model.", [new("Incident", 1.4), new("Title", 4), new("Severity", 1.3), new("Phase", 1.2), new("Detected", 1.4)],
            model.Incidents.Select(i => (IReadOnlyList<string>)[i.Ref, i.Title, i.Severity, i.Phase, Time(i.DetectedAt)]));

        report.Heading("Audits", level: 2);
        Table(report, model.Audits.Count, "No audit covers this model yet.", [new("Plan", 3.5), new("Status", 1.3), new("Due", 1.2), new("Signed off by", 2.2)],
            model.Audits.Select(a => (IReadOnlyList<string>)[a.Plan, a.Status, Day(a.DueOn), a.SignedOffBy ?? "—"]));

        report.Heading("Owner team's training", level: 2);
        if (model.Training is not { } training)
        {
            report.Paragraph("The owner team owes no training.");
        }
        else
        {
            report.KeyValues(
            [
                ("Team", model.OwnerTeam),
                ("Complete", $"{training.Percent}% ({training.Completed} of {training.Assigned})"),
                ("Overdue", training.Overdue == 0 ? "None" : string.Join(", ", training.OverduePeople)),
            ]);
        }

        return report.Finish(tableOfContents: true, signature);
    }

    private static void Versions(ReportComposer report, ModelDossierModel model)
    {
        report.Heading("Versions", level: 2);
        if (model.Versions.Count == 0)
        {
            report.Paragraph("No version is registered.");
            return;
        }

        report.Table(
            [new("Version", 1), new("State", 1.2), new("Encryption at rest", 2), new("Registered", 1.4), new("Approved by", 2.2)],
            model.Versions.Select(v => (IReadOnlyList<string>)[v.Version, v.State, v.Encryption, Day(v.RegisteredAt), v.ApprovedBy ?? "—"]));

        // A SHA-256 on one line of its own, so it can be read and compared whole.
        report.Paragraph("Artifact hashes (SHA-256):", muted: true);
        foreach (var version in model.Versions)
        {
            report.Paragraph($"{version.Version}  {version.Sha256}", muted: true);
        }
    }

    private static void Deployments(ReportComposer report, ModelDossierModel model)
    {
        report.Heading("Deployments", level: 2);
        Table(report, model.Deployments.Count, "The model is not deployed.", [new("Environment", 1.4), new("Version", 1), new("Authentication", 1.6), new("Input validation", 1.2), new("Monitoring", 1.1), new("Logging", 1), new("TLS", 0.7), new("Rate limit", 1)],
            model.Deployments.Select(d => (IReadOnlyList<string>)[d.Environment, d.Version, d.Authentication, YesNo(d.InputValidation), YesNo(d.Monitoring), YesNo(d.Logging), YesNo(d.Tls), YesNo(d.RateLimiting)]));

        report.Heading("Deployment history", level: 2);
        Table(report, model.DeploymentHistory.Count, "Nothing has been deployed yet.", [new("When", 1.5), new("Environment", 1.2), new("Change", 1), new("From → to", 1.4), new("Reason", 2.6), new("By", 1.8)],
            model.DeploymentHistory.Select(e => (IReadOnlyList<string>)[Time(e.At), e.Environment, e.Kind, $"{e.FromVersion ?? "—"} → {e.ToVersion}", e.Reason ?? string.Empty, e.Actor]));
    }

    private static void Controls(ReportComposer report, ModelDossierModel model)
    {
        report.Heading("Controls and evidence", level: 2);
        report.Chips([.. model.Controls.GroupBy(c => c.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new StatusChip($"{g.Key} {g.Count()}", Tone(g.Key)))]);
        report.Table(
            [new("Control", 1), new("Title", 3.6), new("Status", 1.5), new("Reviewed", 2.2), new("Evidence", 1)],
            model.Controls.Select(c => (IReadOnlyList<string>)[
                c.Code,
                c.Title,
                c.Status,
                c.ReviewedAt is { } at ? $"{Day(at)} by {c.ReviewedBy}" : "Never",
                c.CurrentEvidence.ToString(CultureInfo.InvariantCulture)]));
    }

    private static void Scores(ReportComposer report, ModelDossierModel model)
    {
        report.Heading("Score trend", level: 2);
        if (model.Scores.Count == 0)
        {
            report.Paragraph("No assessment has scored this model yet.");
            return;
        }

        // The latest twelve changes: enough to show the direction, few enough to read.
        var recent = model.Scores.TakeLast(12).ToList();
        report.BarChart("Score after each assessment run that changed it (0–100)", [.. recent.Select(s => new ChartBar($"#{s.Run}", s.Score))], maximum: 100);
    }

    private static void Table(ReportComposer report, int count, string none, IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        if (count == 0)
        {
            report.Paragraph(none);
        }
        else
        {
            report.Table(columns, rows);
        }
    }

    private static ChipTone Tone(string status) => status switch
    {
        "Implemented" => ChipTone.Good,
        "Partial" => ChipTone.Warning,
        "Not implemented" or "Not assessed" => ChipTone.Bad,
        _ => ChipTone.Neutral,
    };

    private static string YesNo(bool value) => value ? "Yes" : "No";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
