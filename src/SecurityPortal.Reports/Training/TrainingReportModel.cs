namespace SecurityPortal.Reports.Training;

/// <summary>What the training completion report shows: rates overall, per team and per course, and who is overdue.</summary>
public sealed record TrainingReportModel(
    TrainingReportFigure Overall,
    IReadOnlyList<TrainingReportFigure> Teams,
    IReadOnlyList<TrainingReportFigure> Courses,
    IReadOnlyList<TrainingReportOverdue> Overdue,
    IReadOnlyList<TrainingReportWeek> Trend);

public sealed record TrainingReportFigure(string Name, int Assigned, int Completed, int Overdue, int Percent);

public sealed record TrainingReportOverdue(string Person, string? Team, string Course, DateOnly DueOn);

public sealed record TrainingReportWeek(DateOnly Week, int Percent);
