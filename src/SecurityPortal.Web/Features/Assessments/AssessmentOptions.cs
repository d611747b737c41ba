using System.ComponentModel.DataAnnotations;
using SecurityPortal.Core.Assessments;

namespace SecurityPortal.Web.Features.Assessments;

/// <summary>Settings of the assessment, bound from <c>Portal:Assessments</c>; the schedule is <c>Jobs:AssessmentCron</c>.</summary>
public sealed class AssessmentOptions : IValidatableObject
{
    public const string Section = "Portal:Assessments";

    /// <summary>Models per transaction: large enough that a run of 10,000 models is a few dozen round trips, small enough to keep each save short.</summary>
    [Range(10, 5000, ErrorMessage = "must be between {1} and {2}")]
    public int BatchSize { get; set; } = 1000;

    /// <summary>A control status older than this is reported as not reviewed.</summary>
    [Range(1, 3650, ErrorMessage = "must be between {1} and {2} days")]
    public int ReviewPeriodDays { get; set; } = 180;

    /// <summary>A run that has saved nothing for this long was left by a node that went away; a new run may take over.</summary>
    [Range(1, 1440, ErrorMessage = "must be between {1} and {2} minutes")]
    public int AbandonedAfterMinutes { get; set; } = 15;

    /// <summary>Days to fix a finding, by severity, counted from when it opens or reopens.</summary>
    public FindingDueDays FindingDue { get; set; } = new();

    public FindingDuePolicy DuePolicy => new(
        TimeSpan.FromDays(FindingDue.Critical),
        TimeSpan.FromDays(FindingDue.High),
        TimeSpan.FromDays(FindingDue.Medium),
        TimeSpan.FromDays(FindingDue.Low));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var problems = new List<ValidationResult>();
        try
        {
            DuePolicy.Validate();
        }
        catch (Core.Common.ValidationFailedException ex)
        {
            problems.Add(new ValidationResult(ex.Message, [nameof(FindingDue)]));
        }

        return problems;
    }
}

/// <summary>The finding due-date policy in whole days (<see cref="FindingDuePolicy.Default"/>).</summary>
public sealed class FindingDueDays
{
    [Range(1, 3650, ErrorMessage = "must be between {1} and {2} days")]
    public int Critical { get; set; } = 7;

    [Range(1, 3650, ErrorMessage = "must be between {1} and {2} days")]
    public int High { get; set; } = 30;

    [Range(1, 3650, ErrorMessage = "must be between {1} and {2} days")]
    public int Medium { get; set; } = 90;

    [Range(1, 3650, ErrorMessage = "must be between {1} and {2} days")]
    public int Low { get; set; } = 180;
}
