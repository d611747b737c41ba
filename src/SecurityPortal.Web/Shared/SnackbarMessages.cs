using MudBlazor;

namespace SecurityPortal.Web.Shared;

/// <summary>
/// Pop-up messages that do not pile up: a new message replaces the one of the same kind (success, warning,
/// error) still showing, so a quick run of actions leaves one message per kind, never a stack over the page.
/// </summary>
public static class SnackbarMessages
{
    /// <summary>At most this many messages show at once (the provider's limit, set where MudBlazor is registered).</summary>
    public const int MaxShown = 2;

    public static void ShowLatest(this ISnackbar snackbar, string message, Severity severity)
    {
        foreach (var shown in snackbar.ShownSnackbars.Where(s => s.Severity == severity).ToList())
        {
            snackbar.Remove(shown);
        }

        snackbar.Add(message, severity);
    }

    public static void Configure(SnackbarConfiguration configuration)
    {
        configuration.MaxDisplayedSnackbars = MaxShown;
        configuration.NewestOnTop = true;
        configuration.PreventDuplicates = true;
        // Bottom right keeps page titles, clocks and primary actions (all at the top) in view.
        configuration.PositionClass = Defaults.Classes.Position.BottomRight;
        configuration.VisibleStateDuration = 5000;
    }
}
