using Microsoft.AspNetCore.WebUtilities;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Controls;
using SecurityPortal.Web.Features.Assessments;

namespace SecurityPortal.Component.Tests.Assessments;

/// <summary>The findings list keeps its filters in the address; reading the address back gives the same filters.</summary>
public sealed class FindingsAddressTests
{
    public static TheoryData<FindingQuery> Queries() =>
    [
        new FindingQuery(),
        new FindingQuery(Severity: FindingSeverity.Critical, Status: FindingStatus.Open),
        new FindingQuery(Model: "kb-rag", Practice: SecurityPractice.ApiAuthentication, Status: FindingStatus.Open),
        new FindingQuery(Team: "Risk & Compliance", Source: FindingSource.Audit, Owner: "lead@demo.local"),
        new FindingQuery(Owner: "-", Status: FindingStatus.RiskAccepted),
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void AnAddressReadsBackAsTheFiltersItWasMadeFrom(FindingQuery query)
    {
        var address = FindingsAddress.For(query, page: 3);

        var values = QueryHelpers.ParseQuery(new Uri("http://portal" + address).Query);
        string? Get(string name) => values.TryGetValue(name, out var value) ? value.ToString() : null;
        var parsed = FindingBoard.Parse(new FindingListFilter(Get("model"), Get("team"), Get("severity"), Get("status"), Get("source"), Get("practice"), Get("owner")));

        Assert.Equal(query, parsed);
        Assert.Equal("3", Get("page"));
    }

    [Fact]
    public void TheUnfilteredFirstPageIsThePlainAddress() => Assert.Equal("/findings", FindingsAddress.For(new FindingQuery()));
}
