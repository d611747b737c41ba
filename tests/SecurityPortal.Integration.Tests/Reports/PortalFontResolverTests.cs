using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SecurityPortal.Reports.Composition;

namespace SecurityPortal.Integration.Tests.Reports;

public sealed class PortalFontResolverTests
{
    [Fact]
    public void TextDrawnWithThePortalFontsCanBeReadBackFromThePdf()
    {
        PortalFontResolver.Install();
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            graphics.DrawString("Audit report: Fraud Analytics", new XFont(PortalFontResolver.FamilyName, 14, XFontStyleEx.Bold), XBrushes.Black, new XPoint(72, 72));
            graphics.DrawString("All ten practices reviewed.", new XFont("Any Family At All", 11), XBrushes.Black, new XPoint(72, 100));
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(stream.ToArray());
        var text = pdf.GetPage(1).Text;

        Assert.Contains("Audit report: Fraud Analytics", text, StringComparison.Ordinal);
        Assert.Contains("All ten practices reviewed.", text, StringComparison.Ordinal);
    }
}
