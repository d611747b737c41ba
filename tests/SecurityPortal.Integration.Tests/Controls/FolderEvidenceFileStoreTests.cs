using Microsoft.Extensions.Time.Testing;
using SecurityPortal.Core.Common;
using SecurityPortal.Web.Features.Controls.Evidence;

namespace SecurityPortal.Integration.Tests.Controls;

/// <summary>The folder store on a real disk: what goes in comes out, and no key reaches outside its root.</summary>
public sealed class FolderEvidenceFileStoreTests : IDisposable
{
    private static readonly byte[] Evidence = "%PDF-1.7\naccess review, signed\n"u8.ToArray();

    private readonly string _folder = Directory.CreateTempSubdirectory("securityportal-evidence-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 14, 9, 30, 0, TimeSpan.Zero));
    private readonly FolderEvidenceFileStore _store;
    private readonly string _root;
    private readonly string _outside;

    public FolderEvidenceFileStoreTests()
    {
        _root = Path.Combine(_folder, "evidence");
        _outside = Path.Combine(_folder, "outside.txt");
        File.WriteAllText(_outside, "must survive");
        _store = new FolderEvidenceFileStore(_root, _clock);
    }

    private Task<string> SaveAsync() => _store.SaveAsync(new MemoryStream(Evidence), CancellationToken.None);

    private async Task<byte[]> ReadAsync(string key)
    {
        await using var stream = await _store.OpenReadAsync(key, CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task AStoredFileReadsBackByteForByte()
    {
        var key = await SaveAsync();

        Assert.Equal(Evidence, await ReadAsync(key));
    }

    [Fact]
    public async Task FilesAreFiledByTheMonthTheyWereUploaded()
    {
        var key = await SaveAsync();

        Assert.Matches(@"^2026/03/[0-9a-f]{32}$", key);
        Assert.True(File.Exists(Path.Combine(_root, "2026", "03", key[8..])));
    }

    [Fact]
    public async Task TheSameContentSavedTwiceGetsTwoKeys()
    {
        var first = await SaveAsync();
        var second = await SaveAsync();

        Assert.NotEqual(first, second);
        Assert.Equal(Evidence, await ReadAsync(first));
        Assert.Equal(Evidence, await ReadAsync(second));
    }

    [Fact]
    public async Task ASaveLeavesOnlyTheFinishedFile()
    {
        await SaveAsync();

        var file = Assert.Single(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
        Assert.Matches("^[0-9a-f]{32}$", Path.GetFileName(file));
    }

    [Fact]
    public async Task ACancelledSaveLeavesNothingBehind()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _store.SaveAsync(new MemoryStream(Evidence), cancelled.Token));

        Assert.Empty(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("2026/03/../../../outside.txt")]
    [InlineData("2026/03/../../x")]
    [InlineData("/etc/passwd")]
    [InlineData(@"C:\Windows\win.ini")]
    [InlineData(@"2026\03\0190a6f4c2b07c4e8a1d3f5b6c7d8e9f")]
    [InlineData("2026/03/0190A6F4C2B07C4E8A1D3F5B6C7D8E9F")]
    [InlineData("2026/03/0190a6f4c2b07c4e8a1d3f5b6c7d8e9f\n")]
    [InlineData("2026/03/0190a6f4c2b07c4e8a1d3f5b6c7d8e9f.partial")]
    [InlineData("")]
    public async Task AKeyThatIsNotTheStoresOwnIsRefused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.OpenReadAsync(key, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.DeleteAsync(key, CancellationToken.None));

        Assert.True(File.Exists(_outside));
    }

    [Fact]
    public async Task AnAbsolutePathToAFileOutsideTheStoreIsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.OpenReadAsync(_outside, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.DeleteAsync(_outside, CancellationToken.None));

        Assert.Equal("must survive", await File.ReadAllTextAsync(_outside));
    }

    [Fact]
    public async Task DeletingTwiceIsHarmless()
    {
        var key = await SaveAsync();

        await _store.DeleteAsync(key, CancellationToken.None);
        await _store.DeleteAsync(key, CancellationToken.None);

        Assert.Empty(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task DeletingAKeyFromAMonthWithNothingStoredIsHarmless() =>
        await _store.DeleteAsync("1999/12/0190a6f4c2b07c4e8a1d3f5b6c7d8e9f", CancellationToken.None);

    [Fact]
    public async Task ADeletedFileIsNotFound()
    {
        var key = await SaveAsync();
        await _store.DeleteAsync(key, CancellationToken.None);

        await Assert.ThrowsAsync<NotFoundException>(() => _store.OpenReadAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task AKeyNeverStoredIsNotFound() =>
        await Assert.ThrowsAsync<NotFoundException>(() => _store.OpenReadAsync("1999/12/0190a6f4c2b07c4e8a1d3f5b6c7d8e9f", CancellationToken.None));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
