using SecurityPortal.Web.Features.Incidents;
using SecurityPortal.Web.Features.Models;

namespace SecurityPortal.Web.Features.Dashboard;

/// <summary>Everything on the dashboard; an area's part is null when the viewer may not see that area.</summary>
public sealed record DashboardFigures(int Teams, int Users, long AuditEntries, InventoryFigures? Inventory, IncidentOverview? Incidents, FindingFigures? Findings = null, SecurityPortal.Web.Features.Audits.AuditFigures? Audits = null, TrainingFigures? Training = null, TrendFigures? Trends = null);

/// <summary>Open findings by severity and the portfolio's average score at the latest run (null before the first).</summary>
public sealed record FindingFigures(IReadOnlyDictionary<SecurityPortal.Core.Assessments.FindingSeverity, int> OpenBySeverity, int? AverageScore);

/// <summary>
/// Training: what the person owes (everyone), and for those who oversee training the completion rate and overdue
/// count over every team they may see (null for others).
/// </summary>
public sealed record TrainingFigures(int MineOpen, int MineOverdue, int? CompletionPercent, int? Overdue);
