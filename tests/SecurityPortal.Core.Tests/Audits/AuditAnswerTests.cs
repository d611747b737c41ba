using SecurityPortal.Core.Audits;
using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Tests.Audits;

public sealed class AuditAnswerTests
{
    [Fact]
    public void APassNeedsNoNoteAndABlankNoteIsNone()
    {
        var answer = AuditAnswer.Parse(" Pass ", "   ");

        Assert.Equal(new AuditAnswer(AuditItemResult.Pass, null), answer);
    }

    [Fact]
    public void NotApplicableNeedsAJustification()
    {
        var refused = Assert.Throws<ValidationFailedException>(() => AuditAnswer.Parse("NotApplicable", "n/a"));

        Assert.Contains("note", refused.Errors.Keys);
        Assert.Equal("Batch scoring only; no endpoint.", AuditAnswer.Parse("NotApplicable", " Batch scoring only; no endpoint. ").Note);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Maybe")]
    public void AnUnknownOrMissingResultIsAFieldError(string? result)
    {
        var refused = Assert.Throws<ValidationFailedException>(() => AuditAnswer.Parse(result, null));

        Assert.Equal(["result"], refused.Errors.Keys);
    }

    [Fact]
    public void ANoteHasALimit()
    {
        var refused = Assert.Throws<ValidationFailedException>(() => AuditAnswer.Parse("Fail", new string('x', AuditItem.MaxNoteLength + 1)));

        Assert.Equal(["note"], refused.Errors.Keys);
    }

    [Fact]
    public void ASignedOffAuditRefusesChangesAndReadsAsSignedOffEvenPastItsDueDate()
    {
        var audit = new Audit
        {
            ModelKey = "fraud-scorer",
            LeadAuditor = "compliance@example.com",
            DueOn = new DateOnly(2026, 6, 30),
            Status = AuditStatus.SignedOff,
            SignedOffBy = "compliance@example.com",
            SignedOffAt = new DateTimeOffset(2026, 6, 28, 10, 0, 0, TimeSpan.Zero),
        };

        var refused = Assert.Throws<ConflictException>(audit.EnsureOpen);
        Assert.Contains("signed off by compliance@example.com on 2026-06-28", refused.Message);
        Assert.Equal(AuditStatus.SignedOff, audit.StatusOn(new DateOnly(2026, 8, 1)));
    }

    [Theory]
    [InlineData(AuditStatus.Scheduled, "2026-06-30", AuditStatus.Scheduled)]
    [InlineData(AuditStatus.Scheduled, "2026-07-01", AuditStatus.Overdue)]
    [InlineData(AuditStatus.InProgress, "2026-07-01", AuditStatus.Overdue)]
    public void AnOpenAuditIsOverdueFromTheDayAfterItsDueDate(AuditStatus stored, string today, AuditStatus shown)
    {
        var audit = new Audit { ModelKey = "fraud-scorer", LeadAuditor = "compliance@example.com", DueOn = new DateOnly(2026, 6, 30), Status = stored };

        Assert.Equal(shown, audit.StatusOn(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
