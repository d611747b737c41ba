using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text;
using System.Text.RegularExpressions;

namespace SecurityPortal.Reports.Integrity;

/// <summary>
/// Reads any PDF someone hands in: the document id our reports put in the document information, and whether the last
/// signature still matches the bytes. The signature is checked the way PDF readers check it: the two byte ranges it
/// names are hashed and compared with the CMS signature held in the gap between them.
/// </summary>
public static partial class PdfInspector
{
    private const string SigningTimeOid = "1.2.840.113549.1.9.5";

    public static PdfInspection Inspect(byte[] file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!StartsWithPdfHeader(file))
        {
            return new PdfInspection(false, null, PdfSignatureCheck.None);
        }

        // Latin-1 maps every byte to one char, so string offsets are byte offsets.
        var text = Encoding.Latin1.GetString(file);
        PdfSignatureCheck signature;
        try
        {
            signature = CheckLastSignature(file, text);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException or FormatException or InvalidOperationException or OverflowException)
        {
            // Whatever else a crafted signature trips over, it is not a signature that holds.
            signature = Invalid("The signature cannot be read.");
        }

        return new PdfInspection(true, ReadDocumentId(text), signature);
    }

    private static bool StartsWithPdfHeader(byte[] file) =>
        file.Length > 8 && file.AsSpan(0, Math.Min(file.Length, 1024)).IndexOf("%PDF-"u8) >= 0;

    /// <summary>
    /// The document id from the document information's subject, read from the bytes rather than by parsing the
    /// file: the file is untrusted, and a crafted object tree can overflow a parser's stack, which no catch survives.
    /// Our reports write the subject as a plain literal string.
    /// </summary>
    private static string? ReadDocumentId(string text)
    {
        var matches = SubjectPattern().Matches(text);
        return matches.Count == 0 ? null : matches[^1].Groups[1].Value;
    }

    private static PdfSignatureCheck CheckLastSignature(byte[] file, string text)
    {
        var ranges = ByteRangePattern().Matches(text);
        if (ranges.Count == 0)
        {
            return PdfSignatureCheck.None;
        }

        var range = ranges[^1];
        if (!long.TryParse(range.Groups[1].ValueSpan, out var start1) || !long.TryParse(range.Groups[2].ValueSpan, out var length1)
            || !long.TryParse(range.Groups[3].ValueSpan, out var start2) || !long.TryParse(range.Groups[4].ValueSpan, out var length2)
            || start1 != 0 || length1 <= 0 || length1 > file.Length || start2 <= length1 || start2 > file.Length
            || length2 < 0 || length2 > file.Length - start2)
        {
            return Invalid("The signature's byte range does not fit the file.");
        }

        var gap = text.AsSpan((int)length1, (int)(start2 - length1)).Trim();
        if (gap.Length < 2 || gap[0] != '<' || gap[^1] != '>')
        {
            return Invalid("The signature's contents are not where its byte range says.");
        }

        byte[] der;
        try
        {
            der = Convert.FromHexString(gap[1..^1]);
            // The contents are padded with zeros after the DER value; read exactly one value.
            AsnDecoder.ReadEncodedValue(der, AsnEncodingRules.BER, out _, out _, out var consumed);
            der = der[..consumed];
        }
        catch (Exception ex) when (ex is FormatException or AsnContentException)
        {
            return Invalid("The signature's contents cannot be read.");
        }

        var signed = new byte[length1 + length2];
        file.AsSpan(0, (int)length1).CopyTo(signed);
        file.AsSpan((int)start2, (int)length2).CopyTo(signed.AsSpan((int)length1));
        var cms = new SignedCms(new ContentInfo(signed), detached: true);
        try
        {
            cms.Decode(der);
        }
        catch (CryptographicException)
        {
            return Invalid("The signature's contents are not a CMS signature.");
        }

        var signer = cms.SignerInfos.Count > 0 ? cms.SignerInfos[0] : null;
        using var certificate = signer?.Certificate;
        var signedAt = signer is null ? null : SigningTime(signer);
        try
        {
            // The signature only: whether the certificate is trusted is for the reader to decide, not the file.
            cms.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException)
        {
            return new PdfSignatureCheck(PdfSignatureState.Invalid, certificate?.Subject, certificate?.Thumbprint, signedAt, "The file was changed after it was signed: its bytes no longer match the signature.");
        }

        return start2 + length2 == file.Length
            ? new PdfSignatureCheck(PdfSignatureState.Valid, certificate?.Subject, certificate?.Thumbprint, signedAt, null)
            : new PdfSignatureCheck(PdfSignatureState.PartialCoverage, certificate?.Subject, certificate?.Thumbprint, signedAt, "Bytes were added to the file after it was signed; the signature covers only what came before them.");
    }

    /// <summary>
    /// The signing time the signer states: a signed attribute where signers put it, or an unsigned one (PDFsharp puts
    /// it there). Either way it is the signer's own clock, not a trusted timestamp.
    /// </summary>
    private static DateTimeOffset? SigningTime(SignerInfo signer)
    {
        try
        {
            return signer.SignedAttributes.Cast<CryptographicAttributeObject>().Concat(signer.UnsignedAttributes.Cast<CryptographicAttributeObject>())
                .Where(a => a.Oid.Value == SigningTimeOid && a.Values.Count > 0)
                .Select(a => (DateTimeOffset?)new DateTimeOffset(DateTime.SpecifyKind(new Pkcs9SigningTime(a.Values[0].RawData).SigningTime, DateTimeKind.Utc)))
                .FirstOrDefault();
        }
        catch (CryptographicException)
        {
            return null; // an unsigned attribute nobody vouches for; a malformed one is simply not a time
        }
    }

    private static PdfSignatureCheck Invalid(string problem) => new(PdfSignatureState.Invalid, null, null, null, problem);

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRangePattern();

    // Ids are short and plain (ours: EXP- and twelve hex digits); anything else in the subject is not an id.
    [GeneratedRegex(@"/Subject\s*\(Document ([A-Z0-9][A-Z0-9-]{3,39})\)")]
    private static partial Regex SubjectPattern();
}
