using MudBlazor;

namespace SecurityPortal.Web.Layout;

/// <summary>The portal's colours: calm blues for everyday work, red and amber kept for real risk.</summary>
public static class PortalTheme
{
    public static MudTheme Create() => new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e8c",
            Secondary = "#0f766e",
            AppbarBackground = "#16325c",
            Background = "#f5f7fb",
            DrawerBackground = "#ffffff",
            Error = "#b42318",
            Warning = "#b54708",
            Success = "#067647",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7ab0f5",
            Secondary = "#5eead4",
            AppbarBackground = "#0f1b2d",
            Background = "#0b1220",
            Surface = "#111a2b",
            DrawerBackground = "#0f1726",
            Error = "#f97066",
            Warning = "#fdb022",
            Success = "#47cd89",
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "248px" },
    };
}
