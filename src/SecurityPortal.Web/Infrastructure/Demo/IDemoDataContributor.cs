namespace SecurityPortal.Web.Infrastructure.Demo;

/// <summary>
/// One area's demo data. Contributors run in <see cref="Order"/> and must be idempotent: they look for
/// their rows by natural key and add only what is missing, so a restart adds nothing twice.
/// </summary>
public interface IDemoDataContributor
{
    int Order { get; }

    Task ContributeAsync(CancellationToken cancellationToken);
}
