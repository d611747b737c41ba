using System.Security.Claims;
using SecurityPortal.Core.Auditing;

namespace SecurityPortal.Web.Security;

/// <summary>
/// The scoped answer to "who is acting": filled from the signed-in user by <see cref="CurrentActorMiddleware"/>
/// for HTTP requests, by <see cref="CurrentActorCircuitHandler"/> for Blazor circuits, and by jobs for themselves.
/// </summary>
public sealed class CurrentActor : IAuditActor
{
    public const string Anonymous = "anonymous";

    public string Name { get; private set; } = "system";

    public string? CorrelationId { get; private set; }

    /// <summary>The signed-in person or API client; null for the portal itself (jobs, start-up).</summary>
    private ClaimsPrincipal? _principal;

    public void SetUser(ClaimsPrincipal? user, string? correlationId)
    {
        var signedIn = user?.Identity is { IsAuthenticated: true };
        Name = signedIn
            ? user!.Identity!.Name ?? user.FindFirstValue(ClaimTypes.Email) ?? "unknown user"
            : Anonymous;
        _principal = signedIn ? user : new ClaimsPrincipal(new ClaimsIdentity());
        CorrelationId = correlationId;
    }

    public void SetSystem(string name, string? correlationId)
    {
        Name = name;
        _principal = null;
        CorrelationId = correlationId;
    }

    /// <summary>Acts as <paramref name="other"/> does, in another scope of the same operation.</summary>
    public void ActAs(CurrentActor other)
    {
        Name = other.Name;
        _principal = other._principal;
        CorrelationId = other.CorrelationId;
    }

    /// <summary>The portal itself (a job, start-up) or an API client admitted by its scope: not bound to a team.</summary>
    public bool IsSystemOrClient =>
        _principal is null || _principal.HasClaim(c => c.Type == ApiKeys.ApiKeyAuthenticationHandler.ScopeClaim);

    /// <summary>The signed-in person acting, or null for the portal itself and API clients.</summary>
    public ClaimsPrincipal? Person => IsSystemOrClient ? null : _principal;

    /// <summary>Whether a signed-in person holds <paramref name="role"/> (false for the system and API clients).</summary>
    public bool HasRole(string role) => !IsSystemOrClient && _principal!.IsInRole(role);

    /// <summary>
    /// Whether the one acting holds a role that <paramref name="policy"/> admits. The portal's own jobs may do
    /// everything; API clients were admitted by their endpoint's scope policy and act within that scope.
    /// </summary>
    public bool Allows(string policy)
    {
        return IsSystemOrClient || PermissionMatrix.Policies[policy].Any(_principal!.IsInRole);
    }
}
