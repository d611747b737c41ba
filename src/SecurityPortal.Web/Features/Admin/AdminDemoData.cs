using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Core.Security;
using SecurityPortal.Core.Teams;
using SecurityPortal.Data;
using SecurityPortal.Data.Identity;
using SecurityPortal.Web.Infrastructure.Demo;

namespace SecurityPortal.Web.Features.Admin;

/// <summary>Demo roles, teams and the five demo users of the contract in ARCHITECTURE.md.</summary>
public sealed class AdminDemoData(
    IDbContextFactory<PortalDbContext> contexts,
    UserManager<PortalUser> users,
    RoleManager<PortalRole> roles,
    DemoPassword password,
    SecurityPortal.Web.Infrastructure.Demo.DemoOptions demo) : IDemoDataContributor
{
    public static IReadOnlyList<(string Name, string Description)> Teams { get; } =
    [
        ("Platform Security", "Owns the serving platform, keys and the security tooling."),
        ("Fraud Analytics", "Fraud scoring and anomaly models for payments."),
        ("Customer Experience", "Assistants and language models that talk to customers."),
        ("Risk & Compliance", "Audits, regulatory reporting and model risk."),
        ("Data Science Lab", "Research models on their way to production."),
    ];

    public static IReadOnlyList<(string Email, string DisplayName, string Role, string Team)> Users { get; } =
    [
        ("admin@demo.local", "Ada Admin", PortalRoles.Administrator, "Platform Security"),
        ("officer@demo.local", "Omar Officer", PortalRoles.SecurityOfficer, "Platform Security"),
        ("lead@demo.local", "Lena Lead", PortalRoles.TeamLead, "Fraud Analytics"),
        ("compliance@demo.local", "Chris Compliance", PortalRoles.ComplianceOfficer, "Risk & Compliance"),
        ("staff@demo.local", "Sam Staff", PortalRoles.Staff, "Fraud Analytics"),
    ];

    public int Order => 0;

    public async Task ContributeAsync(CancellationToken cancellationToken)
    {
        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Ensure(await roles.CreateAsync(new PortalRole(role)), $"role {role}");
            }
        }

        var teamIds = await EnsureTeamsAsync(cancellationToken);
        await EnsureDemoApiKeyAsync(cancellationToken);
        var created = 0;
        foreach (var (email, displayName, role, team) in Users)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new PortalUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = displayName,
                TeamId = teamIds[team],
            };
            Ensure(await users.CreateAsync(user, password.Value), $"user {email}");
            Ensure(await users.AddToRoleAsync(user, role), $"role of {email}");
            created++;
        }

        if (created > 0 && !password.IsConfigured)
        {
            // Deliberately the console only: log files must never hold a password.
            Console.WriteLine($"Demo users created ({string.Join(", ", Users.Select(u => u.Email))}). Password, shown once: {password.Value}");
        }
    }

    private async Task<Dictionary<string, Guid>> EnsureTeamsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Teams.ToDictionaryAsync(t => t.Name, t => t.Id, cancellationToken);
        foreach (var (name, description) in Teams.Where(t => !existing.ContainsKey(t.Name)))
        {
            var team = new Team { Name = name, Description = description };
            db.Teams.Add(team);
            existing[name] = team.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        return existing;
    }

    /// <summary>With <c>Portal:Demo:ApiKey</c> set, an Administrator-scoped key with exactly that secret.</summary>
    private async Task EnsureDemoApiKeyAsync(CancellationToken cancellationToken)
    {
        var secret = demo.ApiKey;
        if (string.IsNullOrWhiteSpace(secret))
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hash = ApiKeySecret.Hash(secret);
        if (await db.ApiKeys.AnyAsync(k => k.SecretHash == hash || k.Name == DemoApiKeyName, cancellationToken))
        {
            return;
        }

        db.ApiKeys.Add(new ApiKey
        {
            Name = DemoApiKeyName,
            DisplayPrefix = ApiKeySecret.DisplayPrefixOf(secret),
            SecretHash = hash,
            Scopes = ApiScopes.Admin,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public const string DemoApiKeyName = "demo-admin";

    private static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not seed {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
