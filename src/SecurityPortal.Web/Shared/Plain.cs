using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace SecurityPortal.Web.Shared;

/// <summary>
/// MudBlazor's look without MudBlazor's components, for read-only bits repeated in lists (a chip per row):
/// each helper writes the same elements and classes into the caller's own render tree, so a row costs a
/// few frames instead of a component (and its state) per chip.
/// </summary>
public static class Plain
{
    /// <summary>A small chip, as MudChip draws it.</summary>
    public static RenderFragment Chip(string text, Color color, Variant variant = Variant.Filled, string? icon = null, string? testId = null) => builder =>
    {
        var look = variant == Variant.Outlined ? "outlined" : "filled";
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-chip-container");
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", $"mud-chip mud-chip-{look} mud-chip-size-small mud-chip-color-{ColorName(color)}");
        builder.AddAttribute(4, "data-testid", testId);
        if (icon is not null)
        {
            builder.OpenElement(5, "svg");
            builder.AddAttribute(6, "class", "mud-icon-root mud-svg-icon mud-icon-size-small mud-chip-icon");
            builder.AddAttribute(7, "viewBox", "0 0 24 24");
            builder.AddAttribute(8, "aria-hidden", "true");
            builder.AddMarkupContent(9, icon);
            builder.CloseElement();
        }

        builder.OpenElement(10, "span");
        builder.AddAttribute(11, "class", "mud-chip-content");
        builder.AddContent(12, text);
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    };

    private static string ColorName(Color color) => color.ToString().ToLowerInvariant();
}
