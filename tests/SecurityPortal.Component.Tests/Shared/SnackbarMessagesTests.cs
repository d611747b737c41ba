using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SecurityPortal.Web.Shared;

namespace SecurityPortal.Component.Tests.Shared;

public sealed class SnackbarMessagesTests : PortalComponentContext
{
    [Fact]
    public void ANewMessageReplacesTheOneOfTheSameKindInsteadOfPilingUp()
    {
        var snackbar = Services.GetRequiredService<ISnackbar>();

        snackbar.ShowLatest("Version 1.0.0 is in review.", Severity.Success);
        snackbar.ShowLatest("Version 1.0.0 is approved.", Severity.Success);
        snackbar.ShowLatest("Someone else changed this.", Severity.Warning);
        snackbar.ShowLatest("Version 1.1.0 is approved.", Severity.Success);

        Assert.Equal(["Someone else changed this.", "Version 1.1.0 is approved."], snackbar.ShownSnackbars.Select(s => s.Message ?? string.Empty).Order().ToArray());
    }
}
