namespace SecurityPortal.Core.Training;

public enum TrainingReminderKind
{
    DueSoon,
    Overdue,
}
