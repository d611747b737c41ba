namespace SecurityPortal.Data.Setup;

/// <summary>The resolved database choice: which provider and the full connection string for it.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString);
