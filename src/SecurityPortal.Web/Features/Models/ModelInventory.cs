using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Models;
using SecurityPortal.Data;
using SecurityPortal.Data.Setup;

namespace SecurityPortal.Web.Features.Models;

/// <summary>Registering and finding models in the inventory.</summary>
public sealed class ModelInventory(IDbContextFactory<PortalDbContext> contexts)
{
    public const int MaxPageSize = 200;

    public async Task<ModelSummary> CreateAsync(NewModelRequest request, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        if (!AiModel.IsValidKey(request.Key))
        {
            errors.Add("key", "A key has 3 to 60 lowercase letters, digits and single hyphens, e.g. fraud-scorer.");
        }

        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length is < 2 or > 200)
        {
            errors.Add("name", "A name has 2 to 200 characters.");
        }

        var riskTier = errors.Enum<RiskTier>("riskTier", request.RiskTier);
        var classification = errors.Enum<DataClassification>("dataClassification", request.DataClassification);
        if (request.Purpose?.Length > 1000)
        {
            errors.Add("purpose", "Keep the purpose under 1,000 characters.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var team = await FindTeamAsync(db, request.OwnerTeam, cancellationToken);
        if (team is null)
        {
            errors.Add("ownerTeam", $"No active team '{request.OwnerTeam}'; give a team's name or id.");
        }

        if (request.Key is not null && await db.Models.AnyAsync(m => m.Key == request.Key, cancellationToken))
        {
            errors.Add("key", $"A model with key '{request.Key}' already exists.");
        }

        errors.ThrowIfAny();
        var model = new AiModel
        {
            Key = request.Key!,
            Name = name,
            Purpose = string.IsNullOrWhiteSpace(request.Purpose) ? null : request.Purpose.Trim(),
            OwnerTeamId = team!.Id,
            RiskTier = riskTier,
            DataClassification = classification,
        };
        db.Models.Add(model);
        await db.SaveChangesAsync(cancellationToken);
        return new ModelSummary(model.Key, model.Name, team.Name, model.RiskTier.ToString(), model.DataClassification.ToString(), model.Purpose, model.CreatedAt, team.Id);
    }

    public async Task<ModelListPage> ListAsync(string? search, int page, int pageSize, CancellationToken cancellationToken = default) =>
        await ListAsync(search, riskTier: null, sortBy: null, descending: false, page, pageSize, cancellationToken);

    /// <summary>One page of the inventory, filtered and sorted in the database.</summary>
    public async Task<ModelListPage> ListAsync(string? search, RiskTier? riskTier, string? sortBy, bool descending, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        if (page < 1)
        {
            errors.Add("page", "Pages start at 1.");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"pageSize is between 1 and {MaxPageSize}.");
        }

        errors.ThrowIfAny();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Models.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = LikePattern.Containing(search);
            query = query.Where(m => EF.Functions.Like(m.Name, pattern, LikePattern.EscapeCharacter)
                || EF.Functions.Like(m.Key, pattern, LikePattern.EscapeCharacter)
                || EF.Functions.Like(m.Tags, pattern, LikePattern.EscapeCharacter));
        }

        if (riskTier is { } tier)
        {
            query = query.Where(m => m.RiskTier == tier);
        }

        query = (sortBy, descending) switch
        {
            ("Key", false) => query.OrderBy(m => m.Key),
            ("Key", true) => query.OrderByDescending(m => m.Key),
            // Tiers are stored by name; sort by severity, not alphabetically.
            ("RiskTier", false) => query.OrderBy(Severity).ThenBy(m => m.Name),
            ("RiskTier", true) => query.OrderByDescending(Severity).ThenBy(m => m.Name),
            ("CreatedAt", false) => query.OrderBy(m => m.CreatedAt),
            ("CreatedAt", true) => query.OrderByDescending(m => m.CreatedAt),
            (_, true) => query.OrderByDescending(m => m.Name).ThenBy(m => m.Key),
            _ => query.OrderBy(m => m.Name).ThenBy(m => m.Key),
        };
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(m => new ModelSummary(
                m.Key, m.Name, db.Teams.Where(t => t.Id == m.OwnerTeamId).Select(t => t.Name).First(),
                m.RiskTier.ToString(), m.DataClassification.ToString(), m.Purpose, m.CreatedAt, m.OwnerTeamId))
            .ToListAsync(cancellationToken);
        return new ModelListPage(items, total, page, pageSize);
    }

    public async Task<ModelSummary> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Models.AsNoTracking().Where(m => m.Key == key)
            .Select(m => new ModelSummary(
                m.Key, m.Name, db.Teams.Where(t => t.Id == m.OwnerTeamId).Select(t => t.Name).First(),
                m.RiskTier.ToString(), m.DataClassification.ToString(), m.Purpose, m.CreatedAt, m.OwnerTeamId))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no model '{key}'.");
    }

    private static readonly System.Linq.Expressions.Expression<Func<AiModel, int>> Severity = m =>
        m.RiskTier == RiskTier.Prohibited ? 4
        : m.RiskTier == RiskTier.HighRisk ? 3
        : m.RiskTier == RiskTier.GeneralPurpose ? 2
        : m.RiskTier == RiskTier.Limited ? 1
        : 0;

    internal static async Task<AiModel> FindModelAsync(PortalDbContext db, string key, CancellationToken cancellationToken) =>
        await db.Models.SingleOrDefaultAsync(m => m.Key == key, cancellationToken)
        ?? throw new NotFoundException($"There is no model '{key}'.");

    private static async Task<Core.Teams.Team?> FindTeamAsync(PortalDbContext db, string? team, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(team))
        {
            return null;
        }

        return Guid.TryParse(team, out var id)
            ? await db.Teams.SingleOrDefaultAsync(t => t.Id == id && t.IsActive, cancellationToken)
            : await db.Teams.SingleOrDefaultAsync(t => t.Name == team.Trim() && t.IsActive, cancellationToken);
    }
}
