using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Incidents;

/// <summary>
/// A security incident affecting AI models, worked through the NIST SP 800-61 phases. Milestone times
/// are stamped by the phase changes so SLA clocks and metrics never depend on someone remembering.
/// </summary>
public sealed class Incident : Entity
{
    public int Year { get; set; }

    public int Number { get; set; }

    /// <summary>The reference people quote, e.g. <c>INC-2026-0042</c>; unique.</summary>
    public required string Ref { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    public IncidentSeverity Severity { get; set; }

    /// <summary>A MITRE ATLAS tactic, OWASP LLM/ML id or "Other"; see <see cref="IncidentCategory"/>.</summary>
    public required string Category { get; set; }

    public IncidentPhase Phase { get; set; } = IncidentPhase.New;

    public DateTimeOffset DetectedAt { get; set; }

    public required string Reporter { get; set; }

    /// <summary>The e-mail of the person working the incident, if anyone is.</summary>
    public string? Assignee { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public DateTimeOffset? ContainedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? RootCause { get; set; }

    public string? LessonsLearned { get; set; }

    /// <summary>Whether, and how urgently, this is a serious incident to report under EU AI Act Art. 73.</summary>
    public ReportableKind Reportable { get; set; }

    /// <summary>When the organisation became aware it is reportable; the Art. 73 clock starts here.</summary>
    public DateTimeOffset? ReportableSince { get; set; }

    public DateTimeOffset? ReportedAt { get; set; }

    /// <summary>The reference the market surveillance authority gave the Art. 73 report.</summary>
    public string? AuthorityReference { get; set; }


    public List<IncidentAffectedModel> AffectedModels { get; set; } = [];

    public IncidentMilestones Milestones => new(DetectedAt, AcknowledgedAt, ContainedAt, ResolvedAt);

    /// <summary>Moves to <paramref name="to"/> if the workflow allows it, stamping the milestones it reaches.</summary>
    public void MoveTo(IncidentPhase to, TransitionDetails details, DateTimeOffset at)
    {
        IncidentWorkflow.EnsureCanMove(Phase, to, details);
        if (IncidentWorkflow.IsReopen(Phase, to))
        {
            ResolvedAt = null;
            ClosedAt = null;
        }

        AcknowledgedAt ??= at;
        if (to >= IncidentPhase.Contained)
        {
            ContainedAt ??= at;
        }

        if (to >= IncidentPhase.Recovered)
        {
            ResolvedAt ??= at;
        }

        if (to == IncidentPhase.Closed)
        {
            ClosedAt = at;
            RootCause = details.RootCause!.Trim();
            LessonsLearned = details.LessonsLearned!.Trim();
        }

        Phase = to;
    }

    /// <summary>The SLA clocks under <paramref name="policy"/>, plus the Art. 73 report clock when reportable.</summary>
    public IReadOnlyList<SlaClockState> Clocks(SlaPolicy policy, DateTimeOffset now)
    {
        var clocks = SlaClock.Evaluate(policy.For(Severity), Milestones, now).ToList();
        if (EscalationRule.ReportClock(Reportable, ReportableSince ?? DetectedAt, ReportedAt, now) is { } report)
        {
            clocks.Add(report);
        }

        return clocks;
    }
}
