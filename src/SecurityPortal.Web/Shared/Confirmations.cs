using MudBlazor;

namespace SecurityPortal.Web.Shared;

/// <summary>
/// The second look before an irreversible or powerful action: a dialog that says what will happen, with the
/// action named on its button. Cancelling (or Escape) changes nothing.
/// </summary>
public static class Confirmations
{
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string whatHappens, string action)
    {
        var answer = await dialogs.ShowMessageBoxAsync(
            new MessageBoxOptions { Title = title, Message = whatHappens, YesText = action, CancelText = "Cancel" },
            new DialogOptions { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small, FullWidth = true });
        return answer == true;
    }
}
