using System.Security.Cryptography;
using SecurityPortal.Core.Auditing;
using SecurityPortal.Web.Infrastructure;

namespace SecurityPortal.Web.Security;

/// <summary>Where the audit anchors' key comes from, from <c>Security:AuditLog</c>.</summary>
public sealed class AuditLogOptions
{
    public const string Section = "Security:AuditLog";

    /// <summary>The key itself, base64 (at least 32 bytes), e.g. from a secret store. Wins over the file.</summary>
    public string AnchorKey { get; set; } = string.Empty;

    /// <summary>A file holding the key as base64, relative to the web project; created with a new key when missing.</summary>
    public string AnchorKeyFile { get; set; } = "App_Data/audit-anchor.key";
}

/// <summary>
/// The anchor key, kept outside the database so that whoever can write the database cannot seal anchors.
/// Whoever holds both the database and this key can still rewrite the log undetected.
/// </summary>
public sealed class AuditAnchorKey : IAuditAnchorKey
{
    private AuditAnchorKey(byte[] key, string source, bool generated)
    {
        Key = key;
        Source = source;
        Generated = generated;
    }

    public byte[] Key { get; }

    /// <summary>"configuration" or the key file's full path.</summary>
    public string Source { get; }

    /// <summary>True when this start created the key file.</summary>
    public bool Generated { get; }

    public static AuditAnchorKey Load(AuditLogOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.AnchorKey))
        {
            return new AuditAnchorKey(Decode(options.AnchorKey, $"{AuditLogOptions.Section}:AnchorKey"), "configuration", generated: false);
        }

        var path = Path.GetFullPath(Path.IsPathRooted(options.AnchorKeyFile) ? options.AnchorKeyFile : Path.Combine(contentRoot, options.AnchorKeyFile));
        if (File.Exists(path))
        {
            return new AuditAnchorKey(Decode(File.ReadAllText(path), $"{AuditLogOptions.Section}:AnchorKeyFile ({path})"), path, generated: false);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(AuditAnchorSeal.MinimumKeyBytes);
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, System.Text.Encoding.ASCII, file))
        {
            writer.Write(Convert.ToBase64String(key));
        }

        return new AuditAnchorKey(key, path, generated: true);
    }

    private static byte[] Decode(string text, string where)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException ex)
        {
            throw new PortalConfigurationException($"{where}: the audit anchor key is not base64.", ex);
        }

        return key.Length >= AuditAnchorSeal.MinimumKeyBytes
            ? key
            : throw new PortalConfigurationException($"{where}: the audit anchor key must be at least {AuditAnchorSeal.MinimumKeyBytes} bytes, not {key.Length}.");
    }
}
