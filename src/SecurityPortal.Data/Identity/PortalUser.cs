using Microsoft.AspNetCore.Identity;
using SecurityPortal.Core.Common;

namespace SecurityPortal.Data.Identity;

/// <summary>
/// A person who signs in to the portal: an Identity user with a display name, a team and a theme choice.
/// </summary>
public sealed class PortalUser : IdentityUser<Guid>, ITrackedEntity
{
    public PortalUser()
    {
        Id = Guid.CreateVersion7();
    }

    public required string DisplayName { get; set; }

    public Guid? TeamId { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>
    /// Set while the person signs in with a one-time password an administrator handed over: until they
    /// choose their own, the portal shows them nothing but the page to do so.
    /// </summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Null follows the browser's preference; true or false is the user's own choice.</summary>
    public bool? PrefersDarkMode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset ModifiedAt { get; set; }

    public string ModifiedBy { get; set; } = string.Empty;
}
