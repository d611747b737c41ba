using System.Globalization;
using SecurityPortal.Web.Features.Assessments;

// The periodic assessment (AssessmentJob) over 1,000 and 10,000 models × 3 environments in a SQLite file, with the
// portal's own save path: timestamps, concurrency tokens and the hash-chained audit trail on every save. The issue's
// targets at 10,000 models: a run that changes nothing under 1 s, a first run that opens every finding under 10 s, and
// round trips that do not grow with the number of models. Three runs per size: the first opens every finding, the
// second finds nothing changed, the third follows 1% of the deployments being hardened. Every command EF sends is
// counted, queries (SELECT) and writes apart: the reader's queries should be a fixed number per batch, while writes
// follow what changed (on SQLite EF sends one statement per inserted or updated row).
const int WarmupModels = 50;

int[] sizes = [1_000, 10_000];
var option = Array.IndexOf(args, "--models");
if (option >= 0)
{
    if (option + 1 >= args.Length
        || !int.TryParse(args[option + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var only)
        || only < 1)
    {
        Console.Error.WriteLine("usage: dotnet run -c Release --project bench/AssessmentBench [-- --models N]");
        return 2;
    }

    sizes = [only];
}

var options = new AssessmentOptions();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"batch size: {options.BatchSize:N0} models per batch (AssessmentOptions default)"));

// JIT and EF's query compilation once, on a small portfolio of its own, so the first measured size is not charged for them.
await AssessmentScenarios.RunAsync(WarmupModels, options, report: false);

var rows = new List<ScenarioRow>();
foreach (var models in sizes)
{
    rows.AddRange(await AssessmentScenarios.RunAsync(models, options, report: true));
}

ScenarioRow.PrintTable(rows);
return 0;
