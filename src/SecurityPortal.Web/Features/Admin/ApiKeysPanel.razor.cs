using Microsoft.AspNetCore.Components;
using MudBlazor;
using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Core.Common;
using SecurityPortal.Web.Shared;

namespace SecurityPortal.Web.Features.Admin;

public sealed partial class ApiKeysPanel
{
    private IReadOnlyList<ApiKeyRow>? _keys;
    private IssuedApiKey? _issued;
    private string _name = string.Empty;
    private IReadOnlyCollection<string> _scopes = [];
    private DateTime? _expires;
    private bool _busy;
    private readonly FormErrors _errors = new();

    [Inject]
    private ApiKeyAdministration Keys { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _keys = await Keys.ListAsync();

    private async Task IssueAsync()
    {
        _busy = true;
        _errors.Clear();
        try
        {
            // The date picker gives a local calendar day; a key expires at the end of that day, UTC.
            DateTimeOffset? expiresAt = _expires is { } day ? new DateTimeOffset(day.Date.AddDays(1), TimeSpan.Zero) : null;
            _issued = await Keys.IssueAsync(new ApiKeyRequest(_name, _scopes, expiresAt));
            _name = string.Empty;
            _scopes = [];
            _expires = null;
            _keys = await Keys.ListAsync();
        }
        catch (ValidationFailedException ex)
        {
            _errors.Show(ex);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task RevokeAsync(ApiKeyRow key)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Revoke API key",
            $"Revoke \"{key.Name}\"? Clients using it are refused from the next request. This cannot be undone.",
            yesText: "Revoke",
            cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        try
        {
            await Keys.RevokeAsync(key.Id);
            Snackbar.ShowLatest($"Key \"{key.Name}\" revoked.", Severity.Success);
        }
        catch (Exception ex) when (ex is ConflictException or NotFoundException or NotAllowedException)
        {
            Snackbar.ShowLatest(ex.Message, Severity.Warning);
        }

        _keys = await Keys.ListAsync();
    }

    private static Color StateColor(ApiKeyState state) => state switch
    {
        ApiKeyState.Active => Color.Success,
        ApiKeyState.Expired => Color.Warning,
        _ => Color.Error,
    };
}
