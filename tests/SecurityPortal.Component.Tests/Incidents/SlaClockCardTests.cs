using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SecurityPortal.Web.Features.Incidents;
using SecurityPortal.Web.Shared;

namespace SecurityPortal.Component.Tests.Incidents;

public sealed class SlaClockCardTests : PortalComponentContext
{
    private static readonly DateTimeOffset Due = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Detected = Due.AddHours(-4);
    private readonly FakeTimeProvider _clock = new(Due.AddDays(-30));

    public SlaClockCardTests()
    {
        Services.AddSingleton<TimeProvider>(_clock);
        Services.AddSingleton<ClockTicks>();
    }

    private static SlaClockResponse Clock(string name, DateTimeOffset? metAt = null) =>
        new(name, Due, metAt, null, false, "OnTrack", Detected);

    private IRenderedComponent<SlaClockCard> Card(SlaClockResponse clock) => Render<SlaClockCard>(p => p.Add(c => c.Clock, clock));

    private static string Status(IRenderedComponent<SlaClockCard> card, string name) =>
        card.Find($"[data-testid=clock-{name}-status]").TextContent.Trim();

    [Fact]
    public void ARunningClockSaysHowMuchTimeIsLeft()
    {
        _clock.SetUtcNow(Due.AddMinutes(-200));
        Assert.Equal("3 h 20 min left", Status(Card(Clock("Contain")), "Contain"));

        _clock.SetUtcNow(Due.AddMinutes(-45));
        Assert.Equal("Due soon: 45 min left", Status(Card(Clock("Contain")), "Contain"));
    }

    [Fact]
    public void ABreachedClockSaysHowLongItIsOverdue()
    {
        _clock.SetUtcNow(Due.AddHours(26));

        Assert.Equal("Breached: overdue by 1 d 2 h", Status(Card(Clock("Resolve")), "Resolve"));
    }

    [Fact]
    public void AMetClockSaysWhenAndALateOneByHowMuch()
    {
        Assert.Equal("Met 2026-11-25 11:30", Status(Card(Clock("Acknowledge", Due.AddMinutes(-30))), "Acknowledge"));
        Assert.Equal("Met late by 15 min", Status(Card(Clock("Acknowledge", Due.AddMinutes(15))), "Acknowledge"));
    }

    [Fact]
    public void TheClockCountsDownOnAnOpenPageWithoutBeingGivenNewData()
    {
        _clock.SetUtcNow(Due.AddMinutes(-10));
        var card = Card(Clock("Contain"));
        Assert.Equal("Due soon: 10 min left", Status(card, "Contain"));

        _clock.Advance(TimeSpan.FromMinutes(11));

        card.WaitForAssertion(() => Assert.Equal("Breached: overdue by 1 min", Status(card, "Contain")));
        Assert.Contains("sla-breached", card.Find("[data-testid=clock-Contain]").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void TheArticle73ClockIsNamedAsTheReport()
    {
        _clock.SetUtcNow(Due.AddDays(-10));
        var card = Render<SlaClockCard>(p => p.Add(c => c.Clock, new SlaClockResponse("Report", Due, null, null, false, "OnTrack", Due.AddDays(-15))));

        Assert.Contains("Art. 73 report", card.Markup, StringComparison.Ordinal);
        Assert.Contains("sla-ontrack", card.Find("[data-testid=clock-Report]").ClassName, StringComparison.Ordinal);
    }
}
