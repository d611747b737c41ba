using Microsoft.AspNetCore.Identity;

namespace SecurityPortal.Data.Identity;

public sealed class PortalRole : IdentityRole<Guid>
{
    public PortalRole()
    {
        Id = Guid.CreateVersion7();
    }

    public PortalRole(string name)
        : this()
    {
        Name = name;
        NormalizedName = name.ToUpperInvariant();
    }
}
