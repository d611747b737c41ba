using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using MudBlazor;

namespace SecurityPortal.Web.Layout;

public sealed partial class MainLayout
{
    // One theme for every circuit: its palettes are read, never changed.
    private static readonly MudTheme SharedTheme = PortalTheme.Create();
    private ErrorBoundary? _errorBoundary;
    private bool _drawerOpen = true;
    private bool _isDarkMode;
    private bool _interactive;

    [CascadingParameter(Name = ThemePreference.CascadeName)]
    public bool? PrefersDarkMode { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private UserPreferences Preferences { get; set; } = default!;

    protected override void OnInitialized() => _isDarkMode = PrefersDarkMode ?? false;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        // Without a stored choice, follow the operating system's setting.
        if (PrefersDarkMode is null)
        {
            _isDarkMode = await JS.InvokeAsync<bool>("portal.prefersDarkMode");
        }

        _interactive = true;
        StateHasChanged();
    }

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    private async Task OnThemeChosen(bool dark)
    {
        _isDarkMode = dark;
        await JS.InvokeVoidAsync("portal.rememberTheme", ThemePreference.ToCookie(dark));
        await Preferences.SaveDarkModeAsync(dark);
    }

    private void Recover() => _errorBoundary?.Recover();
}
