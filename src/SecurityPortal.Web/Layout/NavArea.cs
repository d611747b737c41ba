namespace SecurityPortal.Web.Layout;

/// <summary>One entry of the main navigation: an area of the portal and the policy that opens it.</summary>
public sealed record NavArea(string Title, string Href, string Icon, string Policy);
