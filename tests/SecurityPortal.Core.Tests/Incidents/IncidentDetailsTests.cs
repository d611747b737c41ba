using SecurityPortal.Core.Common;
using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Core.Tests.Incidents;

public sealed class IncidentDetailsTests
{
    [Fact]
    public void GoodInputIsTrimmedAndNormalised()
    {
        var errors = new FieldErrors();

        var details = IncidentDetails.Check(errors, "  Prompt injection in chat  ", " Seen today ", "sev2", "llm01", null);

        Assert.False(errors.HasAny);
        Assert.Equal(new IncidentDetails("Prompt injection in chat", "Seen today", IncidentSeverity.Sev2, "LLM01", ReportableKind.None), details);
    }

    [Fact]
    public void EveryBadFieldIsNamedAtOnce()
    {
        var errors = new FieldErrors();

        var details = IncidentDetails.Check(errors, "Hi", new string('x', IncidentDetails.MaxDescriptionLength + 1), "SEV9", "LLM42", "Sometimes");

        Assert.Null(details);
        var fields = errors.Messages.Select(m => m.Split(':')[0]).ToHashSet();
        Assert.Equal(["category", "description", "reportable", "severity", "title"], fields.Order());
    }

    [Fact]
    public void NotesAndCommentsShareOneLimit()
    {
        Assert.Null(IncidentDetails.Note("   ", "note"));
        Assert.Throws<ValidationFailedException>(() => IncidentDetails.Note(new string('x', IncidentDetails.MaxNoteLength + 1), "rootCause"));
        Assert.Throws<ValidationFailedException>(() => IncidentDetails.Comment(" "));
        Assert.Equal("Looking at logs", IncidentDetails.Comment(" Looking at logs "));
    }

    [Fact]
    public void OneSeverityParserNamesTheField()
    {
        var errors = new FieldErrors();

        Assert.Equal(IncidentSeverity.Sev1, IncidentSeverities.Parse(errors, "severity", "SEV1"));
        IncidentSeverities.Parse(errors, "severity", "1");

        Assert.Single(errors.Messages, m => m.StartsWith("severity: '1' is not a severity", StringComparison.Ordinal));
    }
}
