using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Assessments;

/// <summary>
/// How long after it opens (or reopens) a finding of each severity must be fixed. The defaults follow common
/// vulnerability-management practice: a week for what is exploitable now, a month for serious exposure, a quarter
/// for missing safeguards, half a year for housekeeping.
/// </summary>
public sealed record FindingDuePolicy(TimeSpan Critical, TimeSpan High, TimeSpan Medium, TimeSpan Low)
{
    public static FindingDuePolicy Default { get; } = new(TimeSpan.FromDays(7), TimeSpan.FromDays(30), TimeSpan.FromDays(90), TimeSpan.FromDays(180));

    public TimeSpan For(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Critical => Critical,
        FindingSeverity.High => High,
        FindingSeverity.Medium => Medium,
        FindingSeverity.Low => Low,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a finding severity."),
    };

    /// <summary>When a finding of <paramref name="severity"/> opened at <paramref name="openedAt"/> falls due.</summary>
    public DateTimeOffset DueAt(FindingSeverity severity, DateTimeOffset openedAt) => openedAt + For(severity);

    /// <summary>
    /// Throws a <see cref="ValidationFailedException"/>, keyed by severity, when a target is not longer than zero or
    /// a more severe finding would get longer than a less severe one (equal targets are allowed). Run it at start-up
    /// so a mistyped setting stops the portal instead of giving findings due dates in the past.
    /// </summary>
    public void Validate()
    {
        var errors = new FieldErrors();
        foreach (var (name, target) in Targets())
        {
            if (target <= TimeSpan.Zero)
            {
                errors.Add(name, $"The {name} target must be longer than zero, not {target:c}.");
            }
        }

        if (!errors.HasAny)
        {
            var targets = Targets();
            for (var i = 1; i < targets.Length; i++)
            {
                if (targets[i].Target < targets[i - 1].Target)
                {
                    errors.Add(
                        targets[i].Name,
                        $"The {targets[i].Name} target ({targets[i].Target:c}) must not be shorter than the {targets[i - 1].Name} target ({targets[i - 1].Target:c}).");
                }
            }
        }

        errors.ThrowIfAny();
    }

    /// <summary>Most severe first, the order the targets must not shrink in.</summary>
    private (string Name, TimeSpan Target)[] Targets() =>
        [(nameof(Critical), Critical), (nameof(High), High), (nameof(Medium), Medium), (nameof(Low), Low)];
}
