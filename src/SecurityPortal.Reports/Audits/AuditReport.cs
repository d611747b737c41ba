using System.Globalization;
using SecurityPortal.Reports.Composition;

namespace SecurityPortal.Reports.Audits;

/// <summary>
/// The audit report an auditor or regulator receives: the plan, scope and period, who audited, every checklist result
/// with its note, the findings raised, the evidence with its SHA-256, the conclusion and the sign-off.
/// </summary>
public static class AuditReport
{
    public static byte[] Render(AuditReportModel audit, ReportHeader header, ReportSignature? signature = null)
    {
        using var report = new ReportComposer(header);
        report.Heading($"Audit of {audit.ModelName}");
        report.KeyValues(
        [
            ("Plan", audit.Plan),
            ("Scope", audit.Scope),
            ("Model", $"{audit.ModelName} ({audit.ModelKey})"),
            ("Period", $"Opened {Day(audit.OpensOn)}, due {Day(audit.DueOn)}"),
            ("Lead auditor", audit.LeadAuditor),
            ("Status", audit.SignedOffAt is { } at ? $"Signed off {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC by {audit.SignedOffBy}" : "Not signed off: this is a working copy"),
        ]);

        report.Heading("Checklist", level: 2);
        report.Chips(
        [
            .. Count(audit, "Pass", ChipTone.Good),
            .. Count(audit, "Fail", ChipTone.Bad),
            .. Count(audit, "Not applicable", ChipTone.Neutral),
            .. Count(audit, "Open", ChipTone.Warning),
        ]);
        report.Table(
            [new("Control", 1), new("Title", 3), new("Result", 1.2), new("Note", 3)],
            audit.Items.Select(i => (IReadOnlyList<string>)[i.ControlCode, i.Title, i.Result, i.Note ?? string.Empty]));

        report.Heading("Findings", level: 2);
        if (audit.Findings.Count == 0)
        {
            report.Paragraph("No finding was raised from this audit.");
        }
        else
        {
            report.Table(
                [new("Control", 1), new("Finding", 4), new("Severity", 1.2), new("Status", 1.2), new("Due", 1.3)],
                audit.Findings.Select(f => (IReadOnlyList<string>)[f.ControlCode, f.Title, f.Severity, f.Status, f.DueOn is { } due ? Day(due) : "—"]));
        }

        report.Heading("Evidence", level: 2);
        if (audit.Evidence.Count == 0)
        {
            report.Paragraph("No evidence was on file for the checked controls.");
        }
        else
        {
            // One item per block rather than a table: a SHA-256 stays on one line, so it can be read and copied whole.
            foreach (var evidence in audit.Evidence)
            {
                report.Paragraph($"{evidence.ControlCode} · {evidence.Title}{(evidence.ExpiresOn is { } expires ? $" · expires {Day(expires)}" : string.Empty)}");
                report.Paragraph(evidence.Sha256OrLink.Length == 64 ? $"SHA-256 {evidence.Sha256OrLink}" : evidence.Sha256OrLink, muted: true);
            }
        }

        report.Heading("Conclusion", level: 2);
        report.Paragraph(audit.Conclusion ?? "No conclusion yet.");
        if (audit.SignedOffAt is { } signed)
        {
            report.KeyValues([("Signed off by", audit.SignedOffBy ?? string.Empty), ("Signed off at", $"{signed.UtcDateTime:yyyy-MM-dd HH:mm} UTC")]);
        }

        return report.Finish(tableOfContents: false, signature);
    }

    private static IEnumerable<StatusChip> Count(AuditReportModel audit, string result, ChipTone tone)
    {
        var count = audit.Items.Count(i => i.Result == result);
        return count == 0 ? [] : [new StatusChip($"{result} {count}", tone)];
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
