namespace SecurityPortal.Core.Controls;

/// <summary>
/// Names a framework item by framework and identifier, the way a control says what it answers. Controls hold
/// references rather than items so the two catalogues stay separate tables, checked against each other by tests.
/// </summary>
public readonly record struct FrameworkItemRef(Framework Framework, string Id);
