namespace SecurityPortal.Core.Common;

/// <summary>
/// An entity whose creation and last change are stamped (who and when) by the data layer.
/// </summary>
public interface ITrackedEntity
{
    DateTimeOffset CreatedAt { get; set; }

    string CreatedBy { get; set; }

    DateTimeOffset ModifiedAt { get; set; }

    string ModifiedBy { get; set; }
}
