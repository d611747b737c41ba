namespace SecurityPortal.Web.Api;

public sealed record ApiClientInfo(string Name, IReadOnlyList<string> Scopes);
