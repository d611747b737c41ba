using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Models;

/// <summary>
/// The editable description of a model. The form, the API and CSV rows all pass through
/// <see cref="Check"/>, so a model cannot be valid in one door and invalid in another.
/// </summary>
public sealed record ModelDetails(string Name, string? Purpose, RiskTier RiskTier, DataClassification DataClassification, string Tags)
{
    public const int MaxPurposeLength = 1000;

    /// <summary>Checks raw input, recording problems under the API's field names; returns null when any field is wrong.</summary>
    public static ModelDetails? Check(FieldErrors errors, string? name, string? purpose, string? riskTier, string? dataClassification, string? tags)
    {
        var before = errors.Count;
        var cleanName = name?.Trim() ?? string.Empty;
        if (cleanName.Length is < 2 or > 200)
        {
            errors.Add("name", "A name has 2 to 200 characters.");
        }

        var tier = errors.Enum<RiskTier>("riskTier", riskTier);
        var classification = errors.Enum<DataClassification>("dataClassification", dataClassification);
        var cleanPurpose = string.IsNullOrWhiteSpace(purpose) ? null : purpose.Trim();
        if (cleanPurpose?.Length > MaxPurposeLength)
        {
            errors.Add("purpose", "Keep the purpose under 1,000 characters.");
        }

        var cleanTags = ModelTags.Normalize(tags, out var tagError);
        if (tagError is not null)
        {
            errors.Add("tags", tagError);
        }

        return errors.Count > before
            ? null
            : new ModelDetails(cleanName, cleanPurpose, tier, classification, cleanTags);
    }

    /// <summary>Copies the description onto a model; the key and owner team are set by the caller.</summary>
    public void ApplyTo(AiModel model)
    {
        model.Name = Name;
        model.Purpose = Purpose;
        model.RiskTier = RiskTier;
        model.DataClassification = DataClassification;
        model.Tags = Tags;
    }

    /// <summary>True when applying would change nothing, so an import can report "unchanged".</summary>
    public bool Matches(AiModel model) =>
        model.Name == Name && model.Purpose == Purpose && model.RiskTier == RiskTier
        && model.DataClassification == DataClassification && model.Tags == Tags;
}
