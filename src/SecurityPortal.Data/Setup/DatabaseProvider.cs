namespace SecurityPortal.Data.Setup;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one SQLite file, migrations applied at start.</summary>
    Sqlite,

    /// <summary>Production: SQL Server, schema deployed by the generated script or <c>--migrate</c>.</summary>
    SqlServer,
}
