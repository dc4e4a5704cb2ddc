using Microsoft.AspNetCore.Identity;

namespace InvestmentPipeline.Identity.Domain;

internal sealed class AppUser : IdentityUser<Guid>
{
    public const int UserNameMaxLength = 64;
    public const int DisplayNameMaxLength = 64;

    public string DisplayName { get; set; } = string.Empty;

    public Guid? DepartmentId { get; set; }

    public bool IsDisabled { get; set; }

    /// <summary>部门负责人: an approval step past its time limit is escalated to its department's heads.</summary>
    public bool IsDepartmentHead { get; set; }

    /// <summary>Seeded and reset passwords are temporary (等保2.0): the user must choose their own at next login.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
