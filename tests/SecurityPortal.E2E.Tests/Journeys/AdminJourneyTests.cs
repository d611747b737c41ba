using Microsoft.Playwright;

namespace SecurityPortal.E2E.Tests.Journeys;

[Collection(PortalCollection.Name)]
public sealed class AdminJourneyTests(PortalServer portal)
{
    [Fact]
    public async Task AdministratorIssuesAnApiKeySeesItsSecretOnceAndRevokesIt()
    {
        var page = await portal.SignInAsync("admin@demo.local");
        await page.Locator("[data-nav=Admin]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=audit-chain-status]")).ToContainTextAsync("Audit log intact");

        await page.GetByRole(AriaRole.Tab, new() { Name = "API keys" }).ClickAsync();
        await PortalServer.Field(page, "key-name").FillAsync("release-pipeline");
        await PortalServer.ChooseManyAsync(page, "key-scopes", "teams.read");
        await page.Locator("[data-testid=issue-key]").ClickAsync();

        var secret = PortalServer.Field(page, "secret-value");
        await Assertions.Expect(secret).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^spk_[A-Za-z0-9]{40}$"));
        var value = await secret.InputValueAsync();
        await PortalServer.ScreenshotAsync(page, "admin-api-key-issued");
        var api = await page.APIRequest.GetAsync($"{portal.BaseUrl}/api/v1/teams", new() { Headers = new Dictionary<string, string> { ["X-Api-Key"] = value } });
        Assert.Equal(200, api.Status);

        await page.Locator("[data-testid=revoke-release-pipeline]").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await PortalServer.ScreenshotAsync(page, "admin-api-key-revoke-confirm");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=api-keys]")).ToContainTextAsync("Revoked");
        var refused = await page.APIRequest.GetAsync($"{portal.BaseUrl}/api/v1/teams", new() { Headers = new Dictionary<string, string> { ["X-Api-Key"] = value } });

        Assert.Equal(401, refused.Status);
    }

    [Fact]
    public async Task SearchingPeopleFiltersWhileTypingAndTheNextClickActs()
    {
        var email = await portal.CreatePersonAsync(SecurityPortal.Core.Security.PortalRoles.Staff);
        var page = await portal.SignInAsync("admin@demo.local");
        await page.GotoAsync("/admin");
        await PortalServer.WaitForInteractiveAsync(page);

        // Typed key by key, without leaving the field: the list follows the typing.
        await PortalServer.Field(page, "users-search").PressSequentiallyAsync(email[..22]);
        var rows = page.Locator("[data-testid=users] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync(email);

        // The very next click acts: deactivating asks first, and cancelling changes nothing.
        await page.Locator($"[data-testid='active-{email}']").ClickAsync();
        await Assertions.Expect(PortalServer.Dialog(page)).ToContainTextAsync("signed out everywhere at once");
        await PortalServer.CancelDialogAsync(page);
        await Assertions.Expect(rows.First).ToContainTextAsync("Active");

        await page.Locator($"[data-testid='active-{email}']").ClickAsync();
        await PortalServer.ConfirmAsync(page, "Deactivate");
        await Assertions.Expect(rows.First).ToContainTextAsync("Deactivated");
    }

    [Fact]
    public async Task GrantingAdministratorAsksFirstAndCancellingKeepsTheRole()
    {
        var email = await portal.CreatePersonAsync(SecurityPortal.Core.Security.PortalRoles.Staff);
        var page = await portal.SignInAsync("admin@demo.local");
        await page.GotoAsync("/admin");
        await PortalServer.WaitForInteractiveAsync(page);
        await PortalServer.Field(page, "users-search").PressSequentiallyAsync(email[..22]);
        var row = page.Locator("[data-testid=users] tbody tr").First;
        await Assertions.Expect(page.Locator("[data-testid=users] tbody tr")).ToHaveCountAsync(1);

        await row.Locator($"[data-testid='role-{email}']").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("Administrator", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(PortalServer.Dialog(page)).ToContainTextAsync("will be able to manage people, roles");
        await PortalServer.CancelDialogAsync(page);

        Assert.Equal([SecurityPortal.Core.Security.PortalRoles.Staff], await portal.RolesOfAsync(email));
    }

    [Fact]
    public async Task AnAdministratorSeesEveryRecurringJobWithItsScheduleAndNextRunWithoutOpeningHangfire()
    {
        var page = await portal.SignInAsync("admin@demo.local");
        await page.Locator("[data-nav=Admin]").ClickAsync();
        await page.WaitForURLAsync("**/admin");
        await PortalServer.WaitForInteractiveAsync(page);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Jobs" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=job-row]")).ToHaveCountAsync(SecurityPortal.Web.Infrastructure.Jobs.RecurringJobsRegistrar.Purposes.Count);
        var assessment = page.Locator("[data-testid=job-row][data-job=assessment]");
        await Assertions.Expect(assessment).ToContainTextAsync("Assesses every deployment against the controls");
        await Assertions.Expect(assessment).ToContainTextAsync("0 2 * * *");
        await Assertions.Expect(assessment.Locator("[data-testid=job-next]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{4}-\d{2}-\d{2} 02:00$"));
        await Assertions.Expect(page.Locator("[data-testid=jobs-failing]")).ToHaveCountAsync(0);
        await PortalServer.ScreenshotAsync(page, "admin-jobs");
    }
}
