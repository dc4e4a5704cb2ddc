using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Identity.Data;
using InvestmentPipeline.Identity.Domain;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.SharedKernel.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Identity.Features.Roles;

public sealed record RoleDto(Guid Id, string Name, string DisplayName, string? Description, IReadOnlyList<string> Permissions, int UserCount, bool IsStatic);

public sealed record CreateRoleRequest(
    [property: Required(ErrorMessage = "请输入角色标识")][property: StringLength(64, MinimumLength = 2, ErrorMessage = "角色标识长度为 2–64 个字符")]
    [property: RegularExpression("^[a-z][a-z0-9_-]*$", ErrorMessage = "角色标识须以小写字母开头，只含小写字母、数字、_ 和 -")] string Name,
    [property: Required(ErrorMessage = "请输入角色名称")][property: StringLength(64, ErrorMessage = "角色名称不能超过 64 个字符")] string DisplayName,
    [property: StringLength(256, ErrorMessage = "说明不能超过 256 个字符")] string? Description);

public sealed record SetRolePermissionsRequest([property: Required(ErrorMessage = "请提供权限列表")] IReadOnlyList<string> Permissions);

public sealed record PermissionDto(string Name, string DisplayName, string DisplayNameEn);

public sealed record PermissionGroupDto(string Name, string DisplayName, string DisplayNameEn, IReadOnlyList<PermissionDto> Permissions);

internal static class RoleEndpoints
{
    public static void MapRoles(this RouteGroupBuilder identity)
    {
        identity.MapGet("/roles", ListAsync).RequirePermission(IdentityPermissions.RolesView).WithName("GetRoles").WithSummary("角色及其权限");
        identity.MapPost("/roles", CreateAsync).RequirePermission(IdentityPermissions.RolesManage).WithName("CreateRole").WithSummary("新建角色");
        identity.MapPut("/roles/{id:guid}/permissions", SetPermissionsAsync).RequirePermission(IdentityPermissions.RolesManage).WithName("SetRolePermissions").WithSummary("设置角色权限（整体替换）");
        identity.MapGet("/permissions", (IEnumerable<PermissionGroupDefinition> groups) => TypedResults.Ok(groups
                .Select(g => new PermissionGroupDto(g.Name, g.DisplayName, g.DisplayNameEn, g.Permissions.Select(p => new PermissionDto(p.Name, p.DisplayName, p.DisplayNameEn)).ToList()))
                .ToList()))
            .RequirePermission(IdentityPermissions.RolesView).WithName("GetPermissions").WithSummary("全部权限（按模块分组）");
    }

    private static async Task<Ok<List<RoleDto>>> ListAsync(IdentityModuleDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await ReadAsync(db, null, ct));

    private static async Task<Results<Created<RoleDto>, ValidationProblem>> CreateAsync(CreateRoleRequest request, RoleManager<AppRole> roles, IdentityModuleDbContext db, CancellationToken ct)
    {
        var role = new AppRole { Id = Guid.NewGuid(), Name = request.Name, DisplayName = request.DisplayName.Trim(), Description = request.Description };
        var result = await roles.CreateAsync(role);
        return result.Succeeded
            ? TypedResults.Created($"/api/identity/roles/{role.Id}", (await ReadAsync(db, role.Id, ct))[0])
            : IdentityProblems.Invalid(result);
    }

    private static async Task<Results<Ok<RoleDto>, ValidationProblem, ProblemHttpResult>> SetPermissionsAsync(
        Guid id, SetRolePermissionsRequest request, RoleManager<AppRole> roles,
        IEnumerable<PermissionGroupDefinition> groups, IdentityModuleDbContext db, CancellationToken ct)
    {
        var role = await roles.FindByIdAsync(id.ToString());
        if (role is null)
        {
            return ProblemResults.NotFound("角色");
        }

        var known = groups.SelectMany(g => g.Permissions).Select(p => p.Name).ToHashSet();
        var unknown = request.Permissions.Where(p => !known.Contains(p)).ToList();
        if (unknown.Count > 0)
        {
            return ProblemResults.Invalid("permissions", $"权限不存在：{string.Join("、", unknown)}");
        }

        // Members' sessions pick the change up at the next revalidation (LoginPolicy:SessionRevalidationSeconds),
        // when the security-stamp validator rebuilds their claims.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await RolePermissions.ReplaceAsync(roles, role, request.Permissions);
        await transaction.CommitAsync(ct);
        return TypedResults.Ok((await ReadAsync(db, id, ct))[0]);
    }

    private static async Task<List<RoleDto>> ReadAsync(IdentityModuleDbContext db, Guid? id, CancellationToken ct)
    {
        var roles = await db.Roles.Where(r => id == null || r.Id == id).OrderBy(r => r.Name).ToListAsync(ct);
        var roleIds = roles.Select(r => r.Id).ToList();
        var permissions = (await db.RoleClaims.Where(c => roleIds.Contains(c.RoleId) && c.ClaimType == AppClaimTypes.Permission).ToListAsync(ct))
            .ToLookup(c => c.RoleId, c => c.ClaimValue!);
        var counts = await db.UserRoles.Where(ur => roleIds.Contains(ur.RoleId)).GroupBy(ur => ur.RoleId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return roles.Select(r => new RoleDto(r.Id, r.Name!, r.DisplayName, r.Description, permissions[r.Id].Order().ToList(), counts.GetValueOrDefault(r.Id), r.IsStatic)).ToList();
    }
}

internal static class RolePermissions
{
    public static async Task ReplaceAsync(RoleManager<AppRole> roles, AppRole role, IEnumerable<string> wanted)
    {
        var target = wanted.ToHashSet();
        var existing = (await roles.GetClaimsAsync(role)).Where(c => c.Type == AppClaimTypes.Permission).ToList();
        foreach (var claim in existing.Where(c => !target.Contains(c.Value)))
        {
            await roles.RemoveClaimAsync(role, claim);
        }

        foreach (var permission in target.Except(existing.Select(c => c.Value)))
        {
            await roles.AddClaimAsync(role, new Claim(AppClaimTypes.Permission, permission));
        }
    }
}
