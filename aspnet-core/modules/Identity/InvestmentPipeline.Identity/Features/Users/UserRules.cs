using InvestmentPipeline.Identity.Data;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Identity.Features.Users;

internal static class UserRules
{
    /// <summary>The department must exist and lie in the actor's data scope; every role must exist.</summary>
    public static async Task<ValidationProblem?> CheckDepartmentAndRolesAsync(
        IdentityModuleDbContext db, CurrentUser actor, Guid departmentId, IReadOnlyList<string>? roles, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!await db.Departments.AnyAsync(d => d.Id == departmentId, ct))
        {
            errors["departmentId"] = ["所选部门不存在"];
        }
        else if (actor.ScopedDepartmentId is { } scope && scope != departmentId)
        {
            errors["departmentId"] = ["只能在本部门内管理用户"];
        }

        var wanted = (roles ?? []).Distinct().ToList();
        var known = await db.Roles.Where(r => wanted.Contains(r.Name!)).Select(r => r.Name!).ToListAsync(ct);
        var unknown = wanted.Except(known).ToList();
        if (unknown.Count > 0)
        {
            errors["roles"] = [$"角色不存在：{string.Join("、", unknown)}"];
        }

        return errors.Count == 0 ? null : ProblemResults.Invalid(errors);
    }
}
