using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace SecurityPortal.Web.Shared;

/// <summary>The root that <see cref="PlainMarkup"/> hands to its renderer: it shows one fragment.</summary>
public sealed class FragmentHost : ComponentBase
{
    [Parameter, EditorRequired]
    public RenderFragment Content { get; set; } = default!;

    protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Content);
}
