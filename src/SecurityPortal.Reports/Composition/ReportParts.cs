namespace SecurityPortal.Reports.Composition;

/// <summary>A table column: its heading and its share of the table's width (shares are relative to each other).</summary>
public sealed record TableColumn(string Heading, double Share = 1);

/// <summary>How a status chip reads: the colour family of its meaning.</summary>
public enum ChipTone
{
    Neutral,
    Good,
    Warning,
    Bad,
}

/// <summary>A short status in a coloured, rounded box (Pass, Overdue, Critical).</summary>
public sealed record StatusChip(string Text, ChipTone Tone);

/// <summary>One bar of a bar chart.</summary>
public sealed record ChartBar(string Label, double Value);

/// <summary>A heading as the table of contents lists it: its level and the page it starts on (from 1).</summary>
public sealed record ContentsEntry(string Text, int Level, int Page);
