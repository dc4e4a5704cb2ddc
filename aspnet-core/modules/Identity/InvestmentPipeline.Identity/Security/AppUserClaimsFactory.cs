using System.Security.Claims;
using InvestmentPipeline.Identity.Data;
using InvestmentPipeline.Identity.Domain;
using InvestmentPipeline.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InvestmentPipeline.Identity.Security;

/// <summary>Puts department and the union of the roles' permissions into the cookie, so authorisation needs no query.</summary>
internal sealed class AppUserClaimsFactory(
    UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options, IdentityModuleDbContext db)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    public const string MustChangePasswordClaim = "must_change_password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaimTypes.DisplayName, user.DisplayName));
        if (user.DepartmentId is { } departmentId)
        {
            identity.AddClaim(new Claim(AppClaimTypes.DepartmentId, departmentId.ToString()));
            var name = await db.Departments.Where(d => d.Id == departmentId).Select(d => d.Name).FirstOrDefaultAsync();
            if (name is not null)
            {
                identity.AddClaim(new Claim(AppClaimTypes.DepartmentName, name));
            }
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }

        // Role claims were added by the base class one by one; keep each permission once.
        var permissions = identity.FindAll(AppClaimTypes.Permission).Select(c => c.Value).Distinct().ToList();
        foreach (var claim in identity.FindAll(AppClaimTypes.Permission).ToList())
        {
            identity.RemoveClaim(claim);
        }

        identity.AddClaims(permissions.Select(p => new Claim(AppClaimTypes.Permission, p)));
        return identity;
    }
}
