namespace SecurityPortal.Core.Controls;

/// <summary>A framework item that at least one control answers, with the codes of those controls in catalogue order.</summary>
public sealed record CoveredFrameworkItem(FrameworkItem Item, IReadOnlyList<string> ControlCodes);
