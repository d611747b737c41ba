using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SecurityPortal.Web.Infrastructure;

namespace SecurityPortal.Web.Security;

/// <summary>
/// The certificate that encrypts the Data Protection key ring where it is stored (the database). Without
/// one, anybody who can read the keys table can forge sign-in cookies; production should set it.
/// Settings: <c>Security:DataProtection:CertificatePath</c> (a PFX file with its private key) and
/// <c>Security:DataProtection:CertificatePassword</c>.
/// </summary>
public static class DataProtectionCertificate
{
    public const string PathKey = "Security:DataProtection:CertificatePath";
    public const string PasswordKey = "Security:DataProtection:CertificatePassword";

    /// <summary>The configured certificate, or null when none is configured; a configured one that cannot be used stops start-up.</summary>
    public static X509Certificate2? Load(IConfiguration configuration)
    {
        var path = configuration[PathKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new PortalConfigurationException($"{PathKey} names '{path}', which does not exist.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[PasswordKey], X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException ex)
        {
            throw new PortalConfigurationException($"{PathKey} '{path}' cannot be read as a PFX file with {PasswordKey}: {ex.Message}", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new PortalConfigurationException($"{PathKey} '{path}' has no private key; the key ring could be encrypted but never read back.");
        }

        return certificate;
    }
}
