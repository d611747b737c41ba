using Microsoft.AspNetCore.WebUtilities;
using SecurityPortal.Core.Audits;
using SecurityPortal.Web.Features.Audits;

namespace SecurityPortal.Component.Tests.Audits;

/// <summary>The audits list keeps its filters in the address; the dashboard and reminders link to it the same way.</summary>
public sealed class AuditsAddressTests
{
    public static TheoryData<AuditQuery> Queries() =>
    [
        new AuditQuery(),
        new AuditQuery(Status: AuditStatus.Overdue),
        new AuditQuery(Status: AuditStatus.InProgress, Model: "kb-rag", Team: "Risk & Compliance"),
        new AuditQuery(Plan: Guid.CreateVersion7(), Auditor: "compliance@demo.local", DueFrom: new DateOnly(2026, 12, 1), DueBefore: new DateOnly(2026, 12, 31)),
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void AnAddressReadsBackAsTheFiltersItWasMadeFrom(AuditQuery query)
    {
        var address = AuditsAddress.For(query, page: 2);

        var values = QueryHelpers.ParseQuery(new Uri("http://portal" + address).Query);
        string? Get(string name) => values.TryGetValue(name, out var value) ? value.ToString() : null;
        DateOnly? Day(string name) => Get(name) is { } text ? DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;
        var parsed = AuditBoard.Parse(new AuditListFilter(Get("status"), Get("model"), Get("plan") is { } plan ? Guid.Parse(plan) : null, Get("team"), Get("auditor"), Day("dueBefore"), Day("dueFrom")));

        Assert.Equal(query, parsed);
        Assert.Equal("2", Get("page"));
    }

    [Fact]
    public void TheUnfilteredFirstPageIsThePlainAddress() => Assert.Equal("/audits", AuditsAddress.For(new AuditQuery()));

    [Fact]
    public void AnUnknownStatusOrABackwardsRangeIsRefused()
    {
        Assert.Throws<SecurityPortal.Core.Common.ValidationFailedException>(() => AuditBoard.Parse(new AuditListFilter(Status: "Late")));
        Assert.Throws<SecurityPortal.Core.Common.ValidationFailedException>(() => AuditBoard.Parse(new AuditListFilter(DueFrom: new DateOnly(2026, 12, 31), DueBefore: new DateOnly(2026, 12, 1))));
    }
}
