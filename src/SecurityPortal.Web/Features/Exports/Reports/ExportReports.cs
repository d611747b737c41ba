using SecurityPortal.Core.Exports;

namespace SecurityPortal.Web.Features.Exports.Reports;

/// <summary>The report behind each export kind.</summary>
public sealed class ExportReports(IEnumerable<IExportReport> reports)
{
    private readonly Dictionary<ExportKind, IExportReport> _byKind = reports.ToDictionary(r => r.Kind);

    public IExportReport For(ExportKind kind) =>
        _byKind.TryGetValue(kind, out var report) ? report : throw new InvalidOperationException($"No report is registered for {kind} exports.");

    public bool Has(ExportKind kind) => _byKind.ContainsKey(kind);
}
