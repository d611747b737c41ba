using System.ComponentModel.DataAnnotations;
using SecurityPortal.Core.Controls;

namespace SecurityPortal.Web.Features.Controls.Evidence;

/// <summary>Where evidence files live and how large they may be, bound from <c>Portal:Evidence</c>.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Portal:Evidence";

    public const string DefaultFolder = "App_Data/evidence";

    /// <summary>The largest file accepted; 10 MB by default.</summary>
    [Range(1024, 1024L * 1024 * 1024, ErrorMessage = "must be between {1} and {2} bytes")]
    public long MaxFileBytes { get; set; } = EvidenceUploadRules.DefaultMaxBytes;

    /// <summary>
    /// <c>Folder</c> or <c>Database</c>. Unset: a folder in the embedded mode, the database in SQL Server mode, so
    /// every node sees the same files. A folder on a share every node mounts works in SQL Server mode too.
    /// </summary>
    [RegularExpression("^(Folder|Database)?$", ErrorMessage = "must be Folder or Database")]
    public string? Store { get; set; }

    /// <summary>The folder for <c>Folder</c>, relative to the content root unless rooted; outside wwwroot.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "needs a folder")]
    public string Folder { get; set; } = DefaultFolder;
}
