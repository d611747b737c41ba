using System.Security.Cryptography.X509Certificates;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Signatures;

namespace SecurityPortal.Reports.Composition;

/// <summary>
/// Signs a report as it is saved: a detached CMS signature (SHA-256) over the whole file, with the certificate and its
/// private key. The signature has no visible box; readers show it in their signature panel.
/// </summary>
public sealed record ReportSignature(X509Certificate2 Certificate, string Reason, string Location)
{
    internal void AttachTo(PdfDocument document)
    {
        if (!Certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"The signing certificate {Certificate.Subject} has no private key.");
        }

        var options = new DigitalSignatureOptions
        {
            AppName = "SecurityPortal",
            Reason = Reason,
            Location = Location,
            ContactInfo = string.Empty,
            PageIndex = 0,
            Rectangle = new XRect(0, 0, 0, 0),
        };
        DigitalSignatureHandler.ForDocument(document, new PdfSharpDefaultSigner(Certificate, PdfMessageDigestType.SHA256, null), options);
    }
}
