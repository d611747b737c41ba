namespace SecurityPortal.Core.ApiKeys;

public enum ApiKeyState
{
    Active,
    Expired,
    Revoked,
}
