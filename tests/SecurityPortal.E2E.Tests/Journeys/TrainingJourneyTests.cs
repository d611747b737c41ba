using System.Globalization;
using Microsoft.Playwright;

namespace SecurityPortal.E2E.Tests.Journeys;

[Collection(PortalCollection.Name)]
public sealed class TrainingJourneyTests(PortalServer portal)
{
    private static ILocator FraudRate(IPage page) => page.Locator("[data-testid=team-rate] tr[data-name='Fraud Analytics'] [data-testid=rate]");

    private static async Task<int> RateAsync(IPage page) =>
        int.Parse((await FraudRate(page).InnerTextAsync()).TrimEnd('%'), CultureInfo.InvariantCulture);

    [Fact]
    public async Task TheLeadAssignsACourseToTheTeamTheStaffMemberCompletesItAndTheLeadSeesTheRateRise()
    {
        var lead = await portal.SignInAsync("lead@demo.local");
        await lead.GotoAsync("/training/team");
        await PortalServer.WaitForInteractiveAsync(lead);
        await Assertions.Expect(FraudRate(lead)).ToBeVisibleAsync();
        var before = await RateAsync(lead);

        await lead.Locator("[data-testid=training-assign]").ClickAsync();
        await lead.WaitForURLAsync("**/training/assign");
        await PortalServer.WaitForInteractiveAsync(lead);
        await PortalServer.ChooseAsync(lead, "assign-course", "AIS-220 · Privacy in training data");

        // Another team is refused with the reason, and nothing is assigned.
        await PortalServer.ChooseAsync(lead, "assign-team", "Customer Experience");
        await lead.Locator("[data-testid=assign-submit]").ClickAsync();
        await Assertions.Expect(lead.Locator("[data-testid=assign-refused]")).ToContainTextAsync("Customer Experience is not your team");

        await PortalServer.ChooseAsync(lead, "assign-team", "Fraud Analytics");
        await lead.Locator("[data-testid=assign-submit]").ClickAsync();
        await lead.WaitForURLAsync("**/training/team");
        await PortalServer.WaitForInteractiveAsync(lead);
        await Assertions.Expect(FraudRate(lead)).Not.ToHaveTextAsync($"{before}%");
        var assigned = await RateAsync(lead);
        Assert.True(assigned < before, $"{assigned}% after assigning, {before}% before");
        await PortalServer.ScreenshotAsync(lead, "training-team");

        var staff = await portal.SignInAsync("staff@demo.local");
        await staff.GotoAsync("/training");
        await PortalServer.WaitForInteractiveAsync(staff);
        var course = staff.Locator("[data-testid=training-item][data-course=AIS-220]");
        await Assertions.Expect(course.Locator("[data-testid=training-status]")).ToHaveTextAsync("To do");
        await PortalServer.ScreenshotAsync(staff, "training");
        await course.Locator("[data-testid=training-complete]").ClickAsync();
        await course.Locator("[data-testid=training-submit]").ClickAsync();
        await Assertions.Expect(course.Locator("[data-testid=training-error]")).ToContainTextAsync("Confirm that you completed the course yourself");
        await course.GetByText("I completed this course myself").ClickAsync();
        await course.Locator("[data-testid=training-submit]").ClickAsync();
        await Assertions.Expect(course.Locator("[data-testid=training-status]")).ToHaveTextAsync("Completed", new() { Timeout = 15_000 });

        await lead.ReloadAsync();
        await PortalServer.WaitForInteractiveAsync(lead);
        await Assertions.Expect(FraudRate(lead)).Not.ToHaveTextAsync($"{assigned}%");
        Assert.True(await RateAsync(lead) > assigned);
    }
}
