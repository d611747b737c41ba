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

    public void SetUser(ClaimsPrincipal? user, string? correlationId)
    {
        Name = user?.Identity is { IsAuthenticated: true } identity
            ? identity.Name ?? user.FindFirstValue(ClaimTypes.Email) ?? "unknown user"
            : Anonymous;
        CorrelationId = correlationId;
    }

    public void SetSystem(string name, string? correlationId)
    {
        Name = name;
        CorrelationId = correlationId;
    }
}
