namespace SecurityPortal.Web.Features.Admin;

public sealed record TeamRow(Guid Id, string Name, string? Description, bool IsActive, int Members, Guid ConcurrencyToken);
