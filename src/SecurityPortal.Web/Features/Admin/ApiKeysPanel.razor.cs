using Microsoft.AspNetCore.Components;
using MudBlazor;
using SecurityPortal.Core.ApiKeys;
using SecurityPortal.Core.Common;
using SecurityPortal.Web.Shared;

namespace SecurityPortal.Web.Features.Admin;

public sealed partial class ApiKeysPanel
{
    private MudTable<ApiKeyRow>? _table;
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

    private async Task<TableData<ApiKeyRow>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        // MudTable counts pages from 0; the portal's lists count from 1.
        var page = await Keys.ListAsync(state.Page + 1, state.PageSize, cancellationToken);
        return new TableData<ApiKeyRow> { Items = page.Items, TotalItems = page.Total };
    }

    private Task ReloadAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;

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
            await ReloadAsync();
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

        await ReloadAsync();
    }

    private static Color StateColor(ApiKeyState state) => state switch
    {
        ApiKeyState.Active => Color.Success,
        ApiKeyState.Expired => Color.Warning,
        _ => Color.Error,
    };
}
