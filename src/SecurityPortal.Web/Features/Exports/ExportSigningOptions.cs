using System.ComponentModel.DataAnnotations;

namespace SecurityPortal.Web.Features.Exports;

/// <summary>The certificate every export is signed with, bound from <c>Portal:Exports:Signing</c>.</summary>
public sealed class ExportSigningOptions
{
    public const string Section = "Portal:Exports:Signing";

    /// <summary>A PKCS#12 (.pfx) file with the certificate and its private key, relative to the web project. Wins over the generated one.</summary>
    public string CertificateFile { get; set; } = string.Empty;

    /// <summary>The password of <see cref="CertificateFile"/>, e.g. from a secret store.</summary>
    public string CertificatePassword { get; set; } = string.Empty;

    /// <summary>Where the self-signed certificate is kept when no certificate is configured; created on first use.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "needs a file path")]
    public string GeneratedCertificateFile { get; set; } = "App_Data/export-signing.pfx";

    /// <summary>The reason the signature states.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "needs a reason")]
    [StringLength(200, ErrorMessage = "is at most {1} characters")]
    public string Reason { get; set; } = "Exported from SecurityPortal; unchanged since export while this signature is valid.";
}
