using InvestmentPipeline.Identity.Data;
using InvestmentPipeline.Identity.Domain;
using InvestmentPipeline.SharedKernel.Paging;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Identity.Features.Users;

/// <summary>User rows with their department and roles in three queries per page, however many users it holds.</summary>
internal sealed class UserQueries(IdentityModuleDbContext db, TimeProvider time)
{
    public async Task<PagedResult<UserDto>> PageAsync(IQueryable<AppUser> users, PageQuery page, CancellationToken ct)
    {
        var total = await users.CountAsync(ct);
        var rows = await users.OrderBy(u => u.UserName).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return new PagedResult<UserDto>(await ToDtosAsync(rows, ct), total);
    }

    public async Task<UserDto> ToDtoAsync(AppUser user, CancellationToken ct) => (await ToDtosAsync([user], ct))[0];

    private async Task<IReadOnlyList<UserDto>> ToDtosAsync(IReadOnlyList<AppUser> users, CancellationToken ct)
    {
        var ids = users.Select(u => u.Id).ToList();
        var departmentIds = users.Where(u => u.DepartmentId != null).Select(u => u.DepartmentId!.Value).Distinct().ToList();
        var departments = await db.Departments.Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var roles = (await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where ids.Contains(ur.UserId)
                            select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);
        var now = time.GetUtcNow();
        return users.Select(u => new UserDto(
            u.Id,
            u.UserName!,
            u.DisplayName,
            u.DepartmentId,
            u.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null,
            u.PhoneNumber,
            u.Email,
            roles[u.Id].Order().ToList(),
            u.IsDisabled,
            u.LockoutEnd is { } end && end > now,
            u.ConcurrencyStamp!,
            u.IsDepartmentHead)).ToList();
    }
}
