namespace SecurityPortal.Web.Features.Training;

/// <summary>What the completion form collected for one assignment.</summary>
public sealed record TrainingCompletionInput(Guid AssignmentId, int? Score, bool Attested);
