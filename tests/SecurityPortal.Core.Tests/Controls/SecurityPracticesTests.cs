using SecurityPortal.Core.Controls;

namespace SecurityPortal.Core.Tests.Controls;

public sealed class SecurityPracticesTests
{
    [Fact]
    public void TheTenPracticesAreNumberedOneToTenInTheirPublishedOrder() =>
        Assert.Equal(Enumerable.Range(1, 10), SecurityPractices.All.Select(SecurityPractices.Number));

    [Theory]
    [InlineData(SecurityPractice.SecureDevelopmentEnvironments, "SP-01")]
    [InlineData(SecurityPractice.ApiAuthentication, "SP-03")]
    [InlineData(SecurityPractice.StaffTraining, "SP-09")]
    [InlineData(SecurityPractice.IncidentResponse, "SP-10")]
    public void CodePrefixesCarryTheTwoDigitPracticeNumber(SecurityPractice practice, string prefix) =>
        Assert.Equal(prefix, SecurityPractices.CodePrefix(practice));

    [Theory]
    [InlineData(SecurityPractice.InputValidation, "Input data validation")]
    [InlineData(SecurityPractice.VersioningAndRollback, "Model versioning and rollback")]
    [InlineData(SecurityPractice.SecureServingInfrastructure, "Secure model serving infrastructure")]
    public void PracticesHaveThePortalsTitles(SecurityPractice practice, string title) =>
        Assert.Equal(title, SecurityPractices.Title(practice));

    [Fact]
    public void EveryPracticeHasItsOwnTitle()
    {
        var titles = SecurityPractices.All.Select(SecurityPractices.Title).ToList();

        Assert.Equal(titles.Count, titles.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(titles, title => Assert.False(string.IsNullOrWhiteSpace(title)));
    }

    [Fact]
    public void AnUndefinedPracticeHasNoNumber() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SecurityPractices.Number((SecurityPractice)10));
}
