namespace SecurityPortal.Web.Features.Models;

/// <summary>Settings of the Models area, bound from <c>Portal:Models</c>.</summary>
public sealed class ModelOptions
{
    public const string Section = "Portal:Models";

    /// <summary>Nobody, person or API key, approves a version they registered themselves. On by default.</summary>
    public bool RequireSeparateApprover { get; set; } = true;
}
