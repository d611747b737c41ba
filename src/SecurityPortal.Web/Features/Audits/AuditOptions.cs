using System.ComponentModel.DataAnnotations;

namespace SecurityPortal.Web.Features.Audits;

/// <summary>Settings of audits, bound from <c>Portal:Audits</c>; the schedule is <c>Jobs:AuditScheduleCron</c>.</summary>
public sealed class AuditOptions
{
    public const string Section = "Portal:Audits";

    /// <summary>How many days before an audit's due date its lead auditor is reminded.</summary>
    [Range(1, 60, ErrorMessage = "must be between {1} and {2} days")]
    public int ReminderDays { get; set; } = 7;
}
