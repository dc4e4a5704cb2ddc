using Microsoft.AspNetCore.Identity;

namespace InvestmentPipeline.Identity.Domain;

internal sealed class AppRole : IdentityRole<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    public string? Description { get; set; }

    /// <summary>Seeded roles: their names are referenced by code and cannot change.</summary>
    public bool IsStatic { get; set; }
}
