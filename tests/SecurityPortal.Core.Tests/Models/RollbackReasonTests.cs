using SecurityPortal.Core.Common;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Models;

public sealed class RollbackReasonTests
{
    [Theory]
    [InlineData("")]
    [InlineData("no")]
    public void AReasonTooShortToExplainAnythingIsRefused(string reason)
    {
        var errors = new FieldErrors();

        RollbackReason.Check(errors, reason);

        Assert.True(errors.HasAny);
    }

    [Fact]
    public void AnIncidentsReferenceStillFitsTheHistoryAfterTheLongestReason() =>
        Assert.True("INC-2026-0042: ".Length + RollbackReason.MaxLength <= RollbackReason.StoredMaxLength);
}
