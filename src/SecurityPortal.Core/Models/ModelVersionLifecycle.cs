using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Models;

/// <summary>
/// The allowed moves of a model version: Draft → InReview → Approved → Retired, with a review able to
/// send a version back to Draft. Approval freezes a version: nothing but retirement follows it.
/// </summary>
public static class ModelVersionLifecycle
{
    private static readonly Dictionary<ModelVersionState, ModelVersionState[]> Allowed = new()
    {
        [ModelVersionState.Draft] = [ModelVersionState.InReview, ModelVersionState.Retired],
        [ModelVersionState.InReview] = [ModelVersionState.Approved, ModelVersionState.Draft, ModelVersionState.Retired],
        [ModelVersionState.Approved] = [ModelVersionState.Retired],
        [ModelVersionState.Retired] = [],
    };

    public static bool CanMove(ModelVersionState from, ModelVersionState to) => Allowed[from].Contains(to);

    public static IReadOnlyList<ModelVersionState> NextStates(ModelVersionState from) => Allowed[from];

    /// <summary>Throws a <see cref="ConflictException"/> naming the allowed moves when this one is not.</summary>
    public static void EnsureCanMove(ModelVersionState from, ModelVersionState to)
    {
        if (CanMove(from, to))
        {
            return;
        }

        var allowed = Allowed[from];
        throw new ConflictException(allowed.Length == 0
            ? $"This version is {Labels.InSentence(from)} and cannot change any more."
            : $"This version is {Labels.InSentence(from)}: it cannot move to {Labels.InSentence(to)}, only to {string.Join(" or ", allowed.Select(Labels.InSentence))}.");
    }

    /// <summary>Approved and retired versions are immutable: their artifact, digest and notes never change.</summary>
    public static bool IsImmutable(ModelVersionState state) => state is ModelVersionState.Approved or ModelVersionState.Retired;
}
