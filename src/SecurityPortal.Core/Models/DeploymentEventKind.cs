namespace SecurityPortal.Core.Models;

public enum DeploymentEventKind
{
    Deploy,
    Rollback,
}
