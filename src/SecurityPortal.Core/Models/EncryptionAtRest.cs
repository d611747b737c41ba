namespace SecurityPortal.Core.Models;

public enum EncryptionAtRest
{
    None,
    PlatformManaged,
    CustomerManagedKey,
}
