using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Models;
using SecurityPortal.Core.Teams;
using SecurityPortal.Data;
using SecurityPortal.Data.Setup;
using SecurityPortal.Web.Infrastructure.Database;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Web.Features.Models;

/// <summary>Registering, describing and finding models in the inventory.</summary>
public sealed class ModelInventory(IDbContextFactory<PortalDbContext> contexts, AccessGuard guard)
{
    public const int MaxPageSize = 200;

    /// <summary>The export is one query; beyond this many rows a spreadsheet is the wrong tool anyway.</summary>
    public const int MaxExportRows = 50_000;

    private const string MayNotView = "The model inventory is for administrators, security officers, team leads and compliance officers.";
    private const string MayNotManage = "Only administrators, security officers and team leads change the model inventory.";

    public async Task<ModelSummary> CreateAsync(NewModelRequest request, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageModels, MayNotManage);
        var errors = new FieldErrors();
        if (!AiModel.IsValidKey(request.Key))
        {
            errors.Add("key", "A key has 3 to 60 lowercase letters, digits and single hyphens, e.g. fraud-scorer.");
        }

        var details = ModelDetails.Check(errors, request.Name, request.Purpose, request.RiskTier, request.DataClassification, request.Tags);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var team = await FindTeamAsync(db, request.OwnerTeam, errors, cancellationToken);
        if (request.Key is not null && await db.Models.AnyAsync(m => m.Key == request.Key, cancellationToken))
        {
            errors.Add("key", $"A model with key '{request.Key}' already exists.");
        }

        errors.ThrowIfAny();
        await guard.RequireTeamAsync(db, PortalPolicies.ManageModels, team!.Id, "its models", cancellationToken);
        var model = new AiModel { Key = request.Key!, Name = details!.Name, OwnerTeamId = team.Id };
        details.ApplyTo(model);
        db.Models.Add(model);
        await db.SaveOrConflictAsync($"A model with key '{model.Key}' was created by someone else a moment ago.", cancellationToken);
        return ToSummary(model, team.Name);
    }

    /// <summary>
    /// Changes a model's description. The request's concurrency token is the one the editor loaded:
    /// if someone saved in between, nothing is written and the caller hears so.
    /// </summary>
    public async Task<ModelSummary> UpdateAsync(string key, ModelUpdateRequest request, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ManageModels, MayNotManage);
        var errors = new FieldErrors();
        var details = ModelDetails.Check(errors, request.Name, request.Purpose, request.RiskTier, request.DataClassification, request.Tags);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await FindModelAsync(db, key, cancellationToken);
        await guard.RequireTeamAsync(db, PortalPolicies.ManageModels, model.OwnerTeamId, "this model", cancellationToken);
        var team = await FindTeamAsync(db, request.OwnerTeam, errors, cancellationToken);
        errors.ThrowIfAny();
        if (team!.Id != model.OwnerTeamId)
        {
            // Handing a model to another team needs the right to act on that team too.
            await guard.RequireTeamAsync(db, PortalPolicies.ManageModels, team.Id, "its models", cancellationToken);
        }

        db.ExpectToken(model, request.ConcurrencyToken);
        model.OwnerTeamId = team!.Id;
        details!.ApplyTo(model);
        await db.SaveUnlessChangedAsync(cancellationToken);

        return ToSummary(model, team.Name);
    }

    public async Task<ListPage<ModelSummary>> ListAsync(string? search, int page, int pageSize, CancellationToken cancellationToken = default) =>
        await ListAsync(new ModelListQuery(search), page, pageSize, cancellationToken);

    /// <summary>One page of the inventory, filtered and sorted in the database.</summary>
    public async Task<ListPage<ModelSummary>> ListAsync(ModelListQuery query, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewModels, MayNotView);
        return await PageAsync(query, page, pageSize, cancellationToken);
    }

    /// <summary>
    /// Models to name in an incident report, found by key, name or tag: open to everyone who may report one,
    /// so the report form can name what misbehaved.
    /// </summary>
    public async Task<ListPage<ModelSummary>> FindForReportAsync(string? search, int take, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ReportIncidents, "Sign in to report an incident.");
        return await PageAsync(new ModelListQuery(Search: search, SortBy: "Key"), 1, take, cancellationToken);
    }

    private async Task<ListPage<ModelSummary>> PageAsync(ModelListQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        Paging.Check(errors, page, pageSize, MaxPageSize);
        errors.ThrowIfAny();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var models = Filter(db, query);
        var total = await models.CountAsync(cancellationToken);
        var items = await Project(db, Sort(models, query)).Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        return new ListPage<ModelSummary>(items, total, page, pageSize);
    }

    /// <summary>The whole filtered list as CSV, in the columns <see cref="ModelCsv"/> imports.</summary>
    public async Task<string> ExportCsvAsync(ModelListQuery query, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewModels, MayNotView);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Project(db, Sort(Filter(db, query), query)).Take(MaxExportRows).ToListAsync(cancellationToken);
        var csv = new StringBuilder().Append(ModelCsv.Header()).Append("\r\n");
        foreach (var m in rows)
        {
            csv.Append(ModelCsv.Row(m.Key, m.Name, m.OwnerTeam, m.RiskTier.ToString(), m.DataClassification.ToString(), m.Purpose, m.Tags)).Append("\r\n");
        }

        return csv.ToString();
    }

    public async Task<ModelSummary> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        guard.Require(PortalPolicies.ViewModels, MayNotView);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Project(db, db.Models.AsNoTracking().Where(m => m.Key == key)).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no model '{key}'.");
    }

    public static IReadOnlyList<string> SortColumns { get; } = ["Name", "Key", "RiskTier", "CreatedAt"];

    /// <summary>Turns query-string filters into a query, naming the field of any value it cannot use.</summary>
    public async Task<ModelListQuery> ParseQueryAsync(ModelListFilter filter, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        RiskTier? tier = string.IsNullOrWhiteSpace(filter.RiskTier) ? null : errors.Enum<RiskTier>("riskTier", filter.RiskTier);
        DeploymentEnvironment? environment = string.IsNullOrWhiteSpace(filter.Environment) ? null : errors.Enum<DeploymentEnvironment>("environment", filter.Environment);
        if (filter.SortBy is not null && !SortColumns.Contains(filter.SortBy, StringComparer.Ordinal))
        {
            errors.Add("sortBy", $"Sort by one of {string.Join(", ", SortColumns)}.");
        }

        Guid? teamId = null;
        if (!string.IsNullOrWhiteSpace(filter.OwnerTeam))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            teamId = (await FindTeamAsync(db, filter.OwnerTeam, errors, cancellationToken))?.Id;
        }

        errors.ThrowIfAny();
        return new ModelListQuery(filter.Search, tier, teamId, environment, filter.SortBy, filter.Descending ?? false, filter.AwaitingReview ?? false);
    }

    /// <summary>Active teams a model can belong to, by name.</summary>
    public async Task<IReadOnlyList<TeamChoice>> TeamsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Teams.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Name)
            .Select(t => new TeamChoice(t.Id, t.Name)).ToListAsync(cancellationToken);
    }

    private static IQueryable<AiModel> Filter(PortalDbContext db, ModelListQuery query)
    {
        var models = db.Models.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = LikePattern.Containing(query.Search);
            models = models.Where(m => EF.Functions.Like(m.Name, pattern, LikePattern.EscapeCharacter)
                || EF.Functions.Like(m.Key, pattern, LikePattern.EscapeCharacter)
                || EF.Functions.Like(m.Tags, pattern, LikePattern.EscapeCharacter));
        }

        if (query.RiskTier is { } tier)
        {
            models = models.Where(m => m.RiskTier == tier);
        }

        if (query.OwnerTeamId is { } teamId)
        {
            models = models.Where(m => m.OwnerTeamId == teamId);
        }

        if (query.Environment is { } environment)
        {
            models = models.Where(m => db.Deployments.Any(d => d.ModelId == m.Id && d.Environment == environment));
        }

        if (query.AwaitingReview)
        {
            models = models.Where(m => db.ModelVersions.Any(v => v.ModelId == m.Id && v.State == ModelVersionState.InReview));
        }

        return models;
    }

    private static IQueryable<AiModel> Sort(IQueryable<AiModel> models, ModelListQuery query) => (query.SortBy, query.Descending) switch
    {
        ("Key", false) => models.OrderBy(m => m.Key),
        ("Key", true) => models.OrderByDescending(m => m.Key),
        // Tiers are stored by name; sort by severity, not alphabetically.
        ("RiskTier", false) => models.OrderBy(Severity).ThenBy(m => m.Name),
        ("RiskTier", true) => models.OrderByDescending(Severity).ThenBy(m => m.Name),
        ("CreatedAt", false) => models.OrderBy(m => m.CreatedAt),
        ("CreatedAt", true) => models.OrderByDescending(m => m.CreatedAt),
        (_, true) => models.OrderByDescending(m => m.Name).ThenBy(m => m.Key),
        _ => models.OrderBy(m => m.Name).ThenBy(m => m.Key),
    };

    private static IQueryable<ModelSummary> Project(PortalDbContext db, IQueryable<AiModel> models) =>
        models.Select(m => new ModelSummary(
            m.Key, m.Name, db.Teams.Where(t => t.Id == m.OwnerTeamId).Select(t => t.Name).First(),
            m.RiskTier, m.DataClassification, m.Purpose, m.CreatedAt, m.OwnerTeamId, m.Tags, m.ConcurrencyToken));

    private static ModelSummary ToSummary(AiModel model, string teamName) =>
        new(model.Key, model.Name, teamName, model.RiskTier, model.DataClassification, model.Purpose, model.CreatedAt, model.OwnerTeamId, model.Tags, model.ConcurrencyToken);

    private static readonly Expression<Func<AiModel, int>> Severity = m =>
        m.RiskTier == RiskTier.Prohibited ? 4
        : m.RiskTier == RiskTier.HighRisk ? 3
        : m.RiskTier == RiskTier.GeneralPurpose ? 2
        : m.RiskTier == RiskTier.Limited ? 1
        : 0;

    internal static async Task<AiModel> FindModelAsync(PortalDbContext db, string key, CancellationToken cancellationToken) =>
        await db.Models.SingleOrDefaultAsync(m => m.Key == key, cancellationToken)
        ?? throw new NotFoundException($"There is no model '{key}'.");

    /// <summary>Finds an active team by id or name, recording an "ownerTeam" error when there is none.</summary>
    internal static async Task<Team?> FindTeamAsync(PortalDbContext db, string? team, FieldErrors errors, CancellationToken cancellationToken)
    {
        Team? found = null;
        if (!string.IsNullOrWhiteSpace(team))
        {
            found = Guid.TryParse(team, out var id)
                ? await db.Teams.SingleOrDefaultAsync(t => t.Id == id && t.IsActive, cancellationToken)
                : await db.Teams.SingleOrDefaultAsync(t => t.Name == team.Trim() && t.IsActive, cancellationToken);
        }

        if (found is null)
        {
            errors.Add("ownerTeam", $"No active team '{team}'; give a team's name or id.");
        }

        return found;
    }
}
