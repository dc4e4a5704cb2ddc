using InvestmentPipeline.Identity.Data;
using InvestmentPipeline.Identity.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Identity.Features.Account;

/// <summary>Builds what the app needs to know about the signed-in user, read fresh from the database.</summary>
internal sealed class CurrentUserReader(IdentityModuleDbContext db, IUserClaimsPrincipalFactory<AppUser> claims)
{
    public async Task<CurrentUserDto> ReadAsync(AppUser user)
    {
        var department = user.DepartmentId is { } id ? await db.Departments.Where(d => d.Id == id).Select(d => d.Name).FirstOrDefaultAsync() : null;
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == user.Id
                           orderby r.Name
                           select r.DisplayName).ToListAsync();
        var principal = await claims.CreateAsync(user);
        var permissions = principal.FindAll(Infrastructure.Security.AppClaimTypes.Permission).Select(c => c.Value).Order().ToList();
        return new CurrentUserDto(user.Id, user.UserName!, user.DisplayName, user.DepartmentId, department, roles, permissions, user.MustChangePassword);
    }
}
