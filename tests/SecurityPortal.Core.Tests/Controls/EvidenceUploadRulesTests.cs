using SecurityPortal.Core.Common;
using SecurityPortal.Core.Controls;

namespace SecurityPortal.Core.Tests.Controls;

public sealed class EvidenceUploadRulesTests
{
    private static readonly byte[] PdfHead = "%PDF-1.7\n"u8.ToArray();

    private static readonly byte[] ExecutableHead = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];

    [Fact]
    public void AnAllowedFileWithinTheLimitIsKeptAsWhatItIs()
    {
        var errors = new FieldErrors();

        var type = EvidenceUploadRules.Check(errors, "file", 120_000, EvidenceUploadRules.DefaultMaxBytes, PdfHead);

        Assert.Equal(EvidenceFileType.Pdf, type);
        Assert.False(errors.HasAny);
    }

    [Fact]
    public void AFileExactlyAtTheLimitIsAllowed()
    {
        var errors = new FieldErrors();

        EvidenceUploadRules.Check(errors, "file", EvidenceUploadRules.DefaultMaxBytes, EvidenceUploadRules.DefaultMaxBytes, PdfHead);

        Assert.False(errors.HasAny);
    }

    [Fact]
    public void AFileOverTheLimitIsRefusedNamingTheLimit()
    {
        var errors = new FieldErrors();

        EvidenceUploadRules.Check(errors, "file", EvidenceUploadRules.DefaultMaxBytes + 1, EvidenceUploadRules.DefaultMaxBytes, PdfHead);

        var error = Assert.Throws<ValidationFailedException>(errors.ThrowIfAny);
        Assert.Equal(["file"], error.Errors.Keys);
        Assert.Contains("10 MB", Assert.Single(error.Errors["file"]), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyFileIsRefused()
    {
        var errors = new FieldErrors();

        EvidenceUploadRules.Check(errors, "file", 0, EvidenceUploadRules.DefaultMaxBytes, []);

        Assert.Contains("empty", Assert.Single(errors.Messages), StringComparison.Ordinal);
    }

    [Fact]
    public void ContentOffTheAllowListIsRefusedListingWhatIsAllowed()
    {
        var errors = new FieldErrors();

        EvidenceUploadRules.Check(errors, "file", 4096, EvidenceUploadRules.DefaultMaxBytes, ExecutableHead);

        var message = Assert.Single(errors.Messages);
        Assert.Contains(EvidenceContent.AllowedList, message, StringComparison.Ordinal);
        Assert.Contains("name does not matter", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALimitThatIsNotPositiveIsAConfigurationMistake() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EvidenceUploadRules.Check(new FieldErrors(), "file", 10, 0, PdfHead));
}
