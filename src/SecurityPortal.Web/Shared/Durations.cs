using System.Globalization;

namespace SecurityPortal.Web.Shared;

/// <summary>Durations as responders say them: "45 min", "3 h 20 min", "2 d 4 h".</summary>
public static class Durations
{
    public static string Short(TimeSpan? duration)
    {
        if (duration is not { } d)
        {
            return "—";
        }

        var abs = d.Duration();
        var text = abs.TotalMinutes < 1 ? "under 1 min"
            : abs.TotalHours < 1 ? $"{(int)abs.TotalMinutes} min"
            : abs.TotalDays < 1 ? (abs.Minutes == 0 ? $"{(int)abs.TotalHours} h" : $"{(int)abs.TotalHours} h {abs.Minutes} min")
            : abs.Hours == 0 ? $"{(int)abs.TotalDays} d" : $"{(int)abs.TotalDays} d {abs.Hours} h";
        return string.Create(CultureInfo.InvariantCulture, $"{text}");
    }

    /// <summary>"2 h 10 min left" or "overdue by 35 min".</summary>
    public static string Left(TimeSpan timeLeft) =>
        timeLeft >= TimeSpan.Zero ? $"{Short(timeLeft)} left" : $"overdue by {Short(timeLeft)}";
}
