using System.IO.Compression;
using System.Text;
using SecurityPortal.Core.Controls;

namespace SecurityPortal.Core.Tests.Controls;

public sealed class EvidenceContentTests
{
    private static byte[] Package(params string[] entryNames)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entryNames)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><part/>");
            }
        }

        return buffer.ToArray();
    }

    private static byte[] Head(byte[] file) => file.Length > EvidenceContent.SniffLength ? file[..EvidenceContent.SniffLength] : file;

    [Fact]
    public void APdfIsRecognisedByItsSignature() =>
        Assert.Equal(EvidenceFileType.Pdf, EvidenceContent.Identify("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"u8));

    [Fact]
    public void APngIsRecognisedByItsSignature() =>
        Assert.Equal(EvidenceFileType.Png, EvidenceContent.Identify([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]));

    [Fact]
    public void AJpegIsRecognisedByItsSignature() =>
        Assert.Equal(EvidenceFileType.Jpeg, EvidenceContent.Identify([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00]));

    [Fact]
    public void AWordDocumentIsAZipWithAWordFolder() =>
        Assert.Equal(EvidenceFileType.WordDocument, EvidenceContent.Identify(Head(Package("[Content_Types].xml", "_rels/.rels", "word/document.xml"))));

    [Fact]
    public void AnExcelWorkbookIsAZipWithAnXlFolder() =>
        Assert.Equal(EvidenceFileType.Spreadsheet, EvidenceContent.Identify(Head(Package("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"))));

    [Theory]
    [InlineData("name,severity\nprompt-injection,high\n")]
    [InlineData("# Review notes\n\n- Access restricted to the ML platform team.\r\n")]
    [InlineData("{\"model\": \"fraud-scorer\", \"tls\": true}")]
    [InlineData("2026-03-14T09:00:00Z\tINFO\tkey rotated\f\n")]
    [InlineData("Prüfbericht: Zugriff nur über VPN – bestätigt ✓")]
    public void UnicodePlainTextIsText(string content) =>
        Assert.Equal(EvidenceFileType.Text, EvidenceContent.Identify(Encoding.UTF8.GetBytes(content)));

    [Fact]
    public void TextMayStartWithAByteOrderMark() =>
        Assert.Equal(EvidenceFileType.Text, EvidenceContent.Identify([0xEF, 0xBB, 0xBF, .. "a,b\n1,2\n"u8]));

    [Fact]
    public void TextCutOffPartWayThroughACharacterIsStillText()
    {
        var euro = Encoding.UTF8.GetBytes("cost: 10 €");

        Assert.Equal(EvidenceFileType.Text, EvidenceContent.Identify(euro.AsSpan(0, euro.Length - 1)));
    }

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00 })]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00 })]
    [InlineData(new byte[] { 0xCF, 0xFA, 0xED, 0xFE, 0x07, 0x00, 0x00, 0x01 })]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00 })]
    public void ExecutablesAndOtherBinariesAreRefused(byte[] head) => Assert.Null(EvidenceContent.Identify(head));

    [Fact]
    public void APlainZipIsRefused() => Assert.Null(EvidenceContent.Identify(Head(Package("readme.txt", "photos/cat.png"))));

    [Fact]
    public void AJavaArchiveIsRefused() => Assert.Null(EvidenceContent.Identify(Head(Package("META-INF/MANIFEST.MF", "com/example/Main.class"))));

    [Theory]
    [InlineData("<!DOCTYPE html><html><script>alert(1)</script></html>")]
    [InlineData("  \r\n<html><body onload=\"alert(1)\"></body></html>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("<?xml version=\"1.0\"?><evidence/>")]
    public void MarkupThatCouldRunScriptIsRefused(string content) =>
        Assert.Null(EvidenceContent.Identify(Encoding.UTF8.GetBytes(content)));

    [Fact]
    public void MarkupAfterAByteOrderMarkIsRefused() => Assert.Null(EvidenceContent.Identify([0xEF, 0xBB, 0xBF, .. "<html></html>"u8]));

    [Fact]
    public void TextWithANulIsRefused() => Assert.Null(EvidenceContent.Identify("log line\0more"u8));

    [Fact]
    public void TextWithOtherControlCharactersIsRefused() => Assert.Null(EvidenceContent.Identify("bell\u0007"u8));

    [Theory]
    [InlineData(new byte[] { 0x61, 0x62, 0xFF, 0x63 })]
    [InlineData(new byte[] { 0x61, 0xC3, 0x28, 0x62 })]
    [InlineData(new byte[] { 0xC0, 0xAF, 0x61 })]
    [InlineData(new byte[] { 0xE2 })]
    public void InvalidUtf8IsRefused(byte[] head) => Assert.Null(EvidenceContent.Identify(head));

    [Fact]
    public void NothingIsRefused() => Assert.Null(EvidenceContent.Identify([]));

    [Fact]
    public void AByteOrderMarkAloneIsRefused() => Assert.Null(EvidenceContent.Identify([0xEF, 0xBB, 0xBF]));

    [Fact]
    public void EveryTypeHasItsOwnMediaTypeExtensionAndLabel()
    {
        var types = Enum.GetValues<EvidenceFileType>();

        Assert.Equal(types.Length, types.Select(EvidenceContent.MediaType).Distinct().Count());
        Assert.Equal(types.Length, types.Select(EvidenceContent.Extension).Distinct().Count());
        Assert.Equal(types.Length, types.Select(EvidenceContent.Describe).Distinct().Count());
    }

    [Fact]
    public void TextIsServedAsUtf8PlainText() =>
        Assert.Equal("text/plain; charset=utf-8", EvidenceContent.MediaType(EvidenceFileType.Text));

    [Theory]
    [InlineData("access-review.pdf", EvidenceFileType.Pdf, "access-review.pdf")]
    [InlineData("Scan 2026-03.PDF", EvidenceFileType.Pdf, "Scan 2026-03.pdf")]
    [InlineData("photo.jpeg", EvidenceFileType.Jpeg, "photo.jpg")]
    [InlineData("report.pdf.exe", EvidenceFileType.Pdf, "report.pdf_exe.pdf")]
    [InlineData("findings.csv", EvidenceFileType.Text, "findings_csv.txt")]
    [InlineData("screenshot.pdf", EvidenceFileType.Png, "screenshot_pdf.png")]
    [InlineData("notes", EvidenceFileType.Text, "notes.txt")]
    [InlineData(@"C:\Users\ana\Desktop\tls.png", EvidenceFileType.Png, "tls.png")]
    [InlineData("Prüfbericht.docx", EvidenceFileType.WordDocument, "Prüfbericht.docx")]
    [InlineData("a<b>:c|d?.xlsx", EvidenceFileType.Spreadsheet, "a_b_c_d_.xlsx")]
    [InlineData("line\r\nbreak.pdf", EvidenceFileType.Pdf, "line_break.pdf")]
    [InlineData("invoice\u202Efdp.exe", EvidenceFileType.Pdf, "invoice_fdp_exe.pdf")]
    [InlineData("..report.pdf..", EvidenceFileType.Pdf, "report.pdf")]
    public void TheDownloadNameKeepsWhatIsSafeAndEndsWithTheRealExtension(string uploaded, EvidenceFileType type, string expected) =>
        Assert.Equal(expected, EvidenceContent.DownloadName(uploaded, type));

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData(@"..\..\windows\system32\config")]
    [InlineData("/var/lib/portal/App_Data/portal.db")]
    public void TheDownloadNameNeverNamesAFolder(string uploaded)
    {
        var name = EvidenceContent.DownloadName(uploaded, EvidenceFileType.Text);

        Assert.DoesNotContain("/", name, StringComparison.Ordinal);
        Assert.DoesNotContain("\\", name, StringComparison.Ordinal);
        Assert.DoesNotContain("..", name, StringComparison.Ordinal);
        Assert.EndsWith(".txt", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    [InlineData(".pdf")]
    [InlineData("<>|")]
    [InlineData("folder/")]
    public void ANameWithNothingRecognisableFallsBackToEvidence(string? uploaded) =>
        Assert.Equal("evidence.pdf", EvidenceContent.DownloadName(uploaded, EvidenceFileType.Pdf));

    [Fact]
    public void ALongNameIsCutAndKeepsItsExtension()
    {
        var name = EvidenceContent.DownloadName(new string('a', 300) + ".pdf", EvidenceFileType.Pdf);

        Assert.Equal(EvidenceContent.MaxDownloadNameLength, name.Length);
        Assert.Equal(new string('a', EvidenceContent.MaxDownloadNameLength - 4) + ".pdf", name);
    }

    [Fact]
    public void CuttingALongNameNeverSplitsACharacter()
    {
        // An ideograph outside the Basic Multilingual Plane takes two UTF-16 chars; after "a" they pair up at odd positions.
        const string Ideograph = "\U00020000";
        var name = EvidenceContent.DownloadName("a" + string.Concat(Enumerable.Repeat(Ideograph, 100)) + ".txt", EvidenceFileType.Text);

        Assert.Equal("a" + string.Concat(Enumerable.Repeat(Ideograph, 47)) + ".txt", name);
    }
}
