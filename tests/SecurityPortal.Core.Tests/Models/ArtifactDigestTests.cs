using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Tests.Models;

public sealed class ArtifactDigestTests
{
    [Theory]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", true)]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855", true)]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85", false)]
    [InlineData("g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void OnlySixtyFourHexCharactersAreASha256(string? text, bool valid) => Assert.Equal(valid, ArtifactDigest.IsValidSha256(text));

    [Fact]
    public void DigestsAreStoredInLowercase() => Assert.Equal("abcdef", ArtifactDigest.Normalize(" ABCdef "));
}
