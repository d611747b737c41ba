using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Data;
using SecurityPortal.Web.Infrastructure.Demo;

namespace SecurityPortal.Web.Features.Incidents;

/// <summary>
/// Demo incidents in every phase and severity, linked to demo models: some breaching their SLA, one
/// reportable under EU AI Act Art. 73, closed ones with root cause and lessons so the metrics have data.
/// </summary>
public sealed class IncidentsDemoData(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock) : IDemoDataContributor
{
    private const string Officer = "officer@demo.local";
    private const string Admin = "admin@demo.local";

    // Reported by a member of staff (the support assistant inventing a policy), so staff see their own report.
    private const int ReportedByStaff = 9;
    private const string Staff = "staff@demo.local";

    // number, title, severity, category, phase, hours since detection, model, assignee, Art. 73
    private static readonly (int Number, string Title, IncidentSeverity Severity, string Category, IncidentPhase Phase, double HoursAgo, string Model, string? Assignee, ReportableKind Reportable)[] Catalogue =
    [
        (1, "Prompt injection exfiltrates order history through the support assistant", IncidentSeverity.Sev1, "LLM01", IncidentPhase.Triaged, 6, "support-assistant", Officer, ReportableKind.None),
        (2, "Fraud scorer approves a burst of known-bad cards after retraining", IncidentSeverity.Sev2, "ML02", IncidentPhase.New, 3, "fraud-scorer", null, ReportableKind.None),
        (3, "CV screening ranked applicants by postcode", IncidentSeverity.Sev1, "ML08", IncidentPhase.Contained, 30, "hr-screening", Officer, ReportableKind.Standard),
        (4, "Knowledge-base answers quote another customer's ticket", IncidentSeverity.Sev2, "LLM08", IncidentPhase.Eradicated, 50, "kb-rag", Admin, ReportableKind.None),
        (5, "Code assistant suggests a hard-coded API secret", IncidentSeverity.Sev3, "LLM02", IncidentPhase.Recovered, 24 * 6, "code-assistant", Officer, ReportableKind.None),
        (6, "KYC checker accepts a printed photo of an ID card", IncidentSeverity.Sev2, "ML01", IncidentPhase.Closed, 24 * 20, "kyc-doc-check", Officer, ReportableKind.None),
        (7, "Image moderation bypassed with adversarial noise", IncidentSeverity.Sev3, "AML.TA0007", IncidentPhase.Closed, 24 * 34, "image-moderation", Admin, ReportableKind.None),
        (8, "Credit limit advisor unreachable after certificate expiry", IncidentSeverity.Sev4, "Other", IncidentPhase.Closed, 24 * 48, "credit-limit", Officer, ReportableKind.None),
        (9, "Support assistant invents refund policy", IncidentSeverity.Sev3, "LLM09", IncidentPhase.New, 1, "support-assistant", null, ReportableKind.None),
        (10, "Unusual query volume against the AML screening endpoint", IncidentSeverity.Sev4, "LLM10", IncidentPhase.Triaged, 20, "aml-screening", Admin, ReportableKind.None),
    ];

    public int Order => 20;

    public async Task ContributeAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var year = now.Year;
        var existing = await db.Incidents.Where(i => i.Year == year).Select(i => i.Number).ToListAsync(cancellationToken);
        var models = await db.Models.ToDictionaryAsync(m => m.Key, m => m.Id, cancellationToken);
        foreach (var entry in Catalogue.Where(e => !existing.Contains(e.Number) && models.ContainsKey(e.Model)))
        {
            var detected = now.AddHours(-entry.HoursAgo);
            var incident = new Incident
            {
                Year = year,
                Number = entry.Number,
                Ref = IncidentRef.Format(year, entry.Number),
                Title = entry.Title,
                Description = entry.Number == ReportedByStaff
                    ? $"{entry.Title}. A customer was promised a refund the policy does not allow; reported from the support desk."
                    : $"{entry.Title}. Raised from monitoring; see the timeline for what has been done.",
                Severity = entry.Severity,
                Category = entry.Category,
                DetectedAt = detected,
                Reporter = entry.Number == ReportedByStaff ? Staff : "monitoring@demo.local",
                Assignee = entry.Assignee,
                Reportable = entry.Reportable,
                ReportableSince = entry.Reportable == ReportableKind.None ? null : detected.AddHours(2),
                AffectedModels = [new IncidentAffectedModel { ModelId = models[entry.Model], ModelKey = entry.Model }],
            };
            db.Incidents.Add(incident);
            db.IncidentTimeline.Add(Line(incident, detected, incident.Reporter, TimelineEntryKind.System,
                $"Opened as {IncidentSeverities.Label(entry.Severity)} by {(entry.Number == ReportedByStaff ? Staff : "monitoring")}."));
            WalkTo(db, incident, entry.Phase, detected, entry.HoursAgo);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Moves the incident through the real workflow, spacing the steps over the time since detection.</summary>
    private static void WalkTo(PortalDbContext db, Incident incident, IncidentPhase target, DateTimeOffset detected, double hoursAgo)
    {
        var steps = (int)target;
        var at = detected;
        for (var phase = IncidentPhase.New; phase < target; phase++)
        {
            at = at.AddHours(hoursAgo * 0.8 / Math.Max(steps, 1) * (phase == IncidentPhase.New ? 0.1 : 1));
            var next = phase + 1;
            var details = next == IncidentPhase.Closed
                ? new TransitionDetails(null, "Missing control on the serving path; see the linked findings.", "Add the control to the deployment checklist and monitor for it.")
                : new TransitionDetails();
            incident.MoveTo(next, details, at);
            db.IncidentTimeline.Add(Line(incident, at, incident.Assignee ?? Officer, TimelineEntryKind.PhaseChange, $"{phase} → {next}"));
        }
    }

    private static IncidentTimelineEntry Line(Incident incident, DateTimeOffset at, string actor, TimelineEntryKind kind, string text) => new()
    {
        IncidentId = incident.Id,
        OccurredAt = at,
        Actor = actor,
        Kind = kind,
        Text = text,
    };
}
