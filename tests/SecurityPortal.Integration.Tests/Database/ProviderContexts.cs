using Microsoft.EntityFrameworkCore;
using SecurityPortal.Data;
using SecurityPortal.Data.Setup;

namespace SecurityPortal.Integration.Tests.Database;

/// <summary>Bare contexts per provider, without the web host. The SQL Server one is never opened.</summary>
internal static class ProviderContexts
{
    public const string UnusedSqlServer = "Server=(local);Database=SecurityPortal;Integrated Security=true;TrustServerCertificate=true";

    public static PortalDbContext Create(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        builder.UsePortalDatabase(new DatabaseSettings(provider, connectionString));
        return new PortalDbContext(builder.Options);
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SecurityPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (SecurityPortal.sln) was not found.");
    }
}
