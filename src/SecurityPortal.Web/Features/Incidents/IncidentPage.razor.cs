using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Incidents;
using SecurityPortal.Core.Models;
using SecurityPortal.Web.Security;
using SecurityPortal.Web.Shared;

namespace SecurityPortal.Web.Features.Incidents;

public sealed partial class IncidentPage
{
    private readonly FormErrors _errors = new();
    private IncidentResponse? _incident;
    private IReadOnlyList<string> _people = [];
    private IDisposable? _subscription;
    private string _comment = string.Empty;
    private string? _note;
    private string? _rootCause;
    private string? _lessons;
    private string? _assignee;
    private string? _rollbackModel;
    private DeploymentEnvironment _rollbackEnvironment = DeploymentEnvironment.Production;
    private string _rollbackReason = string.Empty;
    private EditDraft? _edit;
    private bool _conflict;
    private bool _canWork;
    private string? _authorityReference;
    private DateTime? _sentOn;
    private bool _correctingReport;

    [Parameter]
    public string Ref { get; set; } = string.Empty;

    [Inject]
    private IncidentDesk Desk { get; set; } = default!;

    [Inject]
    private IIncidentEvents Events { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private Models.ModelDeployments Deployments { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        // Subscribed before the first await, so a page closed meanwhile still unsubscribes in Dispose.
        // Another responder's change, or the escalation job, shows up here without a reload.
        _subscription = Events.Subscribe(change => string.Equals(change.Ref, _incident?.Ref, StringComparison.OrdinalIgnoreCase)
            ? InvokeAsync(async () =>
            {
                await LoadAsync();
                StateHasChanged();
            })
            : Task.CompletedTask);
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _canWork = (await Authorization.AuthorizeAsync(user, PortalPolicies.ManageIncidents)).Succeeded;
        _people = _canWork ? await Desk.AssigneesAsync() : [];
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_incident is not null && !string.Equals(_incident.Ref, Ref, StringComparison.OrdinalIgnoreCase))
        {
            // Same page, another incident (e.g. from a notification): nothing typed for the last one carries over.
            _incident = null;
            _comment = string.Empty;
            _note = _rootCause = _lessons = _assignee = _rollbackModel = null;
            _rollbackReason = string.Empty;
            _edit = null;
            _conflict = false;
            _errors.Clear();
        }

        try
        {
            await LoadAsync();
        }
        catch (NotFoundException)
        {
            Navigation.NavigateTo("/not-found");
        }
    }

    private async Task LoadAsync()
    {
        var previousAssignee = _incident?.Assignee;
        _incident = await Desk.GetAsync(Ref);
        // Follow someone else's reassignment unless this person has picked another name themselves.
        if (_assignee is null || _assignee == previousAssignee)
        {
            _assignee = _incident.Assignee;
        }

        _rollbackModel ??= _incident.AffectedModels.Count > 0 ? _incident.AffectedModels[0].Model : null;
    }

    private async Task CommentAsync() => await RunAsync(managing: false, async () =>
    {
        _incident = await Desk.CommentAsync(Ref, new CommentRequest(_comment));
        _comment = string.Empty;
    });

    private async Task MoveAsync(IncidentPhase to) => await RunAsync(managing: true, async () =>
    {
        _incident = await Desk.TransitionAsync(Ref, new TransitionRequest(to.ToString(), _note, _rootCause, _lessons, _incident?.ConcurrencyToken));
        _note = null;
        Snackbar.ShowLatest($"{_incident.Ref} is {Labels.Of(_incident.Phase)}.", Severity.Success);
    });

    private async Task AssignAsync() => await RunAsync(managing: true, async () =>
    {
        _incident = await Desk.AssignAsync(Ref, new AssignRequest(_assignee, _incident?.ConcurrencyToken));
        Snackbar.ShowLatest(_incident.Assignee is null ? "Unassigned." : $"Assigned to {_incident.Assignee}.", Severity.Success);
    });

    private async Task RollBackAsync() => await RunAsync(managing: true, async () =>
    {
        var model = _rollbackModel!;
        var environment = _rollbackEnvironment.ToString();
        // The dialog names what will run afterwards, read now, so nobody rolls back blind.
        var running = (await Deployments.ListAsync(model)).FirstOrDefault(d => d.Environment == _rollbackEnvironment)?.Version;
        var target = running is null ? null : await Deployments.DefaultRollbackTargetAsync(model, environment);
        if (running is not null && target is not null
            && !await Dialogs.ConfirmAsync($"Roll back {model} in {environment}?", $"{environment} will run {target} instead of {running}. The history cites {Ref}.", $"Roll back to {target}"))
        {
            return;
        }

        _incident = await Desk.RollBackAffectedModelAsync(Ref, new IncidentRollbackRequest(model, environment, _rollbackReason, target, running));
        _rollbackReason = string.Empty;
        Snackbar.ShowLatest($"{model} rolled back in {environment}.", Severity.Success);
    });

    private void StartReportCorrection()
    {
        _correctingReport = true;
        _authorityReference = _incident?.AuthorityReference;
        _sentOn = _incident?.ReportedAt?.UtcDateTime;
    }

    private async Task MarkReportedAsync() => await RunAsync(managing: true, async () =>
    {
        var sentAt = _sentOn is { } on ? new DateTimeOffset(DateTime.SpecifyKind(on, DateTimeKind.Utc)) : (DateTimeOffset?)null;
        var when = sentAt ?? Clock.GetUtcNow();
        var question = _correctingReport
            ? $"The record will say the report was sent {when:yyyy-MM-dd HH:mm} UTC with authority reference {_authorityReference?.Trim()}. The correction and what it replaces go on the timeline."
            : $"The Art. 73 report clock stops, and the timeline records that the report reached the authority {when:yyyy-MM-dd HH:mm} UTC with reference {_authorityReference?.Trim()}.";
        if (!await Dialogs.ConfirmAsync(_correctingReport ? "Correct the report record?" : "Record the report as sent?", question, _correctingReport ? "Save correction" : "Record as sent"))
        {
            return;
        }

        _incident = await Desk.MarkReportedAsync(Ref, new ReportSentRequest(_authorityReference, sentAt));
        _correctingReport = false;
    });

    private void StartEdit()
    {
        if (_incident is { } i)
        {
            // The token is the one read now: a change by someone else before saving is reported, not overwritten.
            _edit = new EditDraft(i.Title, i.Description, i.Severity, i.Category, i.Reportable, i.ConcurrencyToken);
        }
    }

    private async Task SaveEditAsync() => await RunAsync(managing: true, async () =>
    {
        var e = _edit!;
        _incident = await Desk.UpdateAsync(Ref, new IncidentEditRequest(e.Title, e.Description, IncidentSeverities.Label(e.Severity), e.Category, e.Reportable.ToString(), e.Token));
        _edit = null;
    });

    /// <summary>
    /// Runs one change; field errors go next to the inputs, conflicts reload the incident and say so.
    /// Working an incident needs ManageIncidents, checked here on the server, not only by hiding buttons.
    /// </summary>
    private async Task RunAsync(bool managing, Func<Task> change)
    {
        _errors.Clear();
        _conflict = false;
        if (managing)
        {
            var user = (await Authentication.GetAuthenticationStateAsync()).User;
            if (!(await Authorization.AuthorizeAsync(user, PortalPolicies.ManageIncidents)).Succeeded)
            {
                _errors.Show(new ValidationFailedException(string.Empty, "Only administrators and security officers can work incidents."));
                return;
            }
        }

        try
        {
            await change();
        }
        catch (ValidationFailedException ex)
        {
            _errors.Show(ex);
        }
        catch (ConflictException ex) when (ex.Message == ConflictException.ChangedBySomeoneElse)
        {
            _conflict = true;
            await LoadAsync();
            // The draft stays; saving again after reading the other change is a deliberate choice.
            _edit?.Rebase(_incident!.ConcurrencyToken);
        }
        catch (Exception ex) when (ex is ConflictException or NotFoundException or NotAllowedException)
        {
            _errors.Show(new ValidationFailedException(string.Empty, ex.Message));
        }
    }

    private static Color ColorFor(TimelineEntryKind kind) => kind switch
    {
        TimelineEntryKind.PhaseChange => Color.Primary,
        TimelineEntryKind.Action => Color.Warning,
        TimelineEntryKind.System => Color.Default,
        TimelineEntryKind.Assignment => Color.Info,
        _ => Color.Secondary,
    };

    public void Dispose() => _subscription?.Dispose();

    private sealed class EditDraft(string title, string description, IncidentSeverity severity, string category, ReportableKind reportable, Guid token)
    {
        public string Title { get; set; } = title;

        public string Description { get; set; } = description;

        public IncidentSeverity Severity { get; set; } = severity;

        public string Category { get; set; } = category;

        public ReportableKind Reportable { get; set; } = reportable;

        public Guid Token { get; private set; } = token;

        public void Rebase(Guid token) => Token = token;
    }
}
