using SecurityPortal.Core.ApiKeys;

namespace SecurityPortal.Core.Tests.ApiKeys;

public sealed class ApiKeySecretTests
{
    [Fact]
    public void SecretsAreMarkedLongAndNeverRepeat()
    {
        var first = ApiKeySecret.Generate();
        var second = ApiKeySecret.Generate();

        Assert.Matches("^spk_[A-Za-z0-9]{40}$", first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void TheHashIsLowercaseHexSha256AndStable()
    {
        var hash = ApiKeySecret.Hash("spk_example");

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, ApiKeySecret.Hash("spk_example"));
        Assert.NotEqual(hash, ApiKeySecret.Hash("spk_examplf"));
    }

    [Fact]
    public void TheDisplayPrefixRevealsOnlyTheStart() => Assert.Equal("spk_AbCd", ApiKeySecret.DisplayPrefixOf("spk_AbCdEfGh1234567890"));
}
