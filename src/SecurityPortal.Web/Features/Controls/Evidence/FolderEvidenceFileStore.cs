using System.Globalization;
using System.Text.RegularExpressions;
using SecurityPortal.Core.Common;

namespace SecurityPortal.Web.Features.Controls.Evidence;

/// <summary>
/// Keeps evidence in a folder on the server (by default under <c>App_Data</c>), filed by upload month so no folder
/// grows without bound. A key is the file's path below the root with <c>/</c> separators; every key is checked
/// against one strict pattern before a file is touched, so a key from a tampered row cannot name a file elsewhere.
/// A key that fails the check throws <see cref="ArgumentException"/>: it is a bug or tampering, not a missing file.
/// </summary>
public sealed partial class FolderEvidenceFileStore(string root, TimeProvider clock) : IEvidenceFileStore
{
    private const int BufferSize = 81920;

    private readonly string _root = Path.GetFullPath(root);

    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var key = string.Create(CultureInfo.InvariantCulture, $"{now:yyyy}/{now:MM}/{Guid.CreateVersion7(now):N}");
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // Written under a name no key can match, then renamed: a crash or a cancelled upload never leaves part of a
        // file where a reader would take it for the whole.
        var partial = path + ".partial";
        try
        {
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, cancellationToken);

                // On disk before the rename, or a power cut could leave the final name on an empty file.
                file.Flush(flushToDisk: true);
            }

            File.Move(partial, path);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }

        return key;
    }

    public Task<Stream> OpenReadAsync(string storageKey, CancellationToken cancellationToken)
    {
        var path = PathOf(storageKey);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            // FileShare.Delete so that deleting evidence is not blocked by someone still downloading it.
            return Task.FromResult<Stream>(new FileStream(
                path,
                FileMode.Open,
                FileAccess.Read,
                FileShare.Read | FileShare.Delete,
                BufferSize,
                FileOptions.Asynchronous | FileOptions.SequentialScan));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new NotFoundException("The evidence file is no longer in the store.", e);
        }
    }

    public Task DeleteAsync(string storageKey, CancellationToken cancellationToken)
    {
        var path = PathOf(storageKey);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was ever stored in that month's folder, so there is nothing to delete.
        }

        return Task.CompletedTask;
    }

    private string PathOf(string storageKey)
    {
        if (!StorageKey().IsMatch(storageKey))
        {
            throw new ArgumentException("Not an evidence storage key.", nameof(storageKey));
        }

        return Path.Combine(_root, storageKey.Replace('/', Path.DirectorySeparatorChar));
    }

    /// <summary>
    /// Year, month and a 32-digit lowercase hex name: no dots, no separator but <c>/</c>, no drive or leading root,
    /// so nothing can climb out. ASCII digit classes rather than <c>\d</c>, which matches any script's digits, and
    /// <c>\z</c> rather than <c>$</c>, which also matches before a final line break.
    /// </summary>
    [GeneratedRegex(@"^[0-9]{4}/[0-9]{2}/[0-9a-f]{32}\z")]
    private static partial Regex StorageKey();
}
