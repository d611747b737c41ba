using PdfSharp.Fonts;
using PdfSharp.WPFonts;

namespace SecurityPortal.Reports.Composition;

/// <summary>
/// Resolves every font request to the Segoe WP faces that ship inside PDFsharp, so a report looks the
/// same on every server (Linux has no fonts PDFsharp can find on its own) and no font file lives in
/// the repository. The faces are subset when embedded.
/// </summary>
public sealed class PortalFontResolver : IFontResolver
{
    public const string FamilyName = "Segoe WP";

    private const string Regular = "SegoeWP";
    private const string Bold = "SegoeWP-Bold";
    private static readonly Lock InstallLock = new();

    /// <summary>Installs the resolver once per process; PDFsharp allows a single global resolver.</summary>
    public static void Install()
    {
        lock (InstallLock)
        {
            if (GlobalFontSettings.FontResolver is not PortalFontResolver)
            {
                GlobalFontSettings.FontResolver = new PortalFontResolver();
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => faceName == Bold ? FontDataHelper.SegoeWPBold : FontDataHelper.SegoeWP;
}
