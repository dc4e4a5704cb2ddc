using System.ComponentModel.DataAnnotations;
using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Identity.Data;
using InvestmentPipeline.Identity.Domain;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.SharedKernel.Domain;
using InvestmentPipeline.SharedKernel.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Identity.Features.Departments;

public sealed record DepartmentDto(Guid Id, Guid? ParentId, string Name, string Code, int SortOrder, int UserCount, Guid ConcurrencyStamp, IReadOnlyList<string> Aliases);

public sealed record CreateDepartmentRequest(
    Guid? ParentId,
    [property: Required(ErrorMessage = "请输入部门名称")][property: StringLength(Department.NameMaxLength, ErrorMessage = "部门名称不能超过 64 个字符")] string Name,
    [property: Required(ErrorMessage = "请输入部门编码")][property: StringLength(Department.CodeMaxLength, ErrorMessage = "部门编码不能超过 32 个字符")]
    [property: RegularExpression("^[A-Za-z0-9_-]+$", ErrorMessage = "部门编码只能包含字母、数字、_ 和 -")] string Code,
    int SortOrder);

public sealed record UpdateDepartmentRequest(
    Guid? ParentId,
    [property: Required(ErrorMessage = "请输入部门名称")][property: StringLength(Department.NameMaxLength, ErrorMessage = "部门名称不能超过 64 个字符")] string Name,
    [property: Required(ErrorMessage = "请输入部门编码")][property: StringLength(Department.CodeMaxLength, ErrorMessage = "部门编码不能超过 32 个字符")]
    [property: RegularExpression("^[A-Za-z0-9_-]+$", ErrorMessage = "部门编码只能包含字母、数字、_ 和 -")] string Code,
    int SortOrder,
    Guid? ConcurrencyStamp);

internal static class DepartmentEndpoints
{
    public static void MapDepartments(this RouteGroupBuilder identity)
    {
        var departments = identity.MapGroup("/departments");
        departments.MapGet("/", ListAsync).RequirePermission(IdentityPermissions.DepartmentsView).WithName("GetDepartments").WithSummary("部门树（扁平列表，按 parentId 组树）");
        departments.MapPost("/", CreateAsync).RequirePermission(IdentityPermissions.DepartmentsManage).WithName("CreateDepartment").WithSummary("新建部门");
        departments.MapPut("/{id:guid}", UpdateAsync).RequirePermission(IdentityPermissions.DepartmentsManage).WithName("UpdateDepartment").WithSummary("修改部门");
        departments.MapDelete("/{id:guid}", DeleteAsync).RequirePermission(IdentityPermissions.DepartmentsManage).WithName("DeleteDepartment").WithSummary("删除部门（须无用户、无下级）");
    }

    private static async Task<Ok<List<DepartmentDto>>> ListAsync(IdentityModuleDbContext db, CancellationToken ct)
    {
        var counts = await db.Users.Where(u => u.DepartmentId != null).GroupBy(u => u.DepartmentId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var departments = await db.Departments.AsNoTracking().Include(d => d.Aliases).OrderBy(d => d.SortOrder).ThenBy(d => d.Code).ToListAsync(ct);
        return TypedResults.Ok(departments.Select(d => ToDto(d, counts.GetValueOrDefault(d.Id))).ToList());
    }

    private static async Task<Results<Created<DepartmentDto>, ValidationProblem>> CreateAsync(CreateDepartmentRequest request, IdentityModuleDbContext db, CancellationToken ct)
    {
        if (await CheckAsync(db, null, request.ParentId, request.Name, request.Code, ct) is { } invalid)
        {
            return invalid;
        }

        var department = new Department(Guid.NewGuid(), request.ParentId, request.Name.Trim(), request.Code.Trim(), request.SortOrder);
        db.Departments.Add(department);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/identity/departments/{department.Id}", ToDto(department, 0));
    }

    private static async Task<Results<Ok<DepartmentDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateDepartmentRequest request, IdentityModuleDbContext db, CancellationToken ct)
    {
        var department = await db.Departments.Include(d => d.Aliases).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (department is null)
        {
            return ProblemResults.NotFound("部门");
        }

        if (request.ConcurrencyStamp is { } stamp && stamp != department.ConcurrencyStamp)
        {
            return ProblemResults.Conflict("该部门已被他人修改，请刷新后重试。");
        }

        if (await CheckAsync(db, id, request.ParentId, request.Name, request.Code, ct) is { } invalid)
        {
            return invalid;
        }

        var parentOf = await db.Departments.ToDictionaryAsync(d => d.Id, d => d.ParentId, ct);
        department.Change(request.ParentId, request.Name.Trim(), request.Code.Trim(), request.SortOrder, parentOf);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToDto(department, await db.Users.CountAsync(u => u.DepartmentId == id, ct)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, IdentityModuleDbContext db, CancellationToken ct)
    {
        // with its 简称 loaded, so that their cascade delete is audited like any other write
        var department = await db.Departments.Include(d => d.Aliases).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (department is null)
        {
            return ProblemResults.NotFound("部门");
        }

        var rule = new DepartmentCanBeDeletedOnlyWhenEmptyRule(
            await db.Users.CountAsync(u => u.DepartmentId == id, ct),
            await db.Departments.CountAsync(d => d.ParentId == id, ct));
        if (rule.IsBroken())
        {
            return ProblemResults.Problem(409, rule.Message, rule.Code);
        }

        db.Departments.Remove(department);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<ValidationProblem?> CheckAsync(IdentityModuleDbContext db, Guid? id, Guid? parentId, string name, string code, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (parentId is not null && !await db.Departments.AnyAsync(d => d.Id == parentId, ct))
        {
            errors["parentId"] = ["上级部门不存在"];
        }

        var trimmed = code.Trim();
        if (await db.Departments.AnyAsync(d => d.Code == trimmed && d.Id != id, ct))
        {
            errors["code"] = [$"部门编码 {trimmed} 已被使用"];
        }

        var normalized = OrganisationName.Normalize(name.Trim());
        var aliasHolder = await db.DepartmentAliases.Where(a => a.NormalizedAlias == normalized)
            .Join(db.Departments, a => a.DepartmentId, d => d.Id, (a, d) => new NameHolder(d.Id, d.Name, true)).FirstOrDefaultAsync(ct);
        var nameRule = new NameMustNotBeAnAliasRule(name.Trim(), aliasHolder);
        if (nameRule.IsBroken())
        {
            errors["name"] = [nameRule.Message];
        }

        return errors.Count == 0 ? null : ProblemResults.Invalid(errors);
    }

    internal static DepartmentDto ToDto(Department d, int userCount) =>
        new(d.Id, d.ParentId, d.Name, d.Code, d.SortOrder, userCount, d.ConcurrencyStamp, [.. d.Aliases.Select(a => a.Alias).Order(StringComparer.Ordinal)]);
}
