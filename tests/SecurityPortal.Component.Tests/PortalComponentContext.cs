using Bunit;
using MudBlazor.Services;

namespace SecurityPortal.Component.Tests;

/// <summary>
/// A bUnit context with MudBlazor's services and loose JS interop, as MudBlazor components need.
/// MudBlazor's services only dispose asynchronously, so xUnit disposes the context through
/// <see cref="IAsyncLifetime"/> before its synchronous Dispose (which then has nothing left to do).
/// </summary>
public abstract class PortalComponentContext : BunitContext, IAsyncLifetime
{
    protected PortalComponentContext()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
