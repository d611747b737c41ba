using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace SecurityPortal.Web.Shared;

/// <summary>
/// Shows read-only content as plain HTML instead of a live component tree. The content is rendered once,
/// off to the side, and only the resulting text stays in the circuit: a table or a row of cards then costs
/// a string instead of a few kilobytes of component state per MudBlazor part. Links keep working (the router
/// follows any link on the page); anything people act on (buttons, menus, live clocks) belongs outside.
/// </summary>
public sealed class PlainMarkup : ComponentBase
{
    private static readonly ConcurrentDictionary<string, string> Shared = new(StringComparer.Ordinal);

    private string _html = string.Empty;
    private object? _renderedVersion;
    private bool _rendered;
    private bool _changed;

    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    [Inject]
    private ILoggerFactory Logging { get; set; } = default!;

    [Parameter, EditorRequired]
    public RenderFragment ChildContent { get; set; } = default!;

    /// <summary>
    /// The content is rendered again only when this changes: the fragment is a new delegate on every render of
    /// the parent, so it cannot say by itself whether anything it shows has changed.
    /// </summary>
    [Parameter]
    public object? Version { get; set; }

    /// <summary>
    /// For content that is the same for everyone on this node whatever the version (the theme's style sheet):
    /// rendered once per key and the one text shared by every circuit.
    /// </summary>
    [Parameter]
    public string? SharedKey { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (_rendered && Equals(Version, _renderedVersion))
        {
            return;
        }

        _rendered = true;
        _renderedVersion = Version;
        var html = SharedKey is null
            ? await RenderAsync(ChildContent)
            : Shared.TryGetValue(SharedKey, out var shared) ? shared : Shared.GetOrAdd(SharedKey, await RenderAsync(ChildContent));
        _changed = !string.Equals(html, _html, StringComparison.Ordinal);
        _html = html;
    }

    protected override bool ShouldRender()
    {
        var changed = _changed;
        _changed = false;
        return changed;
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddMarkupContent(0, _html);

    private async Task<string> RenderAsync(RenderFragment content)
    {
        // The circuit's own services, so the content sees the same navigation, culture and theme; the renderer
        // and every component it made are gone again when this returns.
        await using var renderer = new HtmlRenderer(Services, Logging);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(FragmentHost.Content)] = content });
            var output = await renderer.RenderComponentAsync<FragmentHost>(parameters);
            return output.ToHtmlString();
        });
    }
}
