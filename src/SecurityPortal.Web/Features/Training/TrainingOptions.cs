using System.ComponentModel.DataAnnotations;

namespace SecurityPortal.Web.Features.Training;

/// <summary>Settings of training, bound from <c>Portal:Training</c>; the job's schedule is <c>Jobs:TrainingCron</c>.</summary>
public sealed class TrainingOptions
{
    public const string Section = "Portal:Training";

    /// <summary>Approving a model version needs the approver's mandatory training to be current.</summary>
    public bool ReleaseGate { get; set; } = true;

    /// <summary>Days a person has to take a mandatory course from the day it is assigned to them.</summary>
    [Range(1, 365, ErrorMessage = "must be between {1} and {2} days")]
    public int MandatoryDueDays { get; set; } = 30;

    /// <summary>Days before a completion expires that its renewal is assigned.</summary>
    [Range(0, 365, ErrorMessage = "must be between {1} and {2} days")]
    public int RenewalDays { get; set; } = 30;

    /// <summary>Days before the due date that the person is reminded.</summary>
    [Range(1, 60, ErrorMessage = "must be between {1} and {2} days")]
    public int ReminderDays { get; set; } = 7;
}
