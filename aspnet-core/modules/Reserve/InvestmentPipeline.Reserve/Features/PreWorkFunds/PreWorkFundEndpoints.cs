using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using InvestmentPipeline.Reserve.Features.Projects;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.PreWorkFunds;

/// <summary>前期工作经费: the commission's yearly budget, its allocations to projects in preparation, and their spending.</summary>
internal static class PreWorkFundEndpoints
{
    public static void MapPreWorkFunds(this RouteGroupBuilder reserve)
    {
        var funds = reserve.MapGroup("/pre-work-funds");
        funds.MapGet("/", GetAsync).RequirePermission(ReservePermissions.View).WithName("GetPreWorkFunds").WithSummary("前期工作经费：年度预算、安排、支出与余额");
        funds.MapPut("/{year:int}/budget", SetBudgetAsync).RequirePermission(ReservePermissions.Manage).WithName("SetPreWorkBudget").WithSummary("设置年度前期工作经费预算");
        funds.MapPost("/{year:int}/allocations", AllocateAsync).RequirePermission(ReservePermissions.Manage).WithName("AllocatePreWorkFunds").WithSummary("向储备/前期项目安排经费（不超过预算）");
        funds.MapPost("/allocations/{id:guid}/spendings", RecordSpendingAsync).RequirePermission(ReservePermissions.Manage).WithName("RecordPreWorkSpending").WithSummary("登记经费支出（不超过安排金额）");
    }

    /// <summary>A department sees the year's totals but only the allocations to its own projects.</summary>
    private static async Task<Ok<PreWorkFundsDto>> GetAsync(int year, HttpContext http, ReserveDbContext db, ProjectQueries queries, CancellationToken ct)
    {
        var funds = await ToDtoAsync(db, await LoadAsync(db, year, ct) ?? PreWorkFundYear.Open(year), ct);
        var user = http.GetCurrentUser();
        if (user.ScopedDepartmentId is null)
        {
            return TypedResults.Ok(funds);
        }

        var projectIds = funds.Allocations.Select(a => a.ProjectId).Distinct().ToList();
        var own = await queries.Scoped(user).Where(p => projectIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        return TypedResults.Ok(funds with { Allocations = funds.Allocations.Where(a => own.Contains(a.ProjectId)).ToList() });
    }

    private static async Task<Results<Ok<PreWorkFundsDto>, ProblemHttpResult>> SetBudgetAsync(
        int year, SetPreWorkBudgetRequest request, ReserveDbContext db, CancellationToken ct)
    {
        var funds = await LoadAsync(db, year, ct);
        if (funds is not null && request.ConcurrencyStamp != funds.ConcurrencyStamp)
        {
            return ProblemResults.Conflict("该年度经费已被他人修改，请刷新后重试。");
        }

        if (funds is null)
        {
            funds = PreWorkFundYear.Open(year);
            db.PreWorkFundYears.Add(funds);
        }

        funds.SetBudget(request.Budget);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ToDtoAsync(db, funds, ct));
    }

    private static async Task<Results<Ok<PreWorkFundsDto>, ProblemHttpResult>> AllocateAsync(
        int year, AllocatePreWorkFundsRequest request, ReserveDbContext db, CancellationToken ct)
    {
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == request.ProjectId, ct);
        if (project is null)
        {
            return ProblemResults.NotFound("项目");
        }

        var funds = await LoadAsync(db, year, ct) ?? PreWorkFundYear.Open(year);
        if (db.Entry(funds).State == EntityState.Detached)
        {
            db.PreWorkFundYears.Add(funds);
        }

        funds.Allocate(project.Id, project.State, request.Amount, request.Purpose.Trim(), request.AllocatedOn!.Value);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ToDtoAsync(db, funds, ct));
    }

    private static async Task<Results<Ok<PreWorkFundsDto>, ProblemHttpResult>> RecordSpendingAsync(
        Guid id, RecordPreWorkSpendingRequest request, ReserveDbContext db, TimeProvider time, CancellationToken ct)
    {
        var year = await db.Set<PreWorkAllocation>().Where(a => a.Id == id).Select(a => (int?)a.Year).FirstOrDefaultAsync(ct);
        var funds = year is null ? null : await LoadAsync(db, year.Value, ct);
        if (funds is null)
        {
            return ProblemResults.NotFound("经费安排");
        }

        funds.Allocations.Single(a => a.Id == id).RecordSpending(request.Date!.Value, request.Amount, request.Description.Trim(), ShanghaiClock.Today(time));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ToDtoAsync(db, funds, ct));
    }

    private static Task<PreWorkFundYear?> LoadAsync(ReserveDbContext db, int year, CancellationToken ct) =>
        db.PreWorkFundYears.Include(y => y.Allocations).ThenInclude(a => a.Spendings).FirstOrDefaultAsync(y => y.Year == year, ct);

    /// <summary>A year nobody has set up yet reads as zero, with no concurrency stamp.</summary>
    private static async Task<PreWorkFundsDto> ToDtoAsync(ReserveDbContext db, PreWorkFundYear funds, CancellationToken ct)
    {
        var projectIds = funds.Allocations.Select(a => a.ProjectId).Distinct().ToList();
        var names = await db.Projects.Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var allocations = funds.Allocations.OrderBy(a => a.AllocatedOn).Select(a => new PreWorkAllocationDto(
                a.Id, a.ProjectId, names.GetValueOrDefault(a.ProjectId), a.Amount, a.Purpose, a.AllocatedOn, a.Spent, a.Amount - a.Spent,
                a.Spendings.OrderBy(s => s.Date).Select(s => new PreWorkSpendingDto(s.Id, s.Date, s.Amount, s.Description)).ToList()))
            .ToList();
        var stamp = db.Entry(funds).State == EntityState.Detached ? (Guid?)null : funds.ConcurrencyStamp;
        return new PreWorkFundsDto(funds.Year, funds.Budget, funds.Allocated, funds.Spent, funds.Budget - funds.Allocated, allocations, stamp);
    }
}
