using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Models;
using SecurityPortal.Data;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Models;

/// <summary>
/// Importing the inventory from CSV: a preview that checks every row against the rules and the
/// database and writes nothing, then an apply that checks again and writes every row in one
/// transaction — all or nothing unless the caller asks to skip the rows in error.
/// </summary>
public sealed class ModelImport(IDbContextFactory<PortalDbContext> contexts, AccessGuard guard)
{
    public const int MaxRows = 5_000;

    private const string NotAllowed = "Only administrators, security officers and team leads import models.";

    /// <summary>Checks the file; a team lead's rows are limited to their own team, as it is now.</summary>
    public async Task<ModelImportPreview> PreviewAsync(string csv, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageModels, NotAllowed);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (preview, _) = await CheckAsync(db, csv, await guard.OnlyTeamAsync(db, cancellationToken), cancellationToken);
        return preview;
    }

    /// <summary>
    /// Writes the file. Rows are checked again here because the database may have changed since the
    /// preview; with errors and <paramref name="skipRowsWithErrors"/> false, nothing is written.
    /// </summary>
    public async Task<ModelImportResult> ApplyAsync(string csv, bool skipRowsWithErrors, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageModels, NotAllowed);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (preview, changes) = await CheckAsync(db, csv, await guard.OnlyTeamAsync(db, cancellationToken), cancellationToken);
        if (preview.FileError is not null)
        {
            throw new ValidationFailedException("file", preview.FileError);
        }

        var failed = preview.Rows.Where(r => r.Action == ModelImportAction.Error).ToList();
        if (failed.Count > 0 && !skipRowsWithErrors)
        {
            throw new ValidationFailedException(failed.ToDictionary(
                r => $"line {r.Line}",
                r => r.Errors.ToArray()));
        }

        foreach (var change in changes)
        {
            change(db);
        }

        await db.SaveOrConflictAsync("Another change to the inventory landed while importing; preview the file again.", cancellationToken);
        return new ModelImportResult(
            preview.Rows.Count(r => r.Action == ModelImportAction.Create),
            preview.Rows.Count(r => r.Action == ModelImportAction.Update),
            preview.Rows.Count(r => r.Action == ModelImportAction.Unchanged),
            failed.Count);
    }

    private static async Task<(ModelImportPreview Preview, List<Action<PortalDbContext>> Changes)> CheckAsync(
        PortalDbContext db, string csv, Guid? onlyTeamId, CancellationToken cancellationToken)
    {
        IReadOnlyList<ModelCsvRow> rows;
        try
        {
            rows = ModelCsv.Read(csv, MaxRows);
        }
        catch (FormatException ex)
        {
            return (new ModelImportPreview([], ex.Message), []);
        }

        // One read of teams and of the affected models, not one query per row.
        var teams = await db.Teams.Where(t => t.IsActive).ToListAsync(cancellationToken);
        var keys = rows.Select(r => r.Key).OfType<string>().Distinct().ToList();
        var existing = await db.Models.Where(m => keys.Contains(m.Key)).ToDictionaryAsync(m => m.Key, cancellationToken);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var results = new List<ModelImportRow>();
        var changes = new List<Action<PortalDbContext>>();
        foreach (var row in rows)
        {
            var errors = new FieldErrors();
            if (row.ShapeError is not null)
            {
                errors.Add(string.Empty, "The line " + row.ShapeError);
            }

            if (!AiModel.IsValidKey(row.Key))
            {
                errors.Add(ModelCsv.Key, $"'{row.Key}' is not a key: 3 to 60 lowercase letters, digits and single hyphens.");
            }
            else if (seen.TryGetValue(row.Key!, out var firstLine))
            {
                errors.Add(ModelCsv.Key, $"'{row.Key}' is already on line {firstLine}.");
            }
            else
            {
                seen[row.Key!] = row.Line;
            }

            var details = ModelDetails.Check(errors, row.Name, row.Purpose, row.RiskTier, row.DataClassification, row.Tags);
            var team = teams.FirstOrDefault(t => string.Equals(t.Name, row.OwnerTeam, StringComparison.OrdinalIgnoreCase));
            if (team is null)
            {
                errors.Add(ModelCsv.OwnerTeam, $"No active team '{row.OwnerTeam}'.");
            }
            else if (onlyTeamId is { } only && team.Id != only)
            {
                errors.Add(ModelCsv.OwnerTeam, $"You can import models of your own team only, not '{team.Name}'.");
            }

            var model = row.Key is null ? null : existing.GetValueOrDefault(row.Key);
            if (model is not null && onlyTeamId is { } own && model.OwnerTeamId != own)
            {
                errors.Add(ModelCsv.Key, $"'{row.Key}' belongs to another team.");
            }

            if (errors.HasAny)
            {
                results.Add(new ModelImportRow(row.Line, row.Key ?? string.Empty, row.Name ?? string.Empty, ModelImportAction.Error, errors.Messages));
                continue;
            }

            var teamId = team!.Id;
            if (model is null)
            {
                results.Add(new ModelImportRow(row.Line, row.Key!, details!.Name, ModelImportAction.Create, []));
                changes.Add(context =>
                {
                    var created = new AiModel { Key = row.Key!, Name = details.Name, OwnerTeamId = teamId };
                    details.ApplyTo(created);
                    context.Models.Add(created);
                });
            }
            else if (details!.Matches(model) && model.OwnerTeamId == teamId)
            {
                results.Add(new ModelImportRow(row.Line, row.Key!, details.Name, ModelImportAction.Unchanged, []));
            }
            else
            {
                results.Add(new ModelImportRow(row.Line, row.Key!, details.Name, ModelImportAction.Update, []));
                changes.Add(_ =>
                {
                    details.ApplyTo(model);
                    model.OwnerTeamId = teamId;
                });
            }
        }

        var fileError = rows.Count == 0 ? "The file has a header but no rows." : null;
        return (new ModelImportPreview(results, fileError), changes);
    }
}

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ModelImportAction>))]
public enum ModelImportAction
{
    Create,
    Update,
    Unchanged,
    Error,
}

public sealed record ModelImportRow(int Line, string Key, string Name, ModelImportAction Action, IReadOnlyList<string> Errors);

/// <summary>What an import would do, row by row; <see cref="FileError"/> is set when the file itself cannot be read.</summary>
public sealed record ModelImportPreview(IReadOnlyList<ModelImportRow> Rows, string? FileError)
{
    public int ErrorCount => Rows.Count(r => r.Action == ModelImportAction.Error);

    public int ChangeCount => Rows.Count(r => r.Action is ModelImportAction.Create or ModelImportAction.Update);
}

public sealed record ModelImportResult(int Created, int Updated, int Unchanged, int Skipped);
