using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace SecurityPortal.E2E.Tests;

/// <summary>
/// The real portal on Kestrel (a free port, its own SQLite files, demo data) and one headless Chromium
/// shared by the journeys. Chromium is Debian's: Playwright's own browser download cannot work here.
/// </summary>
public sealed class PortalServer : IAsyncLifetime
{
    public const string DemoPassword = "E2E-Journey-Passw0rd!";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "securityportal-e2e", Guid.NewGuid().ToString("N"));
    private PortalHost? _host;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Console errors in which Chromium reported a blocked resource or script.</summary>
    public System.Collections.Concurrent.ConcurrentBag<string> CspViolations { get; } = [];

    public static string ScreenshotDirectory { get; } =
        Environment.GetEnvironmentVariable("PORTAL_SCREENSHOTS_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        Directory.CreateDirectory(ScreenshotDirectory);
        _host = new PortalHost(_dataDirectory);
        _host.UseKestrel(0);
        _host.StartServer();
        var addresses = _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().Replace("127.0.0.1", "localhost", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser context (its own cookies) with a page signed in as <paramref name="email"/>.</summary>
    public async Task<IPage> SignInAsync(string email, int width = 1366, int height = 860)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                CspViolations.Add(message.Text);
            }
        };
        await page.GotoAsync("/");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await WaitForInteractiveAsync(page);
        return page;
    }

    /// <summary>A person of their own for a journey that changes its account, so journeys stay independent.</summary>
    public async Task<string> CreatePersonAsync(string role)
    {
        var email = $"person-{Guid.NewGuid():N}@demo.local";
        await using var scope = _host!.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<SecurityPortal.Data.Identity.PortalUser>>();
        var person = new SecurityPortal.Data.Identity.PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Journey Person" };
        await users.CreateAsync(person, DemoPassword);
        await users.AddToRoleAsync(person, role);
        return email;
    }

    /// <summary>
    /// A model of its own for a journey, owned by <paramref name="team"/>, with 1.0.0 and 1.1.0 approved and
    /// Production running 1.1.0 (registered by a pipeline, approved by a reviewer: separate duties).
    /// </summary>
    public async Task CreateDeployedModelAsync(string key, string team)
    {
        const string sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        await AsSystemAsync("apikey:journey-pipeline", async s =>
        {
            await s.GetRequiredService<SecurityPortal.Web.Features.Models.ModelInventory>().CreateAsync(new(key, "Journey model", team, "Limited", "Internal", "Opened for a browser journey."));
            foreach (var version in new[] { "1.0.0", "1.1.0" })
            {
                await s.GetRequiredService<SecurityPortal.Web.Features.Models.ModelVersions>().RegisterAsync(key, new(version, $"s3://journey/{key}/{version}", sha, "PlatformManaged", null, null, null, null));
            }
        });
        await AsSystemAsync("apikey:journey-reviewer", async s =>
        {
            foreach (var version in new[] { "1.0.0", "1.1.0" })
            {
                await s.GetRequiredService<SecurityPortal.Web.Features.Models.ModelVersions>().ApproveAsync(key, version);
                await s.GetRequiredService<SecurityPortal.Web.Features.Models.ModelDeployments>().DeployAsync(key, new("Production", version, $"https://ml.example.internal/{key}", "OAuth2", true, true, true));
            }
        });
    }

    /// <summary>Hands a model to another team, as an administrator would.</summary>
    public Task MoveModelAsync(string key, string team) => AsSystemAsync("admin@demo.local", async s =>
    {
        var inventory = s.GetRequiredService<SecurityPortal.Web.Features.Models.ModelInventory>();
        var model = await inventory.GetAsync(key);
        await inventory.UpdateAsync(key, new(model.Name, team, model.RiskTier.ToString(), model.DataClassification.ToString(), model.Purpose, model.Tags, model.ConcurrencyToken));
    });

    /// <summary>The version numbers a model has, read past the UI.</summary>
    public async Task<IReadOnlyList<string>> VersionsOfAsync(string key)
    {
        IReadOnlyList<string> versions = [];
        await AsSystemAsync("e2e", async s => versions = [.. (await s.GetRequiredService<SecurityPortal.Web.Features.Models.ModelVersions>().ListAsync(key)).Select(v => v.Version)]);
        return versions;
    }

    /// <summary>
    /// Edits one audit-log row straight in the database, as someone with access to the SQLite file would: past the
    /// portal's context, so no entry or anchor is written for it. Returns the entry's position.
    /// </summary>
    public async Task<long> EditAuditLogEntryBehindThePortalAsync(long sequence)
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<SecurityPortal.Data.PortalDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlAsync(
            db.Database, $"UPDATE AuditLog SET Actor = 'mallory@evil.example' WHERE Sequence = {sequence}");
        return sequence;
    }

    /// <summary>Sends one portal notification, as a job or a use case would.</summary>
    public async Task SendNotificationAsync(string recipient, string subject)
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<SecurityPortal.Data.PortalDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        db.Notifications.Add(SecurityPortal.Core.Incidents.PortalNotification.For(
            SecurityPortal.Core.Incidents.NotificationKind.General, recipient, subject, "Sent by a journey.", "/notifications", DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
    }

    private async Task AsSystemAsync(string actor, Func<IServiceProvider, Task> work)
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SecurityPortal.Web.Security.CurrentActor>().SetSystem(actor, "e2e");
        await work(scope.ServiceProvider);
    }

    /// <summary>The roles stored for a person, read past the UI.</summary>
    public async Task<IList<string>> RolesOfAsync(string email)
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<SecurityPortal.Data.Identity.PortalUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    }

    /// <summary>A fresh incident of its own for a journey, opened through the same service the UI uses.</summary>
    public async Task<string> CreateIncidentAsync(string model, string severity = "SEV2", string? reportable = null)
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        var desk = scope.ServiceProvider.GetRequiredService<SecurityPortal.Web.Features.Incidents.IncidentDesk>();
        var incident = await desk.CreateAsync(new SecurityPortal.Web.Features.Incidents.NewIncidentRequest(
            "Journey incident: model answers with leaked data", "Opened for a browser journey.", severity, "LLM02", [model], null, null, reportable));
        return incident.Ref;
    }

    /// <summary>Waits until the Blazor circuit has rendered the layout interactively.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("[data-circuit=ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>A MudBlazor field by test id; MudBlazor puts extra attributes on the inner input element.</summary>
    public static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    /// <summary>Opens a MudSelect (by test id) and picks the option showing exactly <paramref name="option"/>.</summary>
    public static async Task ChooseAsync(IPage page, string testId, string option)
    {
        // With a value chosen, MudSelect hides its input and carries the test id on the visible combobox.
        await page.Locator($"[data-testid={testId}]:visible, [data-testid={testId}] input:visible").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText(option, new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    /// <summary>
    /// Opens a multi-select MudSelect (by test id), ticks each option and closes the list again. Escape can
    /// reach the page before the list has taken focus back from the clicked option, so it is pressed until
    /// the list is gone rather than once.
    /// </summary>
    public static async Task ChooseManyAsync(IPage page, string testId, params string[] options)
    {
        await page.Locator($"[data-testid={testId}]:visible, [data-testid={testId}] input:visible").First.ClickAsync();
        foreach (var option in options)
        {
            await page.Locator(".mud-popover-open .mud-list-item").GetByText(option, new() { Exact = true }).ClickAsync();
        }

        var open = page.Locator(".mud-popover-open .mud-list-item");
        for (var attempt = 1; ; attempt++)
        {
            await page.Keyboard.PressAsync("Escape");
            try
            {
                await Assertions.Expect(open).ToHaveCountAsync(0, new() { Timeout = 2_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 5)
            {
                // Still open: the key went to the option; press it again.
            }
        }
    }

    /// <summary>The confirmation dialog in front of an irreversible action.</summary>
    public static ILocator Dialog(IPage page) => page.Locator(".mud-dialog");

    /// <summary>Answers the open confirmation with its action button (e.g. "Approve").</summary>
    public static async Task ConfirmAsync(IPage page, string action)
    {
        await Dialog(page).GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
        await Assertions.Expect(Dialog(page)).ToHaveCountAsync(0);
    }

    /// <summary>Cancels the open confirmation.</summary>
    public static async Task CancelDialogAsync(IPage page)
    {
        await Dialog(page).GetByRole(AriaRole.Button, new() { Name = "Cancel", Exact = true }).ClickAsync();
        await Assertions.Expect(Dialog(page)).ToHaveCountAsync(0);
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"{name}.png"), FullPage = true });

    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_EXECUTABLE") is { Length: > 0 } configured
            ? configured
            : "/usr/bin/chromium";
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"Chromium was not found at {path}. Run the test script (it installs Debian's chromium) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE.");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing pool; the OS temp cleaner will take it.
        }
    }

    private sealed class PortalHost(string dataDirectory) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:SqliteFile", Path.Combine(dataDirectory, "portal.db"));
            builder.UseSetting("Database:JobsSqliteFile", Path.Combine(dataDirectory, "jobs.db"));
            builder.UseSetting("Portal:Logs:Directory", Path.Combine(dataDirectory, "logs"));
            builder.UseSetting("Portal:Evidence:Folder", Path.Combine(dataDirectory, "evidence"));
            builder.UseSetting("Portal:Mail:PickupFolder", Path.Combine(dataDirectory, "mail"));
            builder.UseSetting("Security:AuditLog:AnchorKeyFile", Path.Combine(dataDirectory, "audit-anchor.key"));
            builder.UseSetting("Portal:Exports:Signing:GeneratedCertificateFile", Path.Combine(dataDirectory, "export-signing.pfx"));
            builder.UseSetting("Portal:Demo:Seed", "true");
            builder.UseSetting("Portal:Demo:Password", DemoPassword);
            builder.UseSetting("Security:RateLimits:SignInPerMinute", "1000");
        }
    }
}
