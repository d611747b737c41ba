using System.Globalization;
using Microsoft.Playwright;

namespace SecurityPortal.E2E.Tests.Journeys;

[Collection(PortalCollection.Name)]
public sealed class DashboardJourneyTests(PortalServer portal)
{
    [Fact]
    public async Task OfficerSeesWhatNeedsAttentionAndOpensTheBreachingIncidents()
    {
        var page = await portal.SignInAsync("officer@demo.local");

        await Assertions.Expect(page.Locator("[data-testid=urgent-incidents] tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=gap-deployments]")).ToContainTextAsync("No authentication");
        await Assertions.Expect(page.Locator("[data-testid=production-gaps]")).ToContainTextAsync("No authentication");
        var breached = int.Parse((await page.Locator("[data-testid=figure-incidents-breached-value]").TextContentAsync())!, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.True(breached > 0, "the demo data has incidents breaching SLA");
        await PortalServer.ScreenshotAsync(page, "dashboard");

        await page.Locator("[data-testid=figure-incidents-breached]").ClickAsync();
        await page.WaitForURLAsync("**/incidents?breached=true");

        var rows = page.Locator("[data-testid=incidents] tbody tr");
        await Assertions.Expect(rows.First.Locator("[data-testid^=breached-]")).ToBeVisibleAsync();
        // Every row the filtered list shows is breaching; none is missing its flag.
        Assert.Equal(await rows.CountAsync(), await page.Locator("[data-testid=incidents] [data-testid^=breached-]").CountAsync());
        await Assertions.Expect(page.Locator("[data-testid=incidents-breached] input, input[data-testid=incidents-breached]").First).ToBeCheckedAsync();

        // The same page, opened again without the filter in the address, shows every open incident.
        await page.Locator("[data-nav=Incidents]").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/incidents" && new Uri(url).Query.Length == 0);
        await Assertions.Expect(page.Locator("[data-testid=incidents-breached] input, input[data-testid=incidents-breached]").First).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("[data-testid=metric-open]")).Not.ToHaveTextAsync(string.Empty);
        var open = int.Parse((await page.Locator("[data-testid=metric-open]").TextContentAsync())!, CultureInfo.InvariantCulture);
        await Assertions.Expect(page.Locator("[data-testid=incidents] tbody tr")).ToHaveCountAsync(Math.Min(open, 25));

        // Art. 73: the reports still owed, closed incidents included.
        await page.GoBackAsync();
        await page.GoBackAsync();
        await page.Locator("[data-testid=figure-incidents-reports]").ClickAsync();
        await page.WaitForURLAsync("**/incidents?reportDue=true");
        await Assertions.Expect(page.Locator("[data-testid=incidents] tbody tr").First).ToContainTextAsync("Art. 73");
        Assert.Equal(await page.Locator("[data-testid=incidents] tbody tr").CountAsync(), await page.Locator("[data-testid=incidents] tbody tr", new() { HasText = "Art. 73" }).CountAsync());
    }

    [Fact]
    public async Task FromTheDashboardOfficerReachesTheDeploymentsBehindTheFigures()
    {
        var page = await portal.SignInAsync("officer@demo.local");
        var production = int.Parse((await page.Locator("[data-testid=figure-production-value]").TextContentAsync())!.Trim(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

        await page.Locator("[data-testid=figure-production]").ClickAsync();
        await page.WaitForURLAsync("**/models?environment=Production");
        await Assertions.Expect(page.Locator("[data-testid=models-total]")).ToHaveTextAsync($"{production} models");

        await page.GoBackAsync();
        await PortalServer.WaitForInteractiveAsync(page);
        await page.Locator("[data-testid=figure-in-review]").ClickAsync();
        await page.WaitForURLAsync("**/models?awaitingReview=true");
        await Assertions.Expect(page.Locator("[data-testid=models-awaiting-review] input, input[data-testid=models-awaiting-review]").First).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("[data-testid=models-grid] tbody tr").First).ToBeVisibleAsync();

        await page.GoBackAsync();
        await PortalServer.WaitForInteractiveAsync(page);
        var gapRow = page.Locator("[data-testid=gap-deployments] tbody tr").First;
        var model = (await gapRow.Locator("a").TextContentAsync())!.Trim();
        await gapRow.Locator("a").ClickAsync();
        await page.WaitForURLAsync("**/models/*?tab=deployments");

        await Assertions.Expect(page.Locator(".mud-tab-active")).ToHaveTextAsync("Deployments");
        await Assertions.Expect(page.Locator("[data-testid=deployments]")).ToContainTextAsync("Production");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(model);
    }

    [Fact]
    public async Task StaffSeeNoInventoryOrIncidentFigures()
    {
        var page = await portal.SignInAsync("staff@demo.local");

        await Assertions.Expect(page.Locator("[data-testid=figure-teams]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=figure-models]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=figure-incidents-open]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AComplianceOfficerReadsTheNinetyDayTrendsAndOpensTheListBehindABar()
    {
        var page = await portal.SignInAsync("compliance@demo.local");

        await Assertions.Expect(page.Locator("[data-testid=attention]")).ToContainTextAsync("courses I owe");
        var trends = page.Locator("[data-testid=trends]");
        await Assertions.Expect(trends.Locator("[data-testid=trend-findings]")).ToBeVisibleAsync();
        await Assertions.Expect(trends.Locator("[data-testid=trend-audits]")).ToBeVisibleAsync();
        await Assertions.Expect(trends.Locator("[data-testid=trend-training]")).ToBeVisibleAsync();
        await PortalServer.ScreenshotAsync(page, "dashboard-trends");

        // This week's Critical segment of the open-findings chart opens the open Critical findings.
        var segment = trends.Locator("[data-testid=trend-findings] [data-testid=trend-segment][data-series=Critical]").Last;
        await segment.ClickAsync();
        await page.WaitForURLAsync("**/findings?severity=Critical&status=Open");
        await Assertions.Expect(page.Locator("[data-testid=findings] tbody tr").First).ToContainTextAsync("Critical");
    }
}
