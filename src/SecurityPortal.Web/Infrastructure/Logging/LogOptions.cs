using System.ComponentModel.DataAnnotations;

namespace SecurityPortal.Web.Infrastructure.Logging;

/// <summary>Log files, from <c>Portal:Logs</c>.</summary>
public sealed class LogOptions
{
    public const string Section = "Portal:Logs";

    /// <summary>Folder of the rolling compact-JSON log files, relative to the web project.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "needs a folder")]
    public string Directory { get; set; } = "App_Data/logs";
}
