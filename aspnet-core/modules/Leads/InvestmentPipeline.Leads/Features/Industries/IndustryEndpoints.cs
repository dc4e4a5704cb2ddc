using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Leads.Contracts;
using InvestmentPipeline.Leads.Data;
using InvestmentPipeline.Leads.Domain;
using InvestmentPipeline.SignedContracts.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Leads.Features.Industries;

/// <summary>重点招商目录: every user of leads reads it; 统筹 keeps it. An industry with leads is deactivated, never deleted.</summary>
internal static class IndustryEndpoints
{
    public static void MapIndustries(this RouteGroupBuilder leads)
    {
        var industries = leads.MapGroup("/industries");
        industries.MapGet("/", ListAsync).RequireAnyPermission(LeadsPermissions.View, SignedContractsPermissions.View).WithName("GetLeadIndustries")
            .WithSummary("重点招商目录（含停用的产业，按排序）");
        industries.MapPost("/", CreateAsync).RequirePermission(LeadsPermissions.Supervise).WithName("CreateLeadIndustry").WithSummary("新增重点招商产业");
        industries.MapPut("/{id:guid}", UpdateAsync).RequirePermission(LeadsPermissions.Supervise).WithName("UpdateLeadIndustry")
            .WithSummary("修改重点招商产业（产业链、目标企业、排序、启停）；代码不可改");
    }

    private static async Task<Ok<List<IndustryDto>>> ListAsync(LeadsDbContext db, CancellationToken ct)
    {
        var counts = await db.Leads.GroupBy(l => l.IndustryCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var industries = await db.Industries.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Code).ToListAsync(ct);
        return TypedResults.Ok(industries.Select(i => ToDto(i, counts.GetValueOrDefault(i.Code))).ToList());
    }

    private static async Task<Results<Created<IndustryDto>, ValidationProblem>> CreateAsync(SaveIndustryRequest request, LeadsDbContext db, CancellationToken ct)
    {
        var code = request.Code!.Trim();
        var name = request.Name!.Trim();
        if (await db.Industries.AnyAsync(i => i.Code == code, ct))
        {
            return ProblemResults.Invalid("code", "产业代码已存在");
        }

        if (await db.Industries.AnyAsync(i => i.Name == name, ct))
        {
            return ProblemResults.Invalid("name", "产业名称已存在");
        }

        var industry = new TargetIndustry { Id = Guid.NewGuid(), Code = code, ConcurrencyStamp = Guid.NewGuid() };
        Apply(industry, request);
        db.Industries.Add(industry);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/leads/industries/{industry.Id}", ToDto(industry, 0));
    }

    private static async Task<Results<Ok<IndustryDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, SaveIndustryRequest request, LeadsDbContext db, CancellationToken ct)
    {
        var industry = await db.Industries.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (industry is null)
        {
            return ProblemResults.NotFound("该产业");
        }

        if (request.ConcurrencyStamp != industry.ConcurrencyStamp)
        {
            return ProblemResults.Conflict("该产业已被他人修改，请刷新后重试。");
        }

        if (request.Code!.Trim() != industry.Code)
        {
            return ProblemResults.Invalid("code", "产业代码不可修改");
        }

        var name = request.Name!.Trim();
        if (await db.Industries.AnyAsync(i => i.Name == name && i.Id != id, ct))
        {
            return ProblemResults.Invalid("name", "产业名称已存在");
        }

        Apply(industry, request);
        industry.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToDto(industry, await db.Leads.CountAsync(l => l.IndustryCode == industry.Code, ct)));
    }

    private static void Apply(TargetIndustry industry, SaveIndustryRequest request)
    {
        industry.Name = request.Name!.Trim();
        industry.Chain = request.Chain?.Trim() ?? string.Empty;
        industry.Targets = request.Targets?.Trim() ?? string.Empty;
        industry.SortOrder = request.SortOrder;
        industry.IsActive = request.IsActive;
    }

    private static IndustryDto ToDto(TargetIndustry i, int leadCount) =>
        new(i.Id, i.Code, i.Name, i.Chain, i.Targets, i.SortOrder, i.IsActive, leadCount, i.ConcurrencyStamp);
}
