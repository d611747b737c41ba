namespace SecurityPortal.Core.Incidents;

/// <summary>
/// What a responder supplies with a phase change. Closing needs the root cause and lessons learned;
/// reopening needs a note saying why.
/// </summary>
public sealed record TransitionDetails(string? Note = null, string? RootCause = null, string? LessonsLearned = null);
