namespace SecurityPortal.Web.Features.Admin;

public sealed record NewUser(string Email, string DisplayName, string Role, Guid? TeamId);
