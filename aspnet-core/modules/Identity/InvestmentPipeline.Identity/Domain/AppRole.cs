using Microsoft.AspNetCore.Identity;

namespace InvestmentPipeline.Identity.Domain;

internal sealed class AppRole : IdentityRole<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    public string? Description { get; set; }

    /// <summary>Seeded roles: their names are referenced by code and cannot change.</summary>
    public bool IsStatic { get; set; }

    /// <summary>
    /// A static role's default permissions granted so far. A default added by a later release is granted once at start-up;
    /// one an administrator has since removed stays removed.
    /// </summary>
    public List<string> OfferedPermissions { get; set; } = [];
}
