using SecurityPortal.Core.Common;
using SecurityPortal.Core.Controls;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Audits;

/// <summary>
/// A plan's fields as the form and the API send them, checked in one place. Model keys and teams are checked against
/// the database by the caller; everything that needs no data is checked here.
/// </summary>
public sealed record AuditPlanDetails(
    string Title,
    AuditRecurrence Recurrence,
    DateOnly AnchorOn,
    int LeadDays,
    string LeadAuditor,
    IReadOnlyList<string> ModelKeys,
    IReadOnlyList<RiskTier> RiskTiers,
    IReadOnlyList<string> Teams,
    IReadOnlyList<string> ControlCodes)
{
    public const int DefaultLeadDays = 14;

    /// <summary>
    /// Trims and checks every field, collecting all errors before throwing a <see cref="ValidationFailedException"/>:
    /// a title, a known recurrence, an anchor date, a lead time shorter than the period, a lead auditor, a scope that
    /// names models or a rule but not both, and control codes the catalogue knows (spelled as it spells them).
    /// </summary>
    public static AuditPlanDetails Parse(
        string? title,
        string? recurrence,
        DateOnly? anchorOn,
        int? leadDays,
        string? leadAuditor,
        IEnumerable<string>? modelKeys,
        IEnumerable<string>? riskTiers,
        IEnumerable<string>? teams,
        IEnumerable<string>? controlCodes)
    {
        var errors = new FieldErrors();
        var trimmedTitle = title?.Trim() ?? string.Empty;
        if (trimmedTitle.Length == 0)
        {
            errors.Add("title", "Give the plan a title.");
        }
        else if (trimmedTitle.Length > AuditPlan.MaxTitleLength)
        {
            errors.Add("title", $"The title is at most {AuditPlan.MaxTitleLength} characters.");
        }

        var cadence = errors.Enum<AuditRecurrence>("recurrence", recurrence?.Trim());
        var cadenceKnown = !errors.Has("recurrence");
        if (anchorOn is null)
        {
            errors.Add("anchorOn", "Give the first due date; later ones are counted from it.");
        }

        var lead = leadDays ?? DefaultLeadDays;
        if (cadenceKnown && (lead < 0 || lead > AuditCycle.MaxLeadDays(cadence)))
        {
            errors.Add("leadDays", $"A {cadence} plan opens between 0 and {AuditCycle.MaxLeadDays(cadence)} days before each due date.");
        }

        var auditor = leadAuditor?.Trim() ?? string.Empty;
        if (auditor.Length == 0)
        {
            errors.Add("leadAuditor", "Name the lead auditor.");
        }

        var keys = Distinct(modelKeys);
        var tiers = new List<RiskTier>();
        foreach (var tier in Distinct(riskTiers))
        {
            tiers.Add(errors.Enum<RiskTier>("riskTiers", tier));
        }

        var teamNames = Distinct(teams);
        if (keys.Count > 0 && (tiers.Count > 0 || teamNames.Count > 0))
        {
            errors.Add("scope", "Name models, or give a rule by risk tier and team, not both.");
        }

        var codes = new List<string>();
        foreach (var code in Distinct(controlCodes))
        {
            if (ControlCatalogue.Find(code) is { } control)
            {
                codes.Add(control.Code);
            }
            else
            {
                errors.Add("controls", $"'{code}' is not a control of the catalogue.");
            }
        }

        errors.ThrowIfAny();
        return new AuditPlanDetails(trimmedTitle, cadence, anchorOn!.Value, lead, auditor, keys, [.. tiers.Distinct()], teamNames, [.. codes.Distinct()]);
    }

    private static List<string> Distinct(IEnumerable<string>? values) =>
        [.. (values ?? []).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
}
