using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Core.Security;
using SecurityPortal.Core.Tests.Assessments;
using SecurityPortal.Core.Training;

namespace SecurityPortal.Core.Tests.Training;

public sealed class TrainingRulesTests
{
    private static readonly Guid Fraud = Guid.CreateVersion7();
    private static readonly Guid Support = Guid.CreateVersion7();
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static Course Course(string code, int? months = 12, int? pass = null, string[]? roles = null, Guid[]? teams = null)
    {
        var course = new Course { Code = code, Title = code + " title", DurationMinutes = 30, RecurrenceMonths = months, PassingScore = pass };
        course.MakeMandatoryFor(roles ?? [], teams ?? []);
        return course;
    }

    [Fact]
    public void ACourseIsMandatoryForItsRolesOrItsTeamsAndNotWhenInactive()
    {
        var course = Course("AIS-1", roles: [PortalRoles.TeamLead], teams: [Fraud]);

        Assert.True(course.IsMandatoryFor(PortalRoles.TeamLead, Support));
        Assert.True(course.IsMandatoryFor(PortalRoles.Staff, Fraud));
        Assert.False(course.IsMandatoryFor(PortalRoles.Staff, Support));
        Assert.False(course.IsMandatoryFor(null, null));
        course.IsActive = false;
        Assert.False(course.IsMandatoryFor(PortalRoles.TeamLead, Fraud));
        Assert.False(Course("AIS-2").IsMandatory);
    }

    [Fact]
    public void EveryoneOwesTheirMandatoryCoursesOnceAndAgainWhenACompletionNearsExpiry()
    {
        var all = Course("AIS-101", roles: [.. PortalRoles.All]);
        var fraudOnly = Course("AIS-201", teams: [Fraud]);
        var optional = Course("AIS-210");
        var lead = new Trainee(Guid.CreateVersion7(), "lead@x", PortalRoles.TeamLead, Fraud);
        var staff = new Trainee(Guid.CreateVersion7(), "staff@x", PortalRoles.Staff, Support);
        LatestAssignment[] latest =
        [
            new(all.Id, lead.UserId, 1, AssignmentStatus.Completed, Today.AddDays(20)),
            new(fraudOnly.Id, lead.UserId, 2, AssignmentStatus.Failed, null),
            new(all.Id, staff.UserId, 1, AssignmentStatus.Completed, Today.AddDays(200)),
        ];

        var due = MandatoryTraining.Missing([all, fraudOnly, optional], [lead, staff], latest, Today, dueDays: 30, renewalDays: 30);

        var renewal = Assert.Single(due);
        Assert.Equal((all.Id, lead.UserId, 2, Today.AddDays(20), AssignmentSource.Renewal), (renewal.CourseId, renewal.UserId, renewal.Round, renewal.DueOn, renewal.Source));
    }

    [Fact]
    public void ANewcomerOwesEachMandatoryCourseFromRoundOneAndALapsedCompletionIsDueAtOnce()
    {
        var all = Course("AIS-101", roles: [PortalRoles.Staff]);
        var person = new Trainee(Guid.CreateVersion7(), "new@x", PortalRoles.Staff, null);
        var lapsed = new Trainee(Guid.CreateVersion7(), "old@x", PortalRoles.Staff, null);

        var due = MandatoryTraining.Missing([all], [person, lapsed], [new(all.Id, lapsed.UserId, 3, AssignmentStatus.Completed, Today.AddDays(-5))], Today, 30, 30);

        Assert.Equal([("new@x", 1, Today.AddDays(30), AssignmentSource.Mandatory), ("old@x", 4, Today, AssignmentSource.Renewal)], due.Select(d => (d.Email, d.Round, d.DueOn, d.Source)));
    }

    [Fact]
    public void TheGateNamesTheMandatoryCoursesWithoutACurrentCompletion()
    {
        var secure = Course("AIS-301", months: 24, roles: [PortalRoles.TeamLead]);
        var literacy = Course("AIS-101", roles: [PortalRoles.TeamLead]);
        var person = new Trainee(Guid.CreateVersion7(), "lead@x", PortalRoles.TeamLead, Fraud);
        TrainingAssignment[] theirs =
        [
            new() { CourseId = secure.Id, CourseCode = secure.Code, UserId = person.UserId, UserEmail = person.Email, Status = AssignmentStatus.Completed, ExpiresOn = Today.AddDays(-1) },
            new() { CourseId = literacy.Id, CourseCode = literacy.Code, UserId = person.UserId, UserEmail = person.Email, Status = AssignmentStatus.Completed, ExpiresOn = Today },
        ];

        Assert.Equal(["AIS-301"], MandatoryTraining.NotCurrent([secure, literacy], person, theirs, Today).Select(c => c.Code));
    }

    [Fact]
    public void ACompletionBelowThePassMarkFailsAndStaysOpenWhileAPassExpiresByTheRecurrence()
    {
        var course = Course("AIS-201", months: 12, pass: 80);
        var assignment = new TrainingAssignment { CourseId = course.Id, CourseCode = course.Code, UserEmail = "s@x", CreatedAt = Now.AddDays(-3) };

        assignment.Record(TrainingCompletion.Check(course, assignment.CreatedAt, null, 79, true, true, Now), course, "s@x");
        Assert.Equal(AssignmentStatus.Failed, assignment.Status);
        Assert.True(assignment.IsOpen);
        assignment.Record(TrainingCompletion.Check(course, assignment.CreatedAt, Now.AddHours(-1), 80, true, true, Now), course, "s@x");

        Assert.Equal(AssignmentStatus.Completed, assignment.Status);
        Assert.Equal(2, assignment.Attempts);
        Assert.Equal(new DateOnly(2027, 11, 25), assignment.ExpiresOn);
        Assert.Throws<ConflictException>(() => assignment.Record(TrainingCompletion.Check(course, assignment.CreatedAt, null, 90, true, true, Now), course, "s@x"));
    }

    [Theory]
    [InlineData(null, 1, false, true, "score")]
    [InlineData(101, 1, false, true, "score")]
    [InlineData(90, 60, false, true, "completedAt")]
    [InlineData(90, -30, false, true, "completedAt")]
    [InlineData(90, 0, true, false, "attestation")]
    public void ABadCompletionNamesItsField(int? score, int minutesFromNow, bool attestationRequired, bool attested, string field)
    {
        var course = Course("AIS-201", pass: 80);
        var assignedAt = minutesFromNow < -1 ? Now : Now.AddDays(-1);
        var at = minutesFromNow == -30 ? Now.AddDays(-3) : Now.AddMinutes(minutesFromNow);

        var refused = Assert.Throws<ValidationFailedException>(() => TrainingCompletion.Check(course, assignedAt, at, score, attestationRequired || !attested, attested, Now));

        Assert.True(refused.Errors.ContainsKey(field), string.Join(", ", refused.Errors.Keys));
    }

    [Fact]
    public void AnUnscoredCourseRefusesAScore() =>
        Assert.True(Assert.Throws<ValidationFailedException>(() => TrainingCompletion.Check(Course("AIS-101"), Now, null, 70, false, false, Now)).Errors.ContainsKey("score"));

    [Fact]
    public void CourseDetailsAreTrimmedAndCheckedTogether()
    {
        var ok = CourseDetails.Parse(" ais-110 ", " Title ", null, "https://lms.example.com/x", 30, null, 70, ["teamlead"], ["Fraud Analytics"]);
        var refused = Assert.Throws<ValidationFailedException>(() => CourseDetails.Parse("a", "", null, "ftp://x", 0, 0, 101, ["Boss"], null));

        Assert.Equal(("AIS-110", "Title", PortalRoles.TeamLead), (ok.Code, ok.Title, ok.MandatoryRoles.Single()));
        Assert.Equal(["code", "durationMinutes", "link", "mandatoryRoles", "passingScore", "recurrenceMonths", "title"], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheWeeklyTrendCountsWhatWasAssignedAndCompletedByEachWeekEnd()
    {
        AssignmentDates[] assignments = [new(Today.AddDays(-20), Today.AddDays(-10)), new(Today.AddDays(-20), null), new(Today.AddDays(-3), Today)];

        var trend = CompletionRate.Weekly(assignments, Today, 4);

        Assert.Equal([(0, 0, 100), (2, 0, 0), (2, 1, 50), (3, 2, 66)], trend.Select(p => (p.Assigned, p.Completed, p.Percent)));
        Assert.Equal(Today, trend[^1].On);
    }

    [Fact]
    public void OverdueTrainingOfTheOwnerTeamIsOneMediumFindingNamingWhoAndWhat()
    {
        var model = Samples.HardenedEverywhere();
        var rule = new TrainingOverdueRule(new Dictionary<Guid, IReadOnlyList<OverdueTraining>>
        {
            [model.OwnerTeamId] = [new("AIS-101", "a@x", Today.AddDays(-3)), new("AIS-201", "a@x", Today.AddDays(-1)), new("AIS-101", "b@x", Today.AddDays(-9))],
        });

        var finding = Assert.Single(rule.Evaluate(model, Samples.At));
        Assert.Empty(new TrainingOverdueRule(new Dictionary<Guid, IReadOnlyList<OverdueTraining>>()).Evaluate(model, Samples.At));

        Assert.Equal(FindingSeverity.Medium, finding.Severity);
        Assert.Equal(FindingSubject.TeamTraining(model.OwnerTeamId), finding.Subject);
        Assert.StartsWith("2 people in the team that owns", finding.Detail, StringComparison.Ordinal);
        Assert.Contains("b@x (AIS-101, due 2026-11-16), a@x (AIS-101", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AFailedMailAttemptBacksOffFromOneMinuteUpToAnHour()
    {
        var notification = PortalNotification.For(NotificationKind.TrainingDue, "a@x", "s", "b", null, Now);

        notification.EmailFailed(Now, "refused");
        Assert.Equal(Now.AddMinutes(1), notification.EmailNotBefore);
        for (var i = 0; i < 10; i++)
        {
            notification.EmailFailed(Now, "refused");
        }

        Assert.Equal(Now.AddHours(1), notification.EmailNotBefore);
        notification.Emailed(Now);
        Assert.Equal(Now, notification.EmailedAt);
        Assert.Null(notification.EmailError);
        Assert.Null(notification.EmailNotBefore);
    }
}
