using SecurityPortal.Core.Common;

namespace SecurityPortal.Core.Teams;

/// <summary>
/// A group of people that owns models and is assigned training; team leads act on their own teams only.
/// </summary>
public sealed class Team : Entity
{
    public required string Name { get; set; }

    public string? Description { get; set; }

    public bool IsActive { get; set; } = true;
}
