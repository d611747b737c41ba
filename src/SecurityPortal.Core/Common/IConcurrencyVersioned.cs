namespace SecurityPortal.Core.Common;

/// <summary>
/// An entity protected by an application-managed concurrency token. SQLite has no rowversion, so the
/// data layer issues a new token on every save and compares the one the editor loaded; a stale save
/// fails instead of silently overwriting someone else's change.
/// </summary>
public interface IConcurrencyVersioned
{
    Guid ConcurrencyToken { get; set; }
}
