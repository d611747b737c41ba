using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Training;

/// <summary>
/// One person owing one course by a date. A person holds at most one open assignment per course; each new one (a
/// renewal, a re-assignment after completion) takes the next <see cref="Round"/>, and the pair course × person ×
/// round is unique in the database, so however many runs or requests race, each assignment exists once.
/// </summary>
public sealed class TrainingAssignment : Entity
{
    public const int MaxAttestationLength = 500;

    public Guid CourseId { get; set; }

    public required string CourseCode { get; set; }

    public Guid UserId { get; set; }

    public required string UserEmail { get; set; }

    /// <summary>1 for the person's first assignment of the course, then one more each time.</summary>
    public int Round { get; set; } = 1;

    public DateOnly DueOn { get; set; }

    public AssignmentStatus Status { get; set; } = AssignmentStatus.Assigned;

    public AssignmentSource Source { get; set; }

    /// <summary>When the person first opened the course from the portal; null means never started.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>The last attempt's score out of 100, for scored courses.</summary>
    public int? Score { get; set; }

    public int Attempts { get; set; }

    /// <summary>The last day the completion counts, for recurring courses.</summary>
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>Who recorded the completion: the person attesting, or the LMS's key.</summary>
    public string? CompletedBy { get; set; }

    public string? Attestation { get; set; }

    public bool IsOpen => Status != AssignmentStatus.Completed;

    public bool IsOverdueOn(DateOnly today) => IsOpen && DueOn < today;

    /// <summary>Completed and not expired on <paramref name="today"/>.</summary>
    public bool IsCurrentOn(DateOnly today) => Status == AssignmentStatus.Completed && (ExpiresOn is null || ExpiresOn >= today);

    /// <summary>
    /// Records an attempt already checked by <see cref="TrainingCompletion.Check"/>: passed, the assignment is
    /// completed and expires by the course's recurrence; failed, it stays open with the score kept.
    /// </summary>
    public void Record(TrainingCompletion completion, Course course, string by)
    {
        if (Status == AssignmentStatus.Completed)
        {
            throw new ConflictException($"{UserEmail} already completed {CourseCode} on {CompletedAt:yyyy-MM-dd}.");
        }

        Attempts++;
        Score = completion.Score;
        CompletedBy = by;
        Attestation = completion.Attestation;
        if (completion.Passed)
        {
            Status = AssignmentStatus.Completed;
            CompletedAt = completion.CompletedAt;
            ExpiresOn = course.ExpiresOn(DateOnly.FromDateTime(completion.CompletedAt.UtcDateTime));
        }
        else
        {
            Status = AssignmentStatus.Failed;
        }
    }
}
