namespace SecurityPortal.Core.Models;

public enum SignatureStatus
{
    Unsigned,
    Signed,
    Verified,
    Invalid,
}
