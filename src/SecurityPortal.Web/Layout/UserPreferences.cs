using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Data;

namespace SecurityPortal.Web.Layout;

/// <summary>Saves the signed-in user's own display choices on their profile (audited like any change).</summary>
public sealed class UserPreferences(IDbContextFactory<PortalDbContext> contexts, AuthenticationStateProvider authentication)
{
    public async Task SaveDarkModeAsync(bool dark)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var name = state.User.Identity?.IsAuthenticated == true ? state.User.Identity.Name : null;
        if (name is null)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync();
        var normalized = name.ToUpperInvariant();
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == normalized);
        if (user is null || user.PrefersDarkMode == dark)
        {
            return;
        }

        user.PrefersDarkMode = dark;
        await db.SaveChangesAsync();
    }
}
