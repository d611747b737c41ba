using Microsoft.Playwright;
using SecurityPortal.Integration.Tests.Infrastructure;

namespace SecurityPortal.E2E.Tests.Journeys;

[Collection(PortalCollection.Name)]
public sealed class AccountJourneyTests(PortalServer portal)
{
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
        await PortalServer.WaitForInteractiveAsync(newcomer);

        Assert.Equal(["Dashboard", "Incidents", "Training"], (await newcomer.Locator("[data-nav]").AllTextContentsAsync()).Select(a => a.Trim()));
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
