using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SecurityPortal.Web.Shared;

namespace SecurityPortal.Component.Tests.Shared;

public sealed class PlainMarkupTests : PortalComponentContext
{
    [Fact]
    public void MudBlazorContentArrivesAsItsHtmlWithoutItsComponents()
    {
        var plain = Render<PlainMarkup>(p => p.Add(m => m.ChildContent, (RenderFragment)(b =>
        {
            b.OpenComponent<MudText>(0);
            b.AddAttribute(1, nameof(MudText.Typo), Typo.h6);
            b.AddAttribute(2, "data-testid", "heading");
            b.AddAttribute(3, nameof(MudText.ChildContent), (RenderFragment)(t => t.AddContent(0, "Model inventory")));
            b.CloseComponent();
        })));

        var heading = plain.Find("[data-testid=heading]");
        Assert.Equal("Model inventory", heading.TextContent);
        Assert.Contains("mud-typography-h6", heading.ClassList);
        Assert.Empty(plain.FindComponents<MudText>());
    }

    [Fact]
    public void TheContentIsDrawnAgainOnlyWhenTheVersionChanges()
    {
        var text = "first";
        RenderFragment content = b => b.AddMarkupContent(0, $"<p data-testid=\"text\">{text}</p>");
        var plain = Render<PlainMarkup>(p => p.Add(m => m.ChildContent, content).Add(m => m.Version, 1));

        text = "second";
        plain.Render(p => p.Add(m => m.ChildContent, content).Add(m => m.Version, 1));
        Assert.Equal("first", plain.Find("[data-testid=text]").TextContent);

        plain.Render(p => p.Add(m => m.ChildContent, content).Add(m => m.Version, 2));
        Assert.Equal("second", plain.Find("[data-testid=text]").TextContent);
    }

    [Fact]
    public void ContentWithASharedKeyIsRenderedOnceForEveryone()
    {
        var key = $"test:{Guid.NewGuid():N}";
        var renders = 0;
        RenderFragment content = b =>
        {
            renders++;
            b.AddMarkupContent(0, "<style>:root{}</style>");
        };

        var first = Render<PlainMarkup>(p => p.Add(m => m.ChildContent, content).Add(m => m.SharedKey, key));
        var second = Render<PlainMarkup>(p => p.Add(m => m.ChildContent, content).Add(m => m.SharedKey, key));

        Assert.Equal(1, renders);
        Assert.Equal(first.Markup, second.Markup);
    }
}
