using Microsoft.Playwright;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.E2E.Tests.Journeys;

[Collection(PortalCollection.Name)]
public sealed class AccountJourneyTests(PortalServer portal)
{
    private const string OwnPassword = "Newcomer-Passphrase-2026";

    [Fact]
    public async Task APersonTurnsOnTwoStepSignInAndThenNeedsTheirCode()
    {
        var email = await portal.CreatePersonAsync(Core.Security.PortalRoles.TeamLead);
        var page = await portal.SignInAsync(email);
        await page.Locator("[data-testid=signed-in-user]").ClickAsync();
        await page.Locator("[data-testid=start-two-factor]").ClickAsync();
        var key = await page.Locator("[data-testid=authenticator-key]").TextContentAsync();

        await PortalServer.Field(page, "authenticator-code").FillAsync(Totp.Code(key!, DateTimeOffset.UtcNow));
        await page.Locator("[data-testid=confirm-two-factor]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=recovery-codes]")).ToContainTextAsync("Two-step sign-in is on");
        await PortalServer.ScreenshotAsync(page, "account-two-factor-on");

        var next = await (await portal.Browser.NewContextAsync(new() { BaseURL = portal.BaseUrl })).NewPageAsync();
        await next.GotoAsync("/");
        await next.GetByLabel("E-mail").FillAsync(email);
        await next.GetByLabel("Password").FillAsync(PortalServer.DemoPassword);
        await next.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(next.GetByRole(AriaRole.Heading, new() { Name = "Two-step sign-in" })).ToBeVisibleAsync();
        await next.GetByLabel("Code").FillAsync(Totp.Code(key!, DateTimeOffset.UtcNow));
        await next.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await PortalServer.WaitForInteractiveAsync(next);

        await Assertions.Expect(next.Locator("[data-testid=signed-in-user]")).ToHaveTextAsync(email);
    }

    [Fact]
    public async Task AnAdministratorAddsAPersonWhoCanThenSignIn()
    {
        var page = await portal.SignInAsync("admin@demo.local");
        await page.GotoAsync("/admin");
        await PortalServer.WaitForInteractiveAsync(page);

        await PortalServer.Field(page, "new-user-email").FillAsync("newcomer@demo.local");
        await PortalServer.Field(page, "new-user-name").FillAsync("Nia Newcomer");
        await page.Locator("[data-testid=create-user]").ClickAsync();
        var password = page.Locator("[data-testid=one-time-password] input");
        await Assertions.Expect(password).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(".{12,}"));
        await Assertions.Expect(page.Locator("[data-testid=users]")).ToContainTextAsync("Nia Newcomer");
        var firstPassword = await password.InputValueAsync();

        var newcomer = await (await portal.Browser.NewContextAsync(new() { BaseURL = portal.BaseUrl })).NewPageAsync();
        await newcomer.GotoAsync("/");
        await newcomer.GetByLabel("E-mail").FillAsync("newcomer@demo.local");
        await newcomer.GetByLabel("Password").FillAsync(firstPassword);
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // The one-time password opens only the page that replaces it.
        await Assertions.Expect(newcomer.GetByRole(AriaRole.Heading, new() { Name = "Choose your own password" })).ToBeVisibleAsync();
        await newcomer.GotoAsync("/incidents");
        await Assertions.Expect(newcomer.GetByRole(AriaRole.Heading, new() { Name = "Choose your own password" })).ToBeVisibleAsync();
        await newcomer.GetByLabel("One-time password").FillAsync(firstPassword);
        await newcomer.GetByLabel("New password", new() { Exact = true }).FillAsync("short");
        await newcomer.GetByLabel("New password again").FillAsync("short");
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(newcomer.Locator("[data-testid=error-NewPassword]")).ToContainTextAsync("at least 12 characters");
        await PortalServer.ScreenshotAsync(newcomer, "account-choose-password");

        await newcomer.GetByLabel("One-time password").FillAsync(firstPassword);
        await newcomer.GetByLabel("New password", new() { Exact = true }).FillAsync(OwnPassword);
        await newcomer.GetByLabel("New password again").FillAsync(OwnPassword);
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await newcomer.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/incidents");
        await PortalServer.WaitForInteractiveAsync(newcomer);

        Assert.Equal(["Dashboard", "Incidents", "Training", "Verify a PDF"], (await newcomer.Locator("[data-nav]").AllTextContentsAsync()).Select(a => a.Trim()));

        // The administrator resets it: the newcomer's open session ends, and the new one-time password works once.
        await PortalServer.Field(page, "users-search").FillAsync("newcomer@demo.local");
        await Assertions.Expect(page.Locator("[data-testid=users] tbody tr")).ToHaveCountAsync(1);
        await page.Locator("[data-testid='reset-password-newcomer@demo.local']").ClickAsync();
        await PortalServer.CancelDialogAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=one-time-password]")).ToContainTextAsync("Account created");
        await page.Locator("[data-testid='reset-password-newcomer@demo.local']").ClickAsync();
        await PortalServer.ConfirmAsync(page, "Reset password");
        await Assertions.Expect(page.Locator("[data-testid=one-time-password]")).ToContainTextAsync("Password reset for newcomer@demo.local");
        var resetPassword = await password.InputValueAsync();
        Assert.NotEqual(firstPassword, resetPassword);

        await newcomer.GotoAsync("/models");
        await Assertions.Expect(newcomer.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await newcomer.GetByLabel("E-mail").FillAsync("newcomer@demo.local");
        await newcomer.GetByLabel("Password").FillAsync(resetPassword);
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(newcomer.GetByRole(AriaRole.Heading, new() { Name = "Choose your own password" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task APersonChangesTheirPasswordFromTheSecurityPageAndOtherSessionsEnd()
    {
        var email = await portal.CreatePersonAsync(Core.Security.PortalRoles.Staff);
        var elsewhere = await portal.SignInAsync(email);
        var page = await portal.SignInAsync(email);
        await page.GotoAsync("/account/security");
        await PortalServer.WaitForInteractiveAsync(page);
        await page.Locator("[data-testid=open-change-password]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Change password" })).ToBeVisibleAsync();

        await page.GetByLabel("Current password").FillAsync("not my password at all");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(OwnPassword);
        await page.GetByLabel("New password again").FillAsync(OwnPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=error-CurrentPassword]")).ToHaveTextAsync("That is not your current password.");

        await page.GetByLabel("Current password").FillAsync(PortalServer.DemoPassword);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(OwnPassword);
        await page.GetByLabel("New password again").FillAsync(OwnPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=password-changed]")).ToContainTextAsync("Every other session of yours has been signed out");
        await PortalServer.ScreenshotAsync(page, "account-password-changed");

        await page.GotoAsync("/incidents");
        await Assertions.Expect(page.Locator("[data-testid=signed-in-user]")).ToHaveTextAsync(email);
        await elsewhere.GotoAsync("/incidents");
        await Assertions.Expect(elsewhere.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignInWithANonAsciiReturnAddressLandsThereInsteadOfFailing()
    {
        var context = await portal.Browser.NewContextAsync(new() { BaseURL = portal.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in?ReturnUrl=%2Fmodels%3Fsearch%3Dcaf%C3%A9");
        await page.GetByLabel("E-mail").FillAsync("officer@demo.local");
        await page.GetByLabel("Password").FillAsync(PortalServer.DemoPassword);

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains("/account/sign-in", StringComparison.Ordinal));

        Assert.True(response.Status < 500, $"the sign-in answered {response.Status}");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/models");
        await Assertions.Expect(PortalServer.Field(page, "models-search")).ToHaveValueAsync("café");
        await context.CloseAsync();
    }
}
