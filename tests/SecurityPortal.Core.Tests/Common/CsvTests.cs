using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Tests.Common;

public sealed class CsvTests
{
    [Fact]
    public void QuotedFieldsKeepCommasQuotesAndLineBreaks()
    {
        var records = Csv.Parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nagain\"\r\nlast,row");

        Assert.Equal(3, records.Count);
        Assert.Equal(["x, y", "say \"hi\"\nagain"], records[1].Fields);
        Assert.Equal(2, records[1].Line);
        // The quoted line break moves the next record to line 4 of the file.
        Assert.Equal(4, records[2].Line);
    }

    [Fact]
    public void BlankLinesAndAByteOrderMarkAreIgnored()
    {
        var records = Csv.Parse("\uFEFFkey,name\n\nfraud-scorer,Fraud\n\n");

        Assert.Equal(2, records.Count);
        Assert.Equal("key", records[0].Fields[0]);
        Assert.Equal(3, records[1].Line);
    }

    [Fact]
    public void AnUnclosedQuoteNamesItsLine()
    {
        var error = Assert.Throws<FormatException>(() => Csv.Parse("a,b\n1,2\n\"open,3\n"));

        Assert.Contains("Line 3", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData(null, "")]
    [InlineData("ab;=1+1", "ab;'=1+1")]
    [InlineData("ab|@cmd", "ab|'@cmd")]
    [InlineData("a; +1", "a; '+1")]
    public void WritingQuotesWhenNeededAndDisarmsFormulas(string? value, string expected)
    {
        Assert.Equal(expected, Csv.Field(value));
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("ab;=1+1")]
    [InlineData("tags: a, -b")]
    [InlineData("plain text")]
    public void FormulaGuardsComeOffWhenTheExportIsReadBack(string value)
    {
        var field = Csv.Field(value);
        var read = Csv.Parse(field + "\n")[0].Fields[0];

        Assert.Equal(value, Csv.WithoutFormulaGuards(read));
    }

    [Fact]
    public void WhatIsWrittenParsesBackToTheSameFields()
    {
        string[] fields = ["a,b", "line\nbreak", "\"quoted\"", "", "plain"];

        var parsed = Csv.Parse(Csv.Line(fields));

        Assert.Equal(fields, parsed.Single().Fields);
    }
}
