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

    /// <summary>The certificate replaced last: keys it encrypted stay readable while the new one takes over.</summary>
    public const string PreviousPathKey = "Security:DataProtection:PreviousCertificatePath";
    public const string PreviousPasswordKey = "Security:DataProtection:PreviousCertificatePassword";

    /// <summary>The configured certificate, or null when none is configured; a configured one that cannot be used stops start-up.</summary>
    public static X509Certificate2? Load(IConfiguration configuration) => Load(configuration, PathKey, PasswordKey);

    /// <summary>The previous certificate, if one is configured, with the same checks.</summary>
    public static X509Certificate2? LoadPrevious(IConfiguration configuration) => Load(configuration, PreviousPathKey, PreviousPasswordKey);

    private static X509Certificate2? Load(IConfiguration configuration, string pathKey, string passwordKey)
    {
        var path = configuration[pathKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new PortalConfigurationException($"{pathKey} names '{path}', which does not exist.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[passwordKey], X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException ex)
        {
            throw new PortalConfigurationException($"{pathKey} '{path}' cannot be read as a PFX file with {passwordKey}: {ex.Message}", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new PortalConfigurationException($"{pathKey} '{path}' has no private key; the key ring could be encrypted but never read back.");
        }

        return certificate;
    }
}
