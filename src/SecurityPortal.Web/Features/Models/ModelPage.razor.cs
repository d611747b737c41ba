using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SecurityPortal.Core.Common;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Models;

public sealed partial class ModelPage
{
    private ModelSummary? _model;
    private IReadOnlyList<DeploymentResponse> _deployments = [];
    private IReadOnlyList<VersionResponse> _versions = [];
    private List<(string Environment, IReadOnlyList<DeploymentEventResponse> Events)> _history = [];
    private RollbackChoice? _rollback;
    private string? _rollbackTo;
    private string _reason = string.Empty;
    private string? _reasonError;

    [Parameter]
    public string Key { get; set; } = string.Empty;

    [Inject]
    private ModelInventory Inventory { get; set; } = default!;

    [Inject]
    private ModelVersions Versions { get; set; } = default!;

    [Inject]
    private ModelDeployments Deployments { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            _model = await Inventory.GetAsync(Key);
        }
        catch (NotFoundException)
        {
            Navigation.NavigateTo("/not-found");
            return;
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _deployments = await Deployments.ListAsync(Key);
        _versions = await Versions.ListAsync(Key);
        _history = [];
        foreach (var deployment in _deployments)
        {
            _history.Add((deployment.Environment, await Deployments.HistoryAsync(Key, deployment.Environment)));
        }
    }

    private async Task StartRollbackAsync(DeploymentResponse deployment)
    {
        _rollback = new RollbackChoice(deployment.Environment, deployment.Version);
        _rollbackTo = await Deployments.DefaultRollbackTargetAsync(Key, deployment.Environment);
        _reason = string.Empty;
        _reasonError = null;
    }

    private async Task ConfirmRollbackAsync()
    {
        if (_rollback is not { } choice || _model is null)
        {
            return;
        }

        // Team leads may roll back their own team's models only; the button alone is not the check.
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        var allowed = await Authorization.AuthorizeAsync(user, new TeamScope(_model.OwnerTeamId), PortalPolicies.ActOnTeam);
        if (!allowed.Succeeded)
        {
            Snackbar.Add($"Only administrators, security officers and the {_model.OwnerTeam} team lead can roll back this model.", Severity.Error);
            return;
        }

        _reasonError = null;
        try
        {
            var result = await Deployments.RollbackAsync(Key, new RollbackRequest(choice.Environment, _reason, _rollbackTo));
            Snackbar.Add($"{choice.Environment} now runs {result.Version}.", Severity.Success);
            _rollback = null;
            await LoadAsync();
        }
        catch (ValidationFailedException ex)
        {
            _reasonError = ex.Errors.TryGetValue("reason", out var messages) ? string.Join(" ", messages) : ex.Message;
        }
        catch (Exception ex) when (ex is ConflictException or NotFoundException)
        {
            Snackbar.Add(ex.Message, Severity.Warning);
        }
    }

    private sealed record RollbackChoice(string Environment, string From);
}
