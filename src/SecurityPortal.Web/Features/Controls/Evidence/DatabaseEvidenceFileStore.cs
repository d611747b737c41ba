using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Common;
using SecurityPortal.Core.Controls;
using SecurityPortal.Data;

namespace SecurityPortal.Web.Features.Controls.Evidence;

/// <summary>
/// Evidence files as rows of the portal's database: what SQL Server mode uses by default, so every web node reads
/// the same files without a shared folder. Files are small (the upload limit), written once and read rarely.
/// </summary>
public sealed class DatabaseEvidenceFileStore(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock) : IEvidenceFileStore
{
    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var key = $"db/{Guid.CreateVersion7():N}";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.EvidenceBlobs.Add(new EvidenceBlob { StorageKey = key, Content = buffer.ToArray(), StoredAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public async Task<Stream> OpenReadAsync(string storageKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var content = await db.EvidenceBlobs.AsNoTracking().Where(b => b.StorageKey == storageKey).Select(b => b.Content).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("The evidence file is no longer stored.");
        return new MemoryStream(content, writable: false);
    }

    public async Task DeleteAsync(string storageKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var blob = await db.EvidenceBlobs.SingleOrDefaultAsync(b => b.StorageKey == storageKey, cancellationToken);
        if (blob is not null)
        {
            db.EvidenceBlobs.Remove(blob);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
