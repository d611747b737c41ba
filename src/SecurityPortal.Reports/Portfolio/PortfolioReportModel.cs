namespace SecurityPortal.Reports.Portfolio;

/// <summary>What the portfolio compliance summary shows, already worded by the caller.</summary>
public sealed record PortfolioReportModel(
    int? AverageScore,
    IReadOnlyList<PortfolioScorePoint> Trend,
    IReadOnlyList<PortfolioTeam> Teams,
    IReadOnlyList<PortfolioModel> Models,
    IReadOnlyList<string> Practices,
    IReadOnlyList<PortfolioHeatmapRow> Heatmap,
    IReadOnlyList<PortfolioCount> OpenFindings,
    IReadOnlyList<PortfolioCoverage> Coverage);

public sealed record PortfolioScorePoint(int Run, int Score);

public sealed record PortfolioTeam(string Team, int Score, int Models, int? Previous);

public sealed record PortfolioModel(string Key, string Name, string Team, int? Score, int OpenFindings);

/// <summary>A model's row of the heatmap: per practice (in <see cref="PortfolioReportModel.Practices"/> order) the worst open severity and the count.</summary>
public sealed record PortfolioHeatmapRow(string Model, IReadOnlyList<PortfolioHeatmapCell> Cells);

public sealed record PortfolioHeatmapCell(string? Worst, int Open);

public sealed record PortfolioCount(string Label, int Count);

/// <summary>How much of a framework the controls cover, and the items none covers.</summary>
public sealed record PortfolioCoverage(string Framework, int Items, int Covered, double Percent, IReadOnlyList<string> Uncovered);
