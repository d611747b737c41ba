using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SecurityPortal.Core.Security;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Integration.Tests.Security;

/// <summary>
/// Every page and endpoint names its policy (or is deliberately open), and each role is let in
/// exactly where the permission matrix says.
/// </summary>
public sealed class AuthorizationMatrixTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    // Deliberately open: the way in (the second step needs Identity's short-lived two-factor cookie),
    // and what must render for anyone who lost their way.
    private static readonly HashSet<string> AnonymousPages = ["/account/sign-in", "/account/sign-in/two-factor", "/not-found", "/error"];

    private static readonly Dictionary<string, string> DemoUserOfRole = new()
    {
        [PortalRoles.Administrator] = "admin@demo.local",
        [PortalRoles.SecurityOfficer] = "officer@demo.local",
        [PortalRoles.TeamLead] = "lead@demo.local",
        [PortalRoles.ComplianceOfficer] = "compliance@demo.local",
        [PortalRoles.Staff] = "staff@demo.local",
    };

    private static IEnumerable<(Type Page, string Route)> RoutablePages() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (t, r.Template)));

    [Fact]
    public void EveryRoutableComponentNamesAPolicyOrIsDeliberatelyOpen()
    {
        var unguarded = RoutablePages()
            .Where(p =>
            {
                var anonymous = p.Page.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
                var policy = p.Page.GetCustomAttributes<AuthorizeAttribute>().Any(a => !string.IsNullOrEmpty(a.Policy));
                return anonymous ? !AnonymousPages.Contains(p.Route) : !policy;
            })
            .Select(p => $"{p.Route} ({p.Page.Name})")
            .ToList();

        Assert.NotEmpty(RoutablePages());
        Assert.Empty(unguarded);
    }

    [Fact]
    public void EveryEndpointNamesAPolicyOrIsDeliberatelyOpen()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var unguarded = endpoints
            .Where(e => !IsFrameworkPlumbing(e))
            .Where(e =>
            {
                var anonymous = e.Metadata.GetMetadata<IAllowAnonymous>() is not null;
                var policy = e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy));
                return !anonymous && !policy;
            })
            .Select(e => e.RoutePattern.RawText ?? e.DisplayName ?? "?")
            .ToList();

        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/hangfire/{**path}" || (e.RoutePattern.RawText ?? string.Empty).StartsWith("/hangfire", StringComparison.Ordinal));
        Assert.Empty(unguarded);
    }

    // Blazor's hub and framework script, and the development-time static-file fallback: covered by the
    // fallback policy (signed-in) and by nothing else.
    private static bool IsFrameworkPlumbing(RouteEndpoint endpoint)
    {
        var pattern = endpoint.RoutePattern.RawText ?? string.Empty;
        return pattern == "{**path:file}"
            || pattern.StartsWith("/_blazor", StringComparison.Ordinal) || pattern.StartsWith("_blazor", StringComparison.Ordinal)
            || pattern.StartsWith("/_framework", StringComparison.Ordinal) || pattern.StartsWith("_framework", StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToSignInFromEveryGuardedPage()
    {
        using var client = SignedInClient.Anonymous(factory);
        var routes = RoutablePages().Select(p => p.Route).Where(r => !AnonymousPages.Contains(r) && !r.Contains('{', StringComparison.Ordinal)).ToList();

        var open = new List<string>();
        foreach (var route in routes)
        {
            using var response = await client.GetAsync(route);
            if (response.StatusCode != HttpStatusCode.Redirect
                || response.Headers.Location?.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal) != true)
            {
                open.Add($"{route}: {(int)response.StatusCode}");
            }
        }

        Assert.NotEmpty(routes);
        Assert.Empty(open);
    }

    public static TheoryData<string> Roles() => [.. PortalRoles.All];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EachRoleReachesExactlyThePagesTheMatrixGivesIt(string role)
    {
        using var client = await SignedInClient.SignInAsync(factory, DemoUserOfRole[role]);
        var pages = RoutablePages()
            .Where(p => !AnonymousPages.Contains(p.Route) && !p.Route.Contains('{', StringComparison.Ordinal))
            .Select(p => (p.Route, Policy: p.Page.GetCustomAttributes<AuthorizeAttribute>().First(a => a.Policy is not null).Policy!))
            .Where(p => PermissionMatrix.Policies.ContainsKey(p.Policy));

        var mismatches = new List<string>();
        foreach (var (route, policy) in pages)
        {
            using var response = await client.GetAsync(route);
            var allowed = PermissionMatrix.Allows(policy, role);
            var denied = response.StatusCode == HttpStatusCode.Redirect
                && response.Headers.Location?.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal) == true;
            if (allowed ? response.StatusCode != HttpStatusCode.OK : !denied)
            {
                mismatches.Add($"{route} ({policy}): expected {(allowed ? "200" : "access denied")}, got {(int)response.StatusCode}");
            }
        }

        Assert.Empty(mismatches);
    }
}
