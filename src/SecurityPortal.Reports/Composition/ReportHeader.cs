namespace SecurityPortal.Reports.Composition;

/// <summary>What every page of a report repeats: whose report, which report, when it was made and its document id.</summary>
public sealed record ReportHeader(string Organisation, string Title, string DocumentId, DateTimeOffset GeneratedAt);
