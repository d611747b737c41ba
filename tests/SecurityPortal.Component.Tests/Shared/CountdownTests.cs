using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SecurityPortal.Web.Shared;

namespace SecurityPortal.Component.Tests.Shared;

public sealed class CountdownTests : PortalComponentContext
{
    private static readonly DateTimeOffset Due = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Due.AddMinutes(-2));

    public CountdownTests()
    {
        Services.AddSingleton<TimeProvider>(_clock);
        Services.AddSingleton<ClockTicks>();
    }

    [Fact]
    public void ACountdownInAListMovesOnEveryTickAndSaysHowLongAgoADeadlinePassed()
    {
        var countdown = Render<Countdown>(p => p.Add(c => c.DueAt, Due).Add(c => c.Prefix, "Contain"));
        Assert.StartsWith("Contain: 2 min left", countdown.Find(".countdown").TextContent, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromMinutes(37));

        countdown.WaitForAssertion(() => Assert.Equal("Contain: overdue by 35 min", countdown.Find(".countdown").TextContent));
        Assert.Contains("countdown-overdue", countdown.Find(".countdown").ClassName, StringComparison.Ordinal);
        Assert.Contains("due 2026-11-25 12:00 UTC", countdown.Markup, StringComparison.Ordinal);
    }
}
