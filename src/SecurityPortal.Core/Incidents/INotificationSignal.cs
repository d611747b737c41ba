namespace SecurityPortal.Core.Incidents;

/// <summary>
/// Told, once a save has committed, whom it sent portal notifications to, so their open pages can show them at once
/// instead of at the next poll.
/// </summary>
public interface INotificationSignal
{
    void Delivered(IReadOnlyCollection<string> recipients);
}
