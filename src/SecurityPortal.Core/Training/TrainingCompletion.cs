using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Training;

/// <summary>A checked attempt at a course: when, the score if any, and whether it passed.</summary>
public sealed record TrainingCompletion(DateTimeOffset CompletedAt, int? Score, bool Passed, string? Attestation)
{
    /// <summary>How far ahead of the server's clock a completion time may lie (clocks drift).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Checks an attempt against the course: a time not in the future and not before the assignment existed, a score
    /// of 0–100 that a scored course requires (an unscored one takes none), and, from a person, an attestation.
    /// Below the pass mark the attempt is recorded as failed.
    /// </summary>
    public static TrainingCompletion Check(
        Course course, DateTimeOffset assignedAt, DateTimeOffset? completedAt, int? score, bool attestationRequired, bool attested, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var at = completedAt ?? now;
        if (at > now + ClockSkew)
        {
            errors.Add("completedAt", "A completion cannot lie in the future.");
        }
        else if (at < assignedAt.AddDays(-1))
        {
            // A day's grace: an LMS may report a completion stamped in its own time zone just before the assignment.
            errors.Add("completedAt", $"The course was assigned on {assignedAt:yyyy-MM-dd}; a completion before that belongs to an earlier assignment.");
        }

        if (course.PassingScore is not null && score is null)
        {
            errors.Add("score", $"{course.Code} is scored: give the score (pass mark {course.PassingScore}).");
        }
        else if (score is < 0 or > 100)
        {
            errors.Add("score", "A score is between 0 and 100.");
        }
        else if (course.PassingScore is null && score is not null)
        {
            errors.Add("score", $"{course.Code} is not scored; leave the score out.");
        }

        if (attestationRequired && !attested)
        {
            errors.Add("attestation", "Confirm that you completed the course yourself.");
        }

        errors.ThrowIfAny();
        var passed = course.PassingScore is not { } pass || score >= pass;
        return new TrainingCompletion(at, score, passed, attestationRequired ? "I confirm I completed this course myself." : null);
    }
}
