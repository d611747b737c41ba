using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SecurityPortal.Data;
using SecurityPortal.Data.Setup;

namespace SecurityPortal.Migrations.Sqlite;

/// <summary>
/// Lets <c>dotnet ef</c> build the Sqlite model without starting the web app. The connection string is
/// never opened when adding migrations or generating scripts.
/// </summary>
public sealed class DesignTimePortalDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        builder.UsePortalDatabase(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
        return new PortalDbContext(builder.Options);
    }
}
