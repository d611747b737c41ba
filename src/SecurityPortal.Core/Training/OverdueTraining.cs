namespace SecurityPortal.Core.Training;

/// <summary>A mandatory assignment past its due date, for the assessment rule.</summary>
public sealed record OverdueTraining(string CourseCode, string Email, DateOnly DueOn);
