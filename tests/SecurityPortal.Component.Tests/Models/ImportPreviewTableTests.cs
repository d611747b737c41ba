using Bunit;
using SecurityPortal.Web.Features.Models;

namespace SecurityPortal.Component.Tests.Models;

public sealed class ImportPreviewTableTests : PortalComponentContext
{
    private static ModelImportPreview Preview(params ModelImportRow[] rows) => new(rows, FileError: null);

    private static ModelImportRow Row(int line, ModelImportAction action, params string[] errors) =>
        new(line, $"model-{line}", $"Model {line}", action, errors);

    [Fact]
    public void ARowWithAnErrorBlocksTheImportUntilThePersonLeavesItOut()
    {
        bool? leftOutErrorRows = null;
        var table = Render<ImportPreviewTable>(p => p
            .Add(c => c.Preview, Preview(Row(2, ModelImportAction.Create), Row(3, ModelImportAction.Error, "owner_team: No active team 'X'.")))
            .Add(c => c.OnConfirm, skip => leftOutErrorRows = skip));

        Assert.False(table.Instance.CanImport);
        Assert.True(table.Find("[data-testid=confirm-import]").HasAttribute("disabled"));
        Assert.Contains("No active team 'X'", table.Find("[data-testid=import-rows]").TextContent, StringComparison.Ordinal);
        Assert.Contains("import-error-row", table.FindAll("[data-testid=import-rows] tbody tr")[1].ClassName, StringComparison.Ordinal);

        table.Find("input[data-testid=import-skip-errors], [data-testid=import-skip-errors] input").Change(true);
        table.Find("[data-testid=confirm-import]").Click();

        Assert.True(table.Instance.CanImport);
        Assert.True(leftOutErrorRows);
    }

    [Fact]
    public void AFileThatChangesNothingCannotBeImported()
    {
        var table = Render<ImportPreviewTable>(p => p.Add(c => c.Preview, Preview(Row(2, ModelImportAction.Unchanged))));

        Assert.False(table.Instance.CanImport);
        Assert.Equal("Nothing to import", table.Find("[data-testid=confirm-import]").TextContent.Trim());
        Assert.Empty(table.FindAll("[data-testid=import-blocked]"));
    }

    [Fact]
    public void ACleanFileImportsAllOrNothingWithoutAsking()
    {
        bool? leftOutErrorRows = null;
        var table = Render<ImportPreviewTable>(p => p
            .Add(c => c.Preview, Preview(Row(2, ModelImportAction.Create), Row(3, ModelImportAction.Update)))
            .Add(c => c.OnConfirm, skip => leftOutErrorRows = skip));

        table.Find("[data-testid=confirm-import]").Click();

        Assert.Equal("Import 2 model(s)", table.Find("[data-testid=confirm-import]").TextContent.Trim());
        Assert.False(leftOutErrorRows);
    }
}
