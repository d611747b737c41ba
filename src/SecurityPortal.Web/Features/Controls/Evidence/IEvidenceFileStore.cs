namespace SecurityPortal.Web.Features.Controls.Evidence;

/// <summary>
/// Where evidence files' bytes live, apart from the database that describes them and outside <c>wwwroot</c>, so a
/// file is only ever reached through the portal's authorised download. Small on purpose: a folder today, a blob
/// container tomorrow, without touching the feature.
/// </summary>
public interface IEvidenceFileStore
{
    /// <summary>Stores the content and returns the opaque key to keep beside its description.</summary>
    Task<string> SaveAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>Opens stored content for reading; throws <see cref="SecurityPortal.Core.Common.NotFoundException"/> when nothing is stored under the key.</summary>
    Task<Stream> OpenReadAsync(string storageKey, CancellationToken cancellationToken);

    /// <summary>Removes stored content; a key with nothing stored under it is not an error, so a retried delete succeeds.</summary>
    Task DeleteAsync(string storageKey, CancellationToken cancellationToken);
}
