using System.ComponentModel.DataAnnotations;
using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Identity.Data;
using InvestmentPipeline.Identity.Domain;
using InvestmentPipeline.Identity.Features.Departments;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.SharedKernel.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Identity.Features.DepartmentAliases;

public sealed record ReplaceDepartmentAliasesRequest([property: Required(ErrorMessage = "请提供简称列表")] string[] Aliases, Guid? ConcurrencyStamp);

public sealed record AddDepartmentAliasRequest(Guid DepartmentId, [property: Required(ErrorMessage = "请输入简称")] string Alias);

public sealed record DepartmentAliasDto(Guid DepartmentId, string DepartmentName, string Alias);

internal static class DepartmentAliasEndpoints
{
    private const string Stale = "该部门已被他人修改，请刷新后重试。";

    /// <summary>A double click is two requests at once: the loser of the unique index reads again and answers as if it came second.</summary>
    private const int AddAttempts = 3;

    public static void MapDepartmentAliases(this RouteGroupBuilder identity)
    {
        identity.MapPut("/departments/{id:guid}/aliases", ReplaceAsync).RequirePermission(IdentityPermissions.DepartmentsManage)
            .WithName("ReplaceDepartmentAliases").WithSummary("设置部门/乡镇的简称（整体替换）");
        identity.MapPost("/department-aliases", AddAsync).RequirePermission(IdentityPermissions.DepartmentAliasesAdd)
            .WithName("AddDepartmentAlias").WithSummary("添加一个简称（导入时「记住此简称」；已有则不变）");
    }

    private static async Task<Results<Ok<DepartmentDto>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        Guid id, ReplaceDepartmentAliasesRequest request, IdentityModuleDbContext db, CancellationToken ct)
    {
        if (TextErrors(request.Aliases) is { Length: > 0 } invalid)
        {
            return ProblemResults.Invalid("aliases", string.Join("；", invalid));
        }

        var department = await db.Departments.Include(d => d.Aliases).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (department is null)
        {
            return ProblemResults.NotFound("部门");
        }

        var stamp = department.ConcurrencyStamp;
        if (request.ConcurrencyStamp is { } sent && sent != stamp)
        {
            return ProblemResults.Conflict(Stale);
        }

        var holders = await NameHolders.ReadAsync(db, ct);
        var taken = request.Aliases.Select(a => a.Trim()).DistinctBy(OrganisationName.Normalize)
            .Select(a => new AliasMustNameOnePlaceRule(a, id, holders[OrganisationName.Normalize(a)]))
            .Where(r => r.IsBroken()).Select(r => r.Message).ToArray();
        if (taken.Length > 0)
        {
            return ProblemResults.Invalid(new Dictionary<string, string[]> { ["aliases"] = taken });
        }

        department.ReplaceAliases(request.Aliases, key => holders[key]);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request won: on this department (its stamp moved) or on one of the aliases (another department took it).
            db.ChangeTracker.Clear();
            return await db.Departments.AnyAsync(d => d.Id == id && d.ConcurrencyStamp == stamp, ct)
                ? ProblemResults.Invalid("aliases", "其中的简称刚刚已被其他部门使用，请刷新后重试")
                : ProblemResults.Conflict(Stale);
        }

        return TypedResults.Ok(DepartmentEndpoints.ToDto(department, await db.Users.CountAsync(u => u.DepartmentId == id, ct)));
    }

    private static async Task<Results<Created<DepartmentAliasDto>, Ok<DepartmentAliasDto>, ValidationProblem, ProblemHttpResult>> AddAsync(
        AddDepartmentAliasRequest request, IdentityModuleDbContext db, CancellationToken ct)
    {
        if (TextErrors([request.Alias]) is { Length: > 0 } invalid)
        {
            return ProblemResults.Invalid("alias", invalid[0]);
        }

        var alias = request.Alias.Trim();
        var key = OrganisationName.Normalize(alias);
        for (var attempt = 1; ; attempt++)
        {
            var department = await db.Departments.Include(d => d.Aliases).SingleOrDefaultAsync(d => d.Id == request.DepartmentId, ct);
            if (department is null)
            {
                return ProblemResults.NotFound("部门");
            }

            var holders = (await NameHolders.ReadAsync(db, ct))[key].ToList();
            var rule = new AliasMustNameOnePlaceRule(alias, department.Id, holders);
            if (rule.IsBroken())
            {
                return ProblemResults.Problem(StatusCodes.Status422UnprocessableEntity, rule.Message, rule.Code);
            }

            if (!department.AddAlias(alias, holders))
            {
                return TypedResults.Ok(new DepartmentAliasDto(department.Id, department.Name, department.Aliases.First(a => a.NormalizedAlias == key).Alias));
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/identity/departments/{department.Id}", new DepartmentAliasDto(department.Id, department.Name, alias));
            }
            catch (DbUpdateException) when (attempt < AddAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static string[] TextErrors(string?[] aliases)
    {
        var errors = new List<string>();
        if (aliases.Length > Department.MaxAliases)
        {
            errors.Add($"简称最多 {Department.MaxAliases} 个");
        }

        foreach (var alias in aliases.Select(a => a?.Trim() ?? string.Empty))
        {
            if (alias.Length == 0)
            {
                errors.Add("简称不能为空");
            }
            else if (alias.Length > DepartmentAlias.MaxLength || OrganisationName.Normalize(alias).Length > DepartmentAlias.NormalizedMaxLength)
            {
                errors.Add($"简称「{alias}」超过 {DepartmentAlias.MaxLength} 个字符");
            }
        }

        return [.. errors.Distinct()];
    }
}
