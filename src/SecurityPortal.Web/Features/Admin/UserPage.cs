namespace SecurityPortal.Web.Features.Admin;

public sealed record UserPage(IReadOnlyList<UserRow> Rows, int Total);
