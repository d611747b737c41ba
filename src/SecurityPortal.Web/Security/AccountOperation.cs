using Microsoft.AspNetCore.Identity;
using SecurityPortal.Data.Identity;

namespace SecurityPortal.Web.Security;

/// <summary>
/// Identity's <see cref="UserManager{TUser}"/> for one operation. The manager holds a database context for
/// its scope, and a live page's scope lasts as long as the page: an account it loaded earlier would be
/// saved back stale (and refused as changed by someone else). Each operation gets a fresh scope that acts
/// as the same person, so the audit trail still names them.
/// </summary>
public sealed class AccountOperation : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;

    private AccountOperation(AsyncServiceScope scope, CurrentActor actor)
    {
        _scope = scope;
        scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAs(actor);
        Users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
    }

    public UserManager<PortalUser> Users { get; }

    public static AccountOperation Start(IServiceScopeFactory scopes, CurrentActor actor) => new(scopes.CreateAsyncScope(), actor);

    public ValueTask DisposeAsync() => _scope.DisposeAsync();
}
