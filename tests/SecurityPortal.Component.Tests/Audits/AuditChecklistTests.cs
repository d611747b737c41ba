using Bunit;
using SecurityPortal.Core.Audits;
using SecurityPortal.Core.Controls;
using SecurityPortal.Web.Features.Audits;

namespace SecurityPortal.Component.Tests.Audits;

public sealed class AuditChecklistTests : PortalComponentContext
{
    private static AuditItemResponse Item(string code, AuditItemResult? result, string? changed = null, Guid? finding = null) => new(
        code, $"Control {code}", SecurityPractice.ApiAuthentication, result, result is null ? null : "Checked.", null, null, AuditItemResult.Pass, null, changed, finding, []);

    private static readonly IReadOnlyList<AuditItemResponse> Items =
    [
        Item("SP-01.1", AuditItemResult.Pass),
        Item("SP-03.3", null, "Evidence expired since the last sign-off."),
        Item("SP-05.3", AuditItemResult.Fail, finding: Guid.CreateVersion7()),
    ];

    [Fact]
    public void EachItemShowsItsAnswerAndTheChangedOnesSayWhy()
    {
        var checklist = Render<AuditChecklist>(p => p.Add(c => c.Items, Items).Add(c => c.Selected, "SP-03.3"));

        var rows = checklist.FindAll("[data-testid=audit-item]");
        Assert.Equal(["true", "false", "true"], rows.Select(r => r.GetAttribute("data-answered")));
        Assert.Equal(["Pass", "Open", "Fail"], checklist.FindAll("[data-testid=item-result]").Select(c => c.TextContent.Trim()));
        var changed = Assert.Single(checklist.FindAll("[data-testid=item-changed]"));
        Assert.Contains("Evidence expired", changed.TextContent, StringComparison.Ordinal);
        Assert.Contains("audit-item-changed", rows[1].ClassList);
        Assert.Contains("audit-item-selected", rows[1].ClassList);
        Assert.Single(checklist.FindAll("a[href^='/findings/']"));
    }

    [Fact]
    public void OnlyChangedHidesTheItemsThatCarriedOver()
    {
        var checklist = Render<AuditChecklist>(p => p.Add(c => c.Items, Items).Add(c => c.OnlyChanged, true));

        var row = Assert.Single(checklist.FindAll("[data-testid=audit-item]"));
        Assert.Equal("SP-03.3", row.GetAttribute("data-code"));
    }

    [Fact]
    public void ClickingAnItemSelectsIt()
    {
        string? selected = null;
        var checklist = Render<AuditChecklist>(p => p.Add(c => c.Items, Items).Add(c => c.OnSelect, code => selected = code));

        checklist.FindAll("[data-testid=audit-item]")[2].Click();

        Assert.Equal("SP-05.3", selected);
    }
}
