using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Incidents;

/// <summary>
/// The allowed moves of an incident: one phase forward at a time, and a closed incident can be
/// reopened to Triaged. Skipping is refused so every incident leaves a containment, eradication and
/// recovery record behind, which is what audits ask to see.
/// </summary>
public static class IncidentWorkflow
{
    private static readonly Dictionary<IncidentPhase, IncidentPhase[]> Allowed = new()
    {
        [IncidentPhase.New] = [IncidentPhase.Triaged],
        [IncidentPhase.Triaged] = [IncidentPhase.Contained],
        [IncidentPhase.Contained] = [IncidentPhase.Eradicated],
        [IncidentPhase.Eradicated] = [IncidentPhase.Recovered],
        [IncidentPhase.Recovered] = [IncidentPhase.Closed],
        [IncidentPhase.Closed] = [IncidentPhase.Triaged],
    };

    public static bool CanMove(IncidentPhase from, IncidentPhase to) => Allowed[from].Contains(to);

    public static IReadOnlyList<IncidentPhase> NextPhases(IncidentPhase from) => Allowed[from];

    public static bool IsOpen(IncidentPhase phase) => phase != IncidentPhase.Closed;

    public static bool IsReopen(IncidentPhase from, IncidentPhase to) =>
        from == IncidentPhase.Closed && to == IncidentPhase.Triaged;

    /// <summary>
    /// Throws a <see cref="ConflictException"/> naming the allowed moves when this one is not, then a
    /// <see cref="ValidationFailedException"/> when closing lacks a root cause or lessons learned, or
    /// reopening lacks a reason. The move is checked first: fixing the fields cannot make it allowed.
    /// </summary>
    public static void EnsureCanMove(IncidentPhase from, IncidentPhase to, TransitionDetails details)
    {
        if (!CanMove(from, to))
        {
            throw new ConflictException(
                $"A {from} incident cannot become {to}; it can become {string.Join(" or ", Allowed[from])}.");
        }

        var errors = new FieldErrors();
        if (to == IncidentPhase.Closed)
        {
            if (string.IsNullOrWhiteSpace(details.RootCause))
            {
                errors.Add("rootCause", "Record the root cause before closing the incident.");
            }

            if (string.IsNullOrWhiteSpace(details.LessonsLearned))
            {
                errors.Add("lessonsLearned", "Record the lessons learned before closing the incident.");
            }
        }

        if (IsReopen(from, to) && string.IsNullOrWhiteSpace(details.Note))
        {
            errors.Add("note", "Say why the incident is being reopened.");
        }

        errors.ThrowIfAny();
    }
}
