namespace SecurityPortal.Core.Models;

public enum DataClassification
{
    Public,
    Internal,
    Confidential,
    Restricted,
}
