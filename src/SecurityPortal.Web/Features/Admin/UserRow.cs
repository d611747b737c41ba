namespace SecurityPortal.Web.Features.Admin;

public sealed record UserRow(Guid Id, string Email, string DisplayName, string Role, Guid? TeamId, string? TeamName, bool IsActive);
