using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SecurityPortal.Data;
using SecurityPortal.Data.Setup;

namespace SecurityPortal.Migrations.SqlServer;

/// <summary>
/// Lets <c>dotnet ef</c> build the SqlServer model without starting the web app. The connection string is
/// never opened when adding migrations or generating scripts.
/// </summary>
public sealed class DesignTimePortalDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        builder.UsePortalDatabase(new DatabaseSettings(DatabaseProvider.SqlServer, "Server=(local);Database=SecurityPortal;Integrated Security=true;TrustServerCertificate=true"));
        return new PortalDbContext(builder.Options);
    }
}
