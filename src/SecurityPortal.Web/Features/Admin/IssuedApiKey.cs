namespace SecurityPortal.Web.Features.Admin;

/// <summary>A new key and its secret: shown to the administrator once, never stored.</summary>
public sealed record IssuedApiKey(ApiKeyRow Key, string Secret);
