namespace SecurityPortal.E2E.Tests;

/// <summary>All journeys share one portal and one browser; each journey uses its own browser context.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalServer>
{
    public const string Name = "portal";
}
