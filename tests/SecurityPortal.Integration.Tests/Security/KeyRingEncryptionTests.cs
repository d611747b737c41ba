using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using SecurityPortal.Integration.Tests.Infrastructure;
using SecurityPortal.Web.Infrastructure;
using SecurityPortal.Web.Security;

namespace SecurityPortal.Integration.Tests.Security;

/// <summary>The Data Protection key ring, encrypted at rest with a configured certificate.</summary>
public sealed class KeyRingEncryptionTests : IDisposable
{
    private const string Password = "pfx-Passw0rd";
    private readonly string _folder = Directory.CreateTempSubdirectory("securityportal-keyring-").FullName;

    private string CertificateFile(bool withPrivateKey = true)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=SecurityPortal key ring (tests)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.pfx");
        using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert));
        File.WriteAllBytes(path, (withPrivateKey ? certificate : publicOnly).Export(X509ContentType.Pfx, Password));
        return path;
    }

    private static IConfiguration Settings(string? path, string? password = Password) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DataProtectionCertificate.PathKey] = path,
            [DataProtectionCertificate.PasswordKey] = password,
        }).Build();

    [Fact]
    public async Task WithACertificateTheStoredKeysAreEncryptedAndSignInStillWorks()
    {
        using var factory = new PortalFactory
        {
            ExtraSettings =
            {
                [DataProtectionCertificate.PathKey] = CertificateFile(),
                [DataProtectionCertificate.PasswordKey] = Password,
            },
        };
        using var client = SignedInClient.Anonymous(factory);

        using var signIn = await SignedInClient.PostSignInAsync(client, "officer@demo.local", PortalFactory.DemoPassword);
        using var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var stored = await factory.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("EncryptedXml", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task AfterRotatingTheCertificateSignedInPeopleStaySignedIn()
    {
        var data = Path.Combine(_folder, "portal");
        var first = CertificateFile();
        string cookie;
        using (var before = new PortalFactory(data) { KeepData = true, ExtraSettings = { [DataProtectionCertificate.PathKey] = first, [DataProtectionCertificate.PasswordKey] = Password } })
        {
            using var client = SignedInClient.Anonymous(before);
            using var signIn = await SignedInClient.PostSignInAsync(client, "officer@demo.local", PortalFactory.DemoPassword);
            cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal.auth=", StringComparison.Ordinal)).Split(';')[0];
        }

        using var after = new PortalFactory(data)
        {
            ExtraSettings =
            {
                [DataProtectionCertificate.PathKey] = CertificateFile(),
                [DataProtectionCertificate.PasswordKey] = Password,
                [DataProtectionCertificate.PreviousPathKey] = first,
                [DataProtectionCertificate.PreviousPasswordKey] = Password,
            },
        };
        using var other = SignedInClient.Anonymous(after);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        using var response = await other.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void NoCertificateConfiguredMeansKeysAreStoredAsTheyAre() => Assert.Null(DataProtectionCertificate.Load(Settings(null)));

    [Fact]
    public void AMissingFileStopsStartUpNamingTheSetting()
    {
        var error = Assert.Throws<PortalConfigurationException>(() => DataProtectionCertificate.Load(Settings(Path.Combine(_folder, "absent.pfx"))));

        Assert.Contains(DataProtectionCertificate.PathKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongPasswordStopsStartUp()
    {
        var error = Assert.Throws<PortalConfigurationException>(() => DataProtectionCertificate.Load(Settings(CertificateFile(), "not-the-password")));

        Assert.Contains(DataProtectionCertificate.PasswordKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACertificateWithoutItsPrivateKeyIsRefused()
    {
        var error = Assert.Throws<PortalConfigurationException>(() => DataProtectionCertificate.Load(Settings(CertificateFile(withPrivateKey: false))));

        Assert.Contains("no private key", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
