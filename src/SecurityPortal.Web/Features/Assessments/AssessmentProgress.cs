namespace SecurityPortal.Web.Features.Assessments;

/// <summary>
/// Tells open pages of this node that a run moved (queued, a batch saved, finished), so its progress bar moves
/// without a reload. Pages also poll while a run is active, which covers runs carried out by another node.
/// </summary>
public sealed class AssessmentProgress
{
    private readonly Lock _gate = new();
    private readonly List<Action<Guid>> _listeners = [];

    public IDisposable Subscribe(Action<Guid> onChange)
    {
        lock (_gate)
        {
            _listeners.Add(onChange);
        }

        return new Subscription(() =>
        {
            lock (_gate)
            {
                _listeners.Remove(onChange);
            }
        });
    }

    /// <summary>Called after the change is saved. A listener that throws is the page's problem, never the job's.</summary>
    public void Announce(Guid runId)
    {
        Action<Guid>[] listeners;
        lock (_gate)
        {
            listeners = [.. _listeners];
        }

        foreach (var listener in listeners)
        {
            try
            {
                listener(runId);
            }
            catch (ObjectDisposedException)
            {
                // A page that closed between the copy and the call.
            }
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
