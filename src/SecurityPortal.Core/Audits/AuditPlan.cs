using SecurityPortal.Core.Common;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Audits;

/// <summary>
/// A recurring audit: what it covers, how often it falls due, who leads it and what it checks. The job creates each
/// cycle's audits from it (<see cref="AuditCycle.Current"/>); a paused plan creates none.
/// </summary>
public sealed class AuditPlan : Entity
{
    public const int MaxTitleLength = 200;

    public required string Title { get; set; }

    public AuditRecurrence Recurrence { get; set; }

    /// <summary>The first due date; every later one is counted from it.</summary>
    public DateOnly AnchorOn { get; set; }

    /// <summary>Days before each due date that the cycle's audits open.</summary>
    public int LeadDays { get; set; }

    /// <summary>The e-mail of the person who leads every audit of the plan and gets its reminders.</summary>
    public required string LeadAuditor { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The explicit models of <see cref="Scope"/>, comma-separated; stored flat because only the job reads them.</summary>
    public string ScopeModelIds { get; set; } = string.Empty;

    public string ScopeRiskTiers { get; set; } = string.Empty;

    public string ScopeTeamIds { get; set; } = string.Empty;

    /// <summary>The chosen control codes, comma-separated; empty means every control that applies to the model.</summary>
    public string ChecklistCodes { get; set; } = string.Empty;

    public AuditScope Scope => new(
        Split(ScopeModelIds).Select(Guid.Parse).ToHashSet(),
        Split(ScopeRiskTiers).Select(Enum.Parse<RiskTier>).ToHashSet(),
        Split(ScopeTeamIds).Select(Guid.Parse).ToHashSet());

    public IReadOnlyList<string> Checklist => [.. Split(ChecklistCodes)];

    public void SetScope(AuditScope scope)
    {
        ScopeModelIds = string.Join(',', scope.Models.Order());
        ScopeRiskTiers = string.Join(',', scope.RiskTiers.Order());
        ScopeTeamIds = string.Join(',', scope.Teams.Order());
    }

    public void SetChecklist(IEnumerable<string> codes) => ChecklistCodes = string.Join(',', codes.Order(StringComparer.Ordinal));

    public AuditCycle? CurrentCycle(DateOnly today) => AuditCycle.Current(AnchorOn, Recurrence, LeadDays, today);

    /// <summary>
    /// The controls a model's audit checks: the chosen ones, or all, narrowed to those that apply to the model's risk
    /// tier, in catalogue order.
    /// </summary>
    public IReadOnlyList<SecurityControl> ChecklistFor(RiskTier tier)
    {
        var chosen = Checklist.ToHashSet(StringComparer.Ordinal);
        return [.. ControlCatalogue.ApplicableTo(tier, null).Where(c => chosen.Count == 0 || chosen.Contains(c.Code))];
    }

    /// <summary>
    /// The audit of one model for <paramref name="cycle"/>, with its checklist: led by the plan's lead auditor as of now,
    /// items in catalogue order. The caller saves both.
    /// </summary>
    public (Audit Audit, IReadOnlyList<AuditItem> Items) Open(Guid modelId, string modelKey, RiskTier tier, AuditCycle cycle)
    {
        var checklist = ChecklistFor(tier);
        var audit = new Audit
        {
            PlanId = Id,
            ModelId = modelId,
            ModelKey = modelKey,
            DueOn = cycle.DueOn,
            OpensOn = cycle.OpensOn,
            LeadAuditor = LeadAuditor,
            ItemCount = checklist.Count,
        };
        return (audit, [.. checklist.Select((control, position) => new AuditItem { AuditId = audit.Id, ControlCode = control.Code, Position = position })]);
    }

    private static string[] Split(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
