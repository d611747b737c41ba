namespace SecurityPortal.Core.Assessments;

/// <summary>A team's score at the end of a successful run (<see cref="ComplianceScore.ForTeam"/>); one row per team per run.</summary>
public sealed class TeamScore
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TeamId { get; set; }

    public Guid RunId { get; set; }

    public DateTimeOffset At { get; set; }

    public int Score { get; set; }

    public int Models { get; set; }
}
