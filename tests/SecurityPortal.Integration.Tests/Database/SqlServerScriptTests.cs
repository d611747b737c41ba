using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using SecurityPortal.Data.Setup;

namespace SecurityPortal.Integration.Tests.Database;

/// <summary>
/// No SQL Server runs here, so its support is proven on paper: the committed deployment script is the
/// one the migrations generate, and SQL Server's own parser accepts every batch of it.
/// </summary>
public sealed class SqlServerScriptTests
{
    private static readonly string ScriptPath = Path.Combine(ProviderContexts.RepositoryRoot(), "database", "sqlserver", "deploy.sql");

    private static string Generate()
    {
        using var db = ProviderContexts.Create(DatabaseProvider.SqlServer, ProviderContexts.UnusedSqlServer);
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }

    private static string Normalize(string script) => script.TrimStart('\uFEFF').ReplaceLineEndings("\n").Trim();

    [Fact]
    public void CommittedScriptEqualsAFreshlyGeneratedOne()
    {
        var committed = Normalize(File.ReadAllText(ScriptPath));

        Assert.True(
            Normalize(Generate()) == committed,
            "database/sqlserver/deploy.sql is out of date: run database/sqlserver/generate.sh and commit the result.");
    }

    [Fact]
    public void ScriptParsesAsTSqlWithoutErrors()
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);

        using var reader = new StringReader(File.ReadAllText(ScriptPath));
        var fragment = parser.Parse(reader, out var errors);

        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
        var script = Assert.IsType<TSqlScript>(fragment);
        Assert.True(script.Batches.Count > 1);
    }

    [Fact]
    public void ScriptIsIdempotentAndCreatesTheAuditLog()
    {
        var script = File.ReadAllText(ScriptPath);

        Assert.Contains("CREATE TABLE [AuditLog]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("[__EFMigrationsHistory]", script, StringComparison.Ordinal);
    }
}
