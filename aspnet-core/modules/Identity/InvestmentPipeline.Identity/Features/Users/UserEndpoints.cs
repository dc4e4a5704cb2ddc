using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Identity.Data;
using InvestmentPipeline.Identity.Domain;
using InvestmentPipeline.Infrastructure.Auditing;
using InvestmentPipeline.Infrastructure.Outbox;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.SharedKernel.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Identity.Features.Users;

internal static class UserEndpoints
{
    public static void MapUsers(this RouteGroupBuilder identity)
    {
        var users = identity.MapGroup("/users");
        users.MapGet("/", ListAsync).RequirePermission(IdentityPermissions.UsersView).WithName("GetUsers").WithSummary("用户列表（分页、搜索、按部门筛选）");
        users.MapGet("/export", ExportAsync).RequirePermission(IdentityPermissions.UsersView).WithName("ExportUsers").WithSummary("导出用户（Excel，筛选同列表）")
            .ProducesExcel();
        users.MapPost("/", CreateAsync).RequirePermission(IdentityPermissions.UsersManage).WithName("CreateUser").WithSummary("新建用户");
        users.MapPut("/{id:guid}", UpdateAsync).RequirePermission(IdentityPermissions.UsersManage).WithName("UpdateUser").WithSummary("修改用户（部门、角色、联系方式）");
        users.MapPost("/{id:guid}/disable", (Guid id, HttpContext http, UserAccountChanges changes) => changes.SetDisabledAsync(id, true, http))
            .RequirePermission(IdentityPermissions.UsersManage).WithName("DisableUser").WithSummary("停用用户");
        users.MapPost("/{id:guid}/enable", (Guid id, HttpContext http, UserAccountChanges changes) => changes.SetDisabledAsync(id, false, http))
            .RequirePermission(IdentityPermissions.UsersManage).WithName("EnableUser").WithSummary("启用用户（并解除锁定）");
        users.MapPost("/{id:guid}/reset-password", (Guid id, ResetPasswordRequest request, HttpContext http, UserAccountChanges changes) => changes.ResetPasswordAsync(id, request, http))
            .RequirePermission(IdentityPermissions.UsersManage).WithName("ResetUserPassword").WithSummary("重置密码（用户下次登录须修改）");
    }

    private static async Task<Ok<PagedResult<UserDto>>> ListAsync(
        string? search, Guid? departmentId, int? page, int? pageSize, HttpContext http, IdentityModuleDbContext db, UserQueries queries, CancellationToken ct)
    {
        var query = Filter(ScopedUsers(db, http.GetCurrentUser()), search, departmentId);
        return TypedResults.Ok(await queries.PageAsync(query, PageQuery.From(page, pageSize), ct));
    }

    private static async Task<FileContentHttpResult> ExportAsync(
        string? search, Guid? departmentId, HttpContext http, IdentityModuleDbContext db, UserQueries queries, AuditWriter audit, CancellationToken ct)
    {
        var query = Filter(ScopedUsers(db, http.GetCurrentUser()), search, departmentId);
        var users = (await queries.PageAsync(query, new PageQuery(1, ExcelExport.MaxRows), ct)).Items;
        var roleNames = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.DisplayName, ct);
        var rows = users.Select(u => new Dictionary<string, object?>
        {
            ["用户名"] = u.UserName,
            ["姓名"] = u.DisplayName,
            ["部门"] = u.DepartmentName,
            ["角色"] = string.Join("、", u.Roles.Select(r => roleNames.GetValueOrDefault(r, r))),
            ["电话"] = u.PhoneNumber,
            ["邮箱"] = u.Email,
            ["部门负责人"] = u.IsDepartmentHead ? "是" : "否",
            ["状态"] = u.IsDisabled ? "已停用" : u.IsLockedOut ? "已锁定" : "启用",
        });
        var file = await ExcelExport.FileAsync(rows, "用户", "用户.xlsx", ct);
        await audit.WriteAsync(AuditActions.Export, AuditOutcomes.Success, e =>
        {
            e.EntityType = nameof(AppUser);
            e.Detail = $"导出 {users.Count} 个用户";
        }, ct);
        return file;
    }

    private static IQueryable<AppUser> Filter(IQueryable<AppUser> users, string? search, Guid? departmentId)
    {
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            users = users.Where(u => u.UserName!.Contains(term) || u.DisplayName.Contains(term));
        }

        return departmentId is null ? users : users.Where(u => u.DepartmentId == departmentId);
    }

    private static async Task<Results<Created<UserDto>, ValidationProblem>> CreateAsync(
        CreateUserRequest request, HttpContext http, UserManager<AppUser> users, IdentityModuleDbContext db, UserQueries queries, TimeProvider time, CancellationToken ct)
    {
        var invalid = await UserRules.CheckDepartmentAndRolesAsync(db, http.GetCurrentUser(), request.DepartmentId!.Value, request.Roles, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        var user = new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = request.UserName.Trim(),
            DisplayName = request.DisplayName.Trim(),
            DepartmentId = request.DepartmentId,
            PhoneNumber = request.PhoneNumber,
            Email = request.Email,
            IsDepartmentHead = request.IsDepartmentHead,
            MustChangePassword = true,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        db.AddIntegrationEvent(new UserCreatedIntegrationEvent(user.Id, user.UserName, user.DisplayName, user.DepartmentId) { OccurredAtUtc = user.CreatedAtUtc });

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return IdentityProblems.Invalid(created);
        }

        var roled = await users.AddToRolesAsync(user, request.Roles ?? []);
        if (!roled.Succeeded)
        {
            return IdentityProblems.Invalid(roled);
        }

        await transaction.CommitAsync(ct);
        return TypedResults.Created($"/api/identity/users/{user.Id}", await queries.ToDtoAsync(user, ct));
    }

    private static async Task<Results<Ok<UserDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateUserRequest request, HttpContext http, UserManager<AppUser> users, IdentityModuleDbContext db, UserQueries queries, CancellationToken ct)
    {
        var actor = http.GetCurrentUser();
        var user = await ScopedUsers(db, actor).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return ProblemResults.NotFound("用户");
        }

        if (user.ConcurrencyStamp != request.ConcurrencyStamp)
        {
            return ProblemResults.Conflict("该用户已被他人修改，请刷新后重试。");
        }

        var invalid = await UserRules.CheckDepartmentAndRolesAsync(db, actor, request.DepartmentId!.Value, request.Roles, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        user.DisplayName = request.DisplayName.Trim();
        user.DepartmentId = request.DepartmentId;
        user.PhoneNumber = request.PhoneNumber;
        user.Email = request.Email;
        user.IsDepartmentHead = request.IsDepartmentHead;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var current = await users.GetRolesAsync(user);
        var wanted = request.Roles ?? [];
        var results = new[]
        {
            await users.RemoveFromRolesAsync(user, current.Except(wanted)),
            await users.AddToRolesAsync(user, wanted.Except(current)),
        };
        if (results.FirstOrDefault(r => !r.Succeeded) is { } failed)
        {
            return failed.IsConcurrencyFailure() ? ProblemResults.Conflict("该用户已被他人修改，请刷新后重试。") : IdentityProblems.Invalid(failed);
        }

        await transaction.CommitAsync(ct);
        return TypedResults.Ok(await queries.ToDtoAsync(user, ct));
    }

    /// <summary>Users the actor may see and manage: their own department's unless they see all departments.</summary>
    public static IQueryable<AppUser> ScopedUsers(IdentityModuleDbContext db, CurrentUser actor) =>
        actor.ScopedDepartmentId is { } departmentId ? db.Users.Where(u => u.DepartmentId == departmentId) : db.Users;
}
