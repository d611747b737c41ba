using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SecurityPortal.Web.Infrastructure;

namespace SecurityPortal.Web.Features.Exports;

/// <summary>
/// The certificate exports are signed with: the configured one, or else a self-signed certificate this portal generates
/// once and keeps in a file (logged as a warning when made, and said on the Exports page, since nobody else trusts it).
/// Loaded on first use, so a portal that never exports never makes a key.
/// </summary>
public sealed partial class ExportSigningCertificate(ExportSigningOptions options, ExportOptions exports, IHostEnvironment host, TimeProvider clock, ILogger<ExportSigningCertificate> logger)
{
    private readonly Lock _gate = new();
    private X509Certificate2? _certificate;

    /// <summary>True when the certificate is one the portal made for itself rather than one from configuration.</summary>
    public bool SelfSigned => string.IsNullOrWhiteSpace(options.CertificateFile);

    public X509Certificate2 Certificate
    {
        get
        {
            lock (_gate)
            {
                return _certificate ??= SelfSigned ? LoadOrGenerate() : LoadConfigured();
            }
        }
    }

    private X509Certificate2 LoadConfigured()
    {
        var path = FullPath(options.CertificateFile);
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword, KeyFlags);
            return certificate.HasPrivateKey
                ? certificate
                : throw new PortalConfigurationException($"{ExportSigningOptions.Section}:CertificateFile ({path}) holds no private key, so it cannot sign.");
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new PortalConfigurationException($"{ExportSigningOptions.Section}:CertificateFile ({path}) cannot be loaded: {ex.Message}", ex);
        }
    }

    private X509Certificate2 LoadOrGenerate()
    {
        var path = FullPath(options.GeneratedCertificateFile);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            // Written aside and moved into place, so a crash mid-write never leaves a truncated certificate.
            var aside = $"{path}.{Guid.NewGuid():N}.tmp";
            try
            {
                using (var stream = new FileStream(aside, file))
                {
                    stream.Write(Generate());
                }

                File.Move(aside, path, overwrite: false);
                LogGenerated(logger, path, ExportSigningOptions.Section);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process made it a moment earlier: use theirs.
            }
            finally
            {
                File.Delete(aside);
            }
        }

        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, password: null, KeyFlags);
        }
        catch (CryptographicException ex)
        {
            throw new PortalConfigurationException($"{ExportSigningOptions.Section}:GeneratedCertificateFile ({path}) cannot be loaded: {ex.Message}. Delete it to have a new one made.", ex);
        }
    }

    private byte[] Generate()
    {
        using var key = RSA.Create(3072);
        var name = new X500DistinguishedName($"CN={Escape(exports.Organisation)} export signing (self-signed), O={Escape(exports.Organisation)}");
        var request = new CertificateRequest(name, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        var now = clock.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
        return certificate.Export(X509ContentType.Pkcs12);
    }

    private string FullPath(string file) =>
        Path.GetFullPath(Path.IsPathRooted(file) ? file : Path.Combine(host.ContentRootPath, file));

    // Commas and quotes would split or end the distinguished name.
    private static string Escape(string value) => value.Replace("\"", string.Empty, StringComparison.Ordinal).Replace(",", " ", StringComparison.Ordinal).Replace("=", " ", StringComparison.Ordinal);

    private static X509KeyStorageFlags KeyFlags =>
        OperatingSystem.IsWindows() ? X509KeyStorageFlags.DefaultKeySet : X509KeyStorageFlags.EphemeralKeySet;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Generated a self-signed certificate for signing exports at {Path}: readers will not trust it. Configure {Section}:CertificateFile with your organisation's certificate.")]
    private static partial void LogGenerated(ILogger logger, string path, string section);
}
