using SecurityPortal.Core.Common;
using SecurityPortal.Core.Incidents;

namespace SecurityPortal.Core.Tests.Incidents;

public sealed class IncidentWorkflowTests
{
    private static readonly TransitionDetails CloseOut = new(RootCause: "Unfiltered tool output reached the prompt.", LessonsLearned: "Filter tool output.");

    [Theory]
    [InlineData(IncidentPhase.New, IncidentPhase.Triaged)]
    [InlineData(IncidentPhase.Triaged, IncidentPhase.Contained)]
    [InlineData(IncidentPhase.Contained, IncidentPhase.Eradicated)]
    [InlineData(IncidentPhase.Eradicated, IncidentPhase.Recovered)]
    [InlineData(IncidentPhase.Recovered, IncidentPhase.Closed)]
    [InlineData(IncidentPhase.Closed, IncidentPhase.Triaged)]
    public void EachPhaseMovesOnlyToTheNext(IncidentPhase from, IncidentPhase to)
    {
        Assert.True(IncidentWorkflow.CanMove(from, to));
        Assert.Equal([to], IncidentWorkflow.NextPhases(from));
    }

    [Theory]
    [InlineData(IncidentPhase.New, IncidentPhase.Closed, "Triaged")]
    [InlineData(IncidentPhase.New, IncidentPhase.Contained, "Triaged")]
    [InlineData(IncidentPhase.Triaged, IncidentPhase.Closed, "Contained")]
    [InlineData(IncidentPhase.Contained, IncidentPhase.Recovered, "Eradicated")]
    [InlineData(IncidentPhase.Recovered, IncidentPhase.Triaged, "Closed")]
    [InlineData(IncidentPhase.Closed, IncidentPhase.New, "Triaged")]
    [InlineData(IncidentPhase.Triaged, IncidentPhase.Triaged, "Contained")]
    public void SkippingOrGoingBackIsRefusedNamingTheAllowedMove(IncidentPhase from, IncidentPhase to, string allowed)
    {
        var error = Assert.Throws<ConflictException>(() => IncidentWorkflow.EnsureCanMove(from, to, CloseOut with { Note = "why" }));

        Assert.Contains($"A {from} incident cannot become {to}", error.Message, StringComparison.Ordinal);
        Assert.Contains(allowed, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARefusedMoveIsReportedBeforeMissingFields()
    {
        Assert.Throws<ConflictException>(() => IncidentWorkflow.EnsureCanMove(IncidentPhase.New, IncidentPhase.Closed, new TransitionDetails()));
    }

    [Fact]
    public void ClosingNeedsARootCause()
    {
        var error = Assert.Throws<ValidationFailedException>(() =>
            IncidentWorkflow.EnsureCanMove(IncidentPhase.Recovered, IncidentPhase.Closed, CloseOut with { RootCause = "  " }));

        Assert.Equal(["rootCause"], error.Errors.Keys);
    }

    [Fact]
    public void ClosingNeedsLessonsLearned()
    {
        var error = Assert.Throws<ValidationFailedException>(() =>
            IncidentWorkflow.EnsureCanMove(IncidentPhase.Recovered, IncidentPhase.Closed, CloseOut with { LessonsLearned = null }));

        Assert.Equal(["lessonsLearned"], error.Errors.Keys);
    }

    [Fact]
    public void ClosingWithNothingRecordedReportsBothFields()
    {
        var error = Assert.Throws<ValidationFailedException>(() =>
            IncidentWorkflow.EnsureCanMove(IncidentPhase.Recovered, IncidentPhase.Closed, new TransitionDetails()));

        Assert.Contains("rootCause", error.Errors.Keys);
        Assert.Contains("lessonsLearned", error.Errors.Keys);
    }

    [Fact]
    public void ClosingWithRootCauseAndLessonsLearnedIsAllowed()
    {
        Assert.Null(Record.Exception(() => IncidentWorkflow.EnsureCanMove(IncidentPhase.Recovered, IncidentPhase.Closed, CloseOut)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ReopeningNeedsAReason(string? note)
    {
        var error = Assert.Throws<ValidationFailedException>(() =>
            IncidentWorkflow.EnsureCanMove(IncidentPhase.Closed, IncidentPhase.Triaged, new TransitionDetails(Note: note)));

        Assert.Equal(["note"], error.Errors.Keys);
    }

    [Fact]
    public void ReopeningWithAReasonIsAllowed()
    {
        Assert.Null(Record.Exception(() =>
            IncidentWorkflow.EnsureCanMove(IncidentPhase.Closed, IncidentPhase.Triaged, new TransitionDetails(Note: "The injection came back in 2.1.0."))));
    }

    [Fact]
    public void OrdinaryMovesNeedNoDetails()
    {
        Assert.Null(Record.Exception(() => IncidentWorkflow.EnsureCanMove(IncidentPhase.New, IncidentPhase.Triaged, new TransitionDetails())));
    }

    [Theory]
    [InlineData(IncidentPhase.New, true)]
    [InlineData(IncidentPhase.Recovered, true)]
    [InlineData(IncidentPhase.Closed, false)]
    public void OnlyClosedIncidentsAreNotOpen(IncidentPhase phase, bool open) => Assert.Equal(open, IncidentWorkflow.IsOpen(phase));
}
