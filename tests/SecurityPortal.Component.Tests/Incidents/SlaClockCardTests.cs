using Bunit;
using SecurityPortal.Web.Features.Incidents;

namespace SecurityPortal.Component.Tests.Incidents;

public sealed class SlaClockCardTests : PortalComponentContext
{
    private static readonly DateTimeOffset Due = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private string StatusText(SlaClockResponse clock) =>
        Render<SlaClockCard>(p => p.Add(c => c.Clock, clock)).Find($"[data-testid=clock-{clock.Name}-status]").TextContent.Trim();

    [Fact]
    public void ARunningClockSaysHowMuchTimeIsLeft()
    {
        Assert.Equal("3 h 20 min left", StatusText(new SlaClockResponse("Contain", Due, null, TimeSpan.FromMinutes(200), false, "OnTrack")));
        Assert.Equal("Due soon: 45 min left", StatusText(new SlaClockResponse("Contain", Due, null, TimeSpan.FromMinutes(45), false, "DueSoon")));
    }

    [Fact]
    public void ABreachedClockSaysHowLongItIsOverdue()
    {
        Assert.Equal("Breached: overdue by 1 d 2 h", StatusText(new SlaClockResponse("Resolve", Due, null, -TimeSpan.FromHours(26), true, "Breached")));
    }

    [Fact]
    public void AMetClockSaysWhenAndALateOneByHowMuch()
    {
        Assert.Equal("Met 2026-11-25 11:30", StatusText(new SlaClockResponse("Acknowledge", Due, Due.AddMinutes(-30), null, false, "Met")));
        Assert.Equal("Met late by 15 min", StatusText(new SlaClockResponse("Acknowledge", Due, Due.AddMinutes(15), null, true, "MetLate")));
    }

    [Fact]
    public void TheArticle73ClockIsNamedAsTheReport()
    {
        var card = Render<SlaClockCard>(p => p.Add(c => c.Clock, new SlaClockResponse("Report", Due, null, TimeSpan.FromDays(10), false, "OnTrack")));

        Assert.Contains("Art. 73 report", card.Markup, StringComparison.Ordinal);
        Assert.Contains("sla-ontrack", card.Find("[data-testid=clock-Report]").ClassName, StringComparison.Ordinal);
    }
}
