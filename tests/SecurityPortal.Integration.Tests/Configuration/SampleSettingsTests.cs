using Microsoft.Extensions.Configuration;
using SecurityPortal.Integration.Tests.Database;

namespace SecurityPortal.Integration.Tests.Configuration;

public sealed class SampleSettingsTests
{
    private static HashSet<string> KeysOf(params string[] relativePath)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine([ProviderContexts.RepositoryRoot(), .. relativePath]), optional: false)
            .Build();
        return configuration.AsEnumerable().Where(pair => pair.Value is not null).Select(pair => pair.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("appsettings.json")]
    [InlineData("appsettings.Development.json")]
    public void EveryShippedSettingIsDocumentedInTheSample(string file)
    {
        var documented = KeysOf("appsettings.sample.json");

        var shipped = KeysOf("src", "SecurityPortal.Web", file);

        Assert.Empty(shipped.Where(key => !documented.Contains(key)).Order());
    }
}
