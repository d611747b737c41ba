using SecurityPortal.Core.Common;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Models;

public sealed class ModelVersionLifecycleTests
{
    [Theory]
    [InlineData(ModelVersionState.Draft, ModelVersionState.InReview)]
    [InlineData(ModelVersionState.InReview, ModelVersionState.Approved)]
    [InlineData(ModelVersionState.InReview, ModelVersionState.Draft)]
    [InlineData(ModelVersionState.Approved, ModelVersionState.Retired)]
    public void TheNormalPathIsAllowed(ModelVersionState from, ModelVersionState to)
    {
        Assert.True(ModelVersionLifecycle.CanMove(from, to));
    }

    [Theory]
    [InlineData(ModelVersionState.Draft, ModelVersionState.Approved)]
    [InlineData(ModelVersionState.Approved, ModelVersionState.Draft)]
    [InlineData(ModelVersionState.Approved, ModelVersionState.InReview)]
    [InlineData(ModelVersionState.Retired, ModelVersionState.Approved)]
    public void SkippingReviewOrReopeningAnApprovedVersionIsRefused(ModelVersionState from, ModelVersionState to)
    {
        var error = Assert.Throws<ConflictException>(() => ModelVersionLifecycle.EnsureCanMove(from, to));

        Assert.Contains($"This version is {Labels.InSentence(from)}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ModelVersionState.Draft, false)]
    [InlineData(ModelVersionState.InReview, false)]
    [InlineData(ModelVersionState.Approved, true)]
    [InlineData(ModelVersionState.Retired, true)]
    public void ApprovedAndRetiredVersionsAreImmutable(ModelVersionState state, bool immutable)
    {
        Assert.Equal(immutable, ModelVersionLifecycle.IsImmutable(state));
    }
}
