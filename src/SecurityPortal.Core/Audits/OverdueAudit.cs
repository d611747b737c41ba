namespace SecurityPortal.Core.Audits;

/// <summary>An audit past its due date and not signed off, as the assessment's audit rule reads it.</summary>
public sealed record OverdueAudit(Guid PlanId, string PlanTitle, DateOnly DueOn);
