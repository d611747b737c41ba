using Microsoft.AspNetCore.Components;
using MudBlazor;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Security;
using SecurityPortal.Web.Shared;

namespace SecurityPortal.Web.Features.Admin;

public sealed partial class UsersPanel
{
    private MudTable<UserRow>? _table;
    private IReadOnlyList<TeamRow> _teams = [];
    private string? _search;
    private string _email = string.Empty;
    private string _displayName = string.Empty;
    private string _role = PortalRoles.Staff;
    private Guid? _teamId;
    private string? _oneTimePassword;
    private string? _oneTimePasswordTitle;
    private readonly FormErrors _errors = new();

    [Inject]
    private UserAdministration Users { get; set; } = default!;

    [Inject]
    private TeamAdministration Teams { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _teams = await Teams.ListAsync();

    private async Task<TableData<UserRow>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        // MudTable counts pages from 0; the portal's lists count from 1.
        var page = await Users.ListAsync(_search, state.Page + 1, state.PageSize, cancellationToken);
        return new TableData<UserRow> { Items = page.Items, TotalItems = page.Total };
    }

    private Task SearchAsync(string text)
    {
        _search = text;
        return _table?.ReloadServerData() ?? Task.CompletedTask;
    }

    private async Task CreateAsync()
    {
        _errors.Clear();
        try
        {
            _oneTimePassword = await Users.CreateAsync(new NewUser(_email, _displayName, _role, _teamId));
            _oneTimePasswordTitle = $"Account created for {_email.Trim()}.";
            _email = string.Empty;
            _displayName = string.Empty;
            await ReloadAsync();
        }
        catch (ValidationFailedException ex)
        {
            _errors.Show(ex);
        }
    }

    private Task ChangeAsync(UserRow user, string role, Guid? teamId) =>
        RunAsync(() => Users.ChangeAsync(user.Id, role, teamId), $"{user.DisplayName} updated.");

    private async Task ChangeRoleAsync(UserRow user, string role)
    {
        if (role == PortalRoles.Administrator && user.Role != PortalRoles.Administrator
            && !await Dialogs.ConfirmAsync(
                "Grant Administrator?",
                $"{user.DisplayName} will be able to manage people, roles, teams, API keys and schedules, and read the whole audit log.",
                "Grant Administrator"))
        {
            await ReloadAsync(); // puts the row's role picker back to what is stored
            return;
        }

        await ChangeAsync(user, role, user.TeamId);
    }

    private async Task SetActiveAsync(UserRow user, bool active)
    {
        if (!active && !await Dialogs.ConfirmAsync(
                $"Deactivate {user.DisplayName}?",
                $"{user.DisplayName} ({user.Email}) is signed out everywhere at once and cannot sign in until reactivated. Their history stays.",
                "Deactivate"))
        {
            return;
        }

        await RunAsync(() => Users.SetActiveAsync(user.Id, active), active ? $"{user.DisplayName} can sign in again." : $"{user.DisplayName} is deactivated and signed out.");
    }

    private async Task ResetPasswordAsync(UserRow user)
    {
        if (!await Dialogs.ConfirmAsync(
                $"Reset {user.DisplayName}'s password?",
                $"{user.DisplayName} ({user.Email}) is signed out everywhere, their current password stops working, and you get a one-time password to hand over.",
                "Reset password"))
        {
            return;
        }

        try
        {
            _oneTimePassword = await Users.ResetPasswordAsync(user.Id);
            _oneTimePasswordTitle = $"Password reset for {user.Email}.";
        }
        catch (Exception ex) when (ex is ConflictException or NotFoundException or NotAllowedException)
        {
            Snackbar.ShowLatest(ex.Message, Severity.Warning);
        }

        await ReloadAsync();
    }

    private async Task RunAsync(Func<Task> change, string done)
    {
        try
        {
            await change();
            Snackbar.ShowLatest(done, Severity.Success);
        }
        catch (Exception ex) when (ex is ValidationFailedException or ConflictException or NotFoundException or NotAllowedException)
        {
            Snackbar.ShowLatest(ex.Message, Severity.Warning);
        }

        await ReloadAsync();
    }

    private Task ReloadAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;
}
