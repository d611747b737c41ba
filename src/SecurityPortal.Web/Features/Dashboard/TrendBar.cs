namespace SecurityPortal.Web.Features.Dashboard;

/// <summary>One week of a <see cref="TrendBars"/> chart: its segments bottom up.</summary>
public sealed record TrendBar(DateOnly StartsOn, IReadOnlyList<TrendSegment> Segments);

/// <summary>One stacked part of a week's bar, the list it opens, and its colour (a CSS value).</summary>
public sealed record TrendSegment(string Series, double Value, string Color, string Href);
