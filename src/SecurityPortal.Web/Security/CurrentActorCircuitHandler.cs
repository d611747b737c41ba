using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace SecurityPortal.Web.Security;

/// <summary>
/// A circuit is one long-lived DI scope: keep its <see cref="CurrentActor"/> in step with the
/// circuit's authentication state, so changes made from pages are stamped with the right user.
/// </summary>
public sealed class CurrentActorCircuitHandler(AuthenticationStateProvider authentication, CurrentActor actor)
    : CircuitHandler, IDisposable
{
    private string? _circuitId;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        _circuitId = circuit.Id;
        authentication.AuthenticationStateChanged += OnAuthenticationStateChanged;
        var state = await authentication.GetAuthenticationStateAsync();
        actor.SetUser(state.User, _circuitId);
    }

    private async void OnAuthenticationStateChanged(Task<AuthenticationState> task)
    {
        try
        {
            actor.SetUser((await task).User, _circuitId);
        }
        catch (InvalidOperationException)
        {
            // The circuit is going away; there is nobody left to stamp changes for.
        }
    }

    public void Dispose() => authentication.AuthenticationStateChanged -= OnAuthenticationStateChanged;
}
