using Bunit;
using SecurityPortal.Core.Training;
using SecurityPortal.Web.Features.Training;

namespace SecurityPortal.Component.Tests.Training;

public sealed class MyTrainingListTests : PortalComponentContext
{
    private static AssignmentResponse Item(string code, AssignmentStatus status, bool overdue, int? pass = null, int? score = null) => new(
        Guid.CreateVersion7(), code, $"Course {code}", "staff@demo.local", "Fraud Analytics", new DateOnly(2026, 12, 5), status, overdue,
        status == AssignmentStatus.Completed ? new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero) : null, score, pass,
        status == AssignmentStatus.Completed ? new DateOnly(2027, 11, 20) : null, AssignmentSource.Mandatory, DateTimeOffset.UnixEpoch, null,
        "https://lms.example.com/x", 45);

    [Fact]
    public void EachAssignmentSaysWhereItStandsAndOnlyOpenOnesCanBeCompleted()
    {
        var list = Render<MyTrainingList>(p => p.Add(c => c.Items, [
            Item("AIS-101", AssignmentStatus.Assigned, overdue: true),
            Item("AIS-201", AssignmentStatus.Failed, overdue: false, pass: 80, score: 60),
            Item("AIS-301", AssignmentStatus.Completed, overdue: false),
        ]));

        Assert.Equal(["Overdue", "Failed · retake", "Completed"], list.FindAll("[data-testid=training-status]").Select(s => s.TextContent.Trim()));
        Assert.Equal(2, list.FindAll("[data-testid=training-complete]").Count);
        Assert.Contains("last score 60", list.FindAll("[data-testid=training-due]")[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("current until 2027-11-20", list.FindAll("[data-testid=training-due]")[2].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AScoredCourseAsksForTheScoreAndTheFormHandsOverWhatWasEntered()
    {
        TrainingCompletionInput? sent = null;
        var scored = Item("AIS-201", AssignmentStatus.Assigned, overdue: false, pass: 80);
        var list = Render<MyTrainingList>(p => p.Add(c => c.Items, [scored, Item("AIS-101", AssignmentStatus.Assigned, overdue: false)])
            .Add(c => c.OnComplete, (TrainingCompletionInput input) => sent = input));

        list.FindAll("[data-testid=training-complete]")[1].Click();
        Assert.Empty(list.FindAll("[data-testid=training-score]"));
        list.FindAll("[data-testid=training-complete]")[0].Click();
        list.Find("input[data-testid=training-score], [data-testid=training-score] input").Change("85");
        list.Find("input[data-testid=training-attest], [data-testid=training-attest] input").Change(true);
        list.Find("[data-testid=training-submit]").Click();

        Assert.Equal(new TrainingCompletionInput(scored.Id, 85, true), sent);
    }
}
