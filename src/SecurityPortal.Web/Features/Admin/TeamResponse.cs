namespace SecurityPortal.Web.Features.Admin;

public sealed record TeamResponse(Guid Id, string Name, string? Description, bool IsActive);
