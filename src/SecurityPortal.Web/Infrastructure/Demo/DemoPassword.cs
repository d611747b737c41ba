using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Infrastructure.Demo;

/// <summary>
/// The demo users' password: <c>Portal:Demo:Password</c> when set, otherwise one generated per
/// database and shown once on the console when the users are first created (never logged to files).
/// </summary>
public sealed class DemoPassword(DemoOptions demo)
{
    private string? _generated;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(demo.Password);

    public string Value => IsConfigured ? demo.Password! : _generated ??= InitialPassword.Generate();
}
