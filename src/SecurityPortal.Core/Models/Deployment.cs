using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Models;

/// <summary>Where a model runs in one environment, which version runs there now, and how it is served.</summary>
public sealed class Deployment : Entity
{
    public Guid ModelId { get; set; }

    public DeploymentEnvironment Environment { get; set; }

    public Guid CurrentVersionId { get; set; }

    public required string Endpoint { get; set; }

    public ServingAuthMode AuthMode { get; set; }

    public bool InputValidation { get; set; }

    public bool Monitoring { get; set; }

    public bool SecurityLogging { get; set; }

    public bool Tls { get; set; }

    public bool RateLimiting { get; set; }
}
