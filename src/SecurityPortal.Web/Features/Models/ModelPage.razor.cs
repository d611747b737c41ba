using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Models;
using SecurityPortal.Web.Security;
using SecurityPortal.Web.Shared;

namespace SecurityPortal.Web.Features.Models;

public sealed partial class ModelPage
{
    private ModelSummary? _model;
    private IReadOnlyList<DeploymentResponse> _deployments = [];
    private IReadOnlyList<VersionResponse> _versions = [];
    private List<(DeploymentEnvironment Environment, IReadOnlyList<DeploymentEventResponse> Events)> _history = [];
    private RollbackChoice? _rollback;
    private string? _rollbackTo;
    private string _reason = string.Empty;
    private string? _reasonError;
    private bool _canManage;
    private bool _editing;
    private bool _versionForm;
    private VersionResponse? _correcting;
    private string? _deploying;
    private int _tab;

    [Parameter]
    public string Key { get; set; } = string.Empty;

    /// <summary>The tab to open with (overview, deployments, versions, history, compliance), for links from elsewhere.</summary>
    [SupplyParameterFromQuery(Name = "tab")]
    public string? Tab { get; set; }

    private static readonly string[] TabNames = ["overview", "deployments", "versions", "history", "compliance"];
    private string? _openedWith;

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

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (_model is not null && _model.Key != Key)
        {
            // Another model on the same page: no open form or rollback carries over.
            _rollback = null;
            _editing = false;
            CloseForms();
        }

        try
        {
            _model = await Inventory.GetAsync(Key);
        }
        catch (NotFoundException)
        {
            Navigation.NavigateTo("/not-found");
            return;
        }

        // Applied when the address names a tab, not on every re-render, so the person's own tab clicks stand.
        if (Tab != _openedWith)
        {
            _openedWith = Tab;
            var index = Array.FindIndex(TabNames, name => string.Equals(name, Tab, StringComparison.OrdinalIgnoreCase));
            _tab = index < 0 ? _tab : index;
        }

        _canManage = await MayActAsync();
        await LoadAsync();
    }

    /// <summary>
    /// Whether to offer changes: administrators and officers always, team leads for their own team's models.
    /// Only for showing buttons; every change is checked again by the service against the model as it is now.
    /// </summary>
    private async Task<bool> MayActAsync()
    {
        if (_model is null)
        {
            return false;
        }

        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        var manage = await Authorization.AuthorizeAsync(user, PortalPolicies.ManageModels);
        var team = await Authorization.AuthorizeAsync(user, new TeamScope(_model.OwnerTeamId), PortalPolicies.ActOnTeam);
        return manage.Succeeded && team.Succeeded;
    }

    private async Task EditedAsync(ModelSummary saved)
    {
        _model = saved;
        _editing = false;
        Snackbar.ShowLatest("Saved.", Severity.Success);
        _canManage = await MayActAsync();
    }

    private void Correct(VersionResponse version)
    {
        CloseForms();
        _correcting = version;
        _versionForm = true;
    }

    private void StartDeploy(VersionResponse version)
    {
        CloseForms();
        _deploying = version.Version;
    }

    private void CloseForms()
    {
        _versionForm = false;
        _correcting = null;
        _deploying = null;
    }

    private async Task VersionSavedAsync(VersionResponse version)
    {
        Snackbar.ShowLatest(_correcting is null ? $"Version {version.Version} registered as a draft." : $"Version {version.Version} saved.", Severity.Success);
        CloseForms();
        await LoadAsync();
    }

    private async Task DeployedAsync(DeploymentResponse deployment)
    {
        Snackbar.ShowLatest(deployment.Unchanged ? $"{deployment.Environment} already runs {deployment.Version} like this; nothing changed." : $"{deployment.Environment} now runs {deployment.Version}.", Severity.Success);
        CloseForms();
        await LoadAsync();
    }

    private async Task MoveAsync(VersionResponse version, ModelVersionState to)
    {
        if (ConfirmationFor(version.Version, to) is { } confirmation
            && !await Dialogs.ConfirmAsync(confirmation.Title, confirmation.WhatHappens, confirmation.Action))
        {
            return;
        }

        try
        {
            var moved = await Versions.MoveAsync(Key, version.Version, to, seen: version.ConcurrencyToken);
            Snackbar.ShowLatest($"Version {moved.Version} is {Labels.InSentence(moved.State)}.", Severity.Success);
            await LoadAsync();
        }
        catch (Exception ex) when (ex is ConflictException or NotFoundException or NotAllowedException)
        {
            // Show what the version is now, so the next decision is made on what is there.
            Snackbar.ShowLatest(ex.Message, Severity.Warning);
            await LoadAsync();
        }
    }

    /// <summary>The moves that cannot be undone ask first, saying what they make final.</summary>
    private static (string Title, string WhatHappens, string Action)? ConfirmationFor(string version, ModelVersionState to) => to switch
    {
        ModelVersionState.Approved => ($"Approve version {version}?",
            $"Version {version} becomes immutable: its artifact, SHA-256 and notes can never change again, and it can be deployed.", "Approve"),
        ModelVersionState.Retired => ($"Retire version {version}?",
            $"Version {version} can no longer be deployed or rolled back to. Retiring cannot be undone.", "Retire"),
        _ => null,
    };

    private async Task LoadAsync()
    {
        _deployments = await Deployments.ListAsync(Key);
        _versions = await Versions.ListAsync(Key);
        _history = [];
        foreach (var deployment in _deployments)
        {
            _history.Add((deployment.Environment, await Deployments.HistoryAsync(Key, deployment.Environment.ToString())));
        }
    }

    private async Task StartRollbackAsync(DeploymentResponse deployment)
    {
        _rollback = new RollbackChoice(deployment.Environment, deployment.Version);
        _rollbackTo = await Deployments.DefaultRollbackTargetAsync(Key, deployment.Environment.ToString());
        _reason = string.Empty;
        _reasonError = null;
    }

    private async Task ConfirmRollbackAsync()
    {
        if (_rollback is not { } choice || _model is null)
        {
            return;
        }

        _reasonError = null;
        if (!await Dialogs.ConfirmAsync($"Roll back {choice.Environment}?", $"{choice.Environment} will run {_rollbackTo} instead of {choice.From}.", $"Roll back to {_rollbackTo}"))
        {
            return;
        }

        try
        {
            // What the person saw running goes along, so a double click or a retry cannot roll back twice.
            var result = await Deployments.RollbackAsync(Key, new RollbackRequest(choice.Environment.ToString(), _reason, _rollbackTo, choice.From));
            Snackbar.ShowLatest(result.Unchanged ? $"{choice.Environment} already runs {result.Version}; nothing changed." : $"{choice.Environment} now runs {result.Version}.", Severity.Success);
            _rollback = null;
            await LoadAsync();
        }
        catch (ValidationFailedException ex)
        {
            _reasonError = ex.Errors.TryGetValue("reason", out var messages) ? string.Join(" ", messages) : ex.Message;
        }
        catch (Exception ex) when (ex is ConflictException or NotFoundException)
        {
            Snackbar.ShowLatest(ex.Message, Severity.Warning);
        }
        catch (NotAllowedException ex)
        {
            Snackbar.ShowLatest(ex.Message, Severity.Error);
        }
    }

    private sealed record RollbackChoice(DeploymentEnvironment Environment, string From);
}
