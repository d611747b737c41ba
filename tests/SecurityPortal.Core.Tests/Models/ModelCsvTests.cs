using SecurityPortal.Core.Common;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Models;

public sealed class ModelCsvTests
{
    [Fact]
    public void ColumnsAreFoundByNameInAnyOrder()
    {
        var rows = ModelCsv.Read("Name,KEY,risk_tier,owner_team,data_classification\nFraud scorer,fraud-scorer,HighRisk,Risk,Confidential\n", maxRows: 10);

        var row = Assert.Single(rows);
        Assert.Equal("fraud-scorer", row.Key);
        Assert.Equal("Fraud scorer", row.Name);
        Assert.Equal("Risk", row.OwnerTeam);
        Assert.Null(row.Purpose);
        Assert.Null(row.ShapeError);
        Assert.Equal(2, row.Line);
    }

    [Fact]
    public void AMissingRequiredColumnRefusesTheFile()
    {
        var error = Assert.Throws<FormatException>(() => ModelCsv.Read("key,name\nx,y\n", maxRows: 10));

        Assert.Contains("owner_team", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooManyRowsRefusesTheFile()
    {
        var csv = ModelCsv.Header() + "\n" + string.Concat(Enumerable.Repeat("a,b,c,d,e,f,g\n", 3));

        Assert.Throws<FormatException>(() => ModelCsv.Read(csv, maxRows: 2));
    }

    [Fact]
    public void ARowWithTheWrongNumberOfFieldsIsMarked()
    {
        var rows = ModelCsv.Read(ModelCsv.Header() + "\nfraud-scorer,Fraud\n", maxRows: 10);

        Assert.NotNull(rows.Single().ShapeError);
    }

    [Fact]
    public void AnExportedRowImportsBackUnchangedEvenWithAFormulaLikeName()
    {
        var csv = ModelCsv.Header() + "\n" + ModelCsv.Row("fraud-scorer", "=1+1 scorer", "Risk, Fraud", "HighRisk", "Confidential", "Scores \"card\" payments", "payments fraud");

        var row = ModelCsv.Read(csv, maxRows: 10).Single();

        Assert.Equal("=1+1 scorer", row.Name);
        Assert.Equal("Risk, Fraud", row.OwnerTeam);
        Assert.Equal("Scores \"card\" payments", row.Purpose);
        Assert.Equal("payments fraud", row.Tags);
    }

    [Fact]
    public void DetailsAreCheckedWithTheApiFieldNames()
    {
        var errors = new FieldErrors();

        var details = ModelDetails.Check(errors, "x", null, "Extreme", "Internal", "ok bad/tag");

        Assert.Null(details);
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors.Messages, m => m.StartsWith("riskTier:", StringComparison.Ordinal));
        Assert.Contains(errors.Messages, m => m.StartsWith("tags:", StringComparison.Ordinal));
    }

    [Fact]
    public void TagsAreSplitLowercasedAndDeduplicated()
    {
        var tags = ModelTags.Normalize("Payments, fraud;payments  EU", out var error);

        Assert.Null(error);
        Assert.Equal("payments fraud eu", tags);
    }

    [Fact]
    public void TooManyTagsAreRefused()
    {
        ModelTags.Normalize(string.Join(' ', Enumerable.Range(1, ModelTags.MaxTags + 1).Select(i => $"t{i}")), out var error);

        Assert.NotNull(error);
    }
}
