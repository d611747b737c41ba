namespace SecurityPortal.Core.Incidents;

/// <summary>One entry of the category picker: the stored identifier and what it is called.</summary>
public sealed record IncidentCategoryOption(string Id, string Title);
