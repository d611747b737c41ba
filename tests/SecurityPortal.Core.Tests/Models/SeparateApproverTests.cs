using SecurityPortal.Core.Common;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Models;

public sealed class SeparateApproverTests
{
    [Fact]
    public void TheRegistrantMayNotApproveTheirOwnVersion()
    {
        var refusal = Assert.Throws<ConflictException>(() => SeparateApprover.Ensure("1.1.0", "officer@demo.local", "officer@demo.local", required: true));

        Assert.Contains("someone else must approve", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnApiKeyMayNotApproveWhatItRegistered() =>
        Assert.NotNull(SeparateApprover.Refusal("2.0.0", "apikey:ci-pipeline", "APIKEY:ci-pipeline", required: true));

    [Fact]
    public void AnotherPersonMayApprove() =>
        Assert.Null(SeparateApprover.Refusal("1.1.0", "lead@demo.local", "officer@demo.local", required: true));

    [Fact]
    public void SwitchedOffTheRegistrantMayApprove() =>
        Assert.Null(SeparateApprover.Refusal("1.1.0", "officer@demo.local", "officer@demo.local", required: false));
}
