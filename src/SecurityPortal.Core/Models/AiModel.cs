using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Models;

/// <summary>An AI model in the inventory: what it is for, who owns it, how risky it is.</summary>
public sealed class AiModel : Entity
{
    /// <summary>Stable slug used by pipelines and in URLs, e.g. <c>fraud-scorer</c>.</summary>
    public required string Key { get; set; }

    public required string Name { get; set; }

    public string? Purpose { get; set; }

    public Guid OwnerTeamId { get; set; }

    public RiskTier RiskTier { get; set; }

    public DataClassification DataClassification { get; set; }

    /// <summary>Space-separated free tags.</summary>
    public string Tags { get; set; } = string.Empty;

    /// <summary>Checks a model key: 3–60 lowercase letters, digits and single hyphens, not at either end.</summary>
    public static bool IsValidKey(string? key) =>
        key is { Length: >= 3 and <= 60 }
        && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && key[0] != '-' && key[^1] != '-'
        && !key.Contains("--", StringComparison.Ordinal);
}
