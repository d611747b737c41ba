namespace SecurityPortal.Core.Models;

public enum DeploymentEnvironment
{
    Development,
    Staging,
    Production,
}
