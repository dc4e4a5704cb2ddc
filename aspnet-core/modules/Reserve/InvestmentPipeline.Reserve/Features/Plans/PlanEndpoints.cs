using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using InvestmentPipeline.Reserve.Features.Projects;
using InvestmentPipeline.SharedKernel.Paging;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.Plans;

/// <summary>年度重点项目计划: the year's targets, its projects (定人定责定时间) and their milestone schedules.</summary>
internal static class PlanEndpoints
{
    public const string YearRoute = "/plans/{year:int:range(2000,2100)}";

    public static void MapPlans(this RouteGroupBuilder reserve)
    {
        reserve.MapGet("/projects/{id:guid}/plan-years", PlanYearsAsync).RequirePermission(ReservePermissions.View).WithName("GetProjectPlanYears")
            .WithSummary("项目的历年计划（各年计划所列的行业领域、建设地点、责任单位、项目单位、总投资）");
        var plan = reserve.MapGroup(YearRoute);
        plan.MapGet("/", GetAsync).RequirePermission(ReservePermissions.View).WithName("GetAnnualPlan").WithSummary("年度计划概况：目标、项目数、计划投资、节点逾期");
        plan.MapPut("/targets", SaveTargetsAsync).RequirePermission(ReservePermissions.Manage).WithName("SaveAnnualPlanTargets").WithSummary("设置年度目标（续建复工率、新建开工率、年度投资）");
        plan.MapGet("/entries", ListAsync).RequirePermission(ReservePermissions.View).WithName("ListPlanEntries").WithSummary("年度计划项目列表（分页、筛选）");
        plan.MapGet("/entries/{id:guid}", GetEntryAsync).RequirePermission(ReservePermissions.View).WithName("GetPlanEntry").WithSummary("计划项目详情");
        plan.MapPost("/entries", AddAsync).RequirePermission(ReservePermissions.Manage).WithName("AddPlanEntry").WithSummary("将项目库项目列入计划，或直接录入新项目");
        plan.MapPut("/entries/{id:guid}", UpdateAsync).RequirePermission(ReservePermissions.Manage).WithName("UpdatePlanEntry").WithSummary("修改计划项目（带 concurrencyStamp）");
        plan.MapDelete("/entries/{id:guid}", RemoveAsync).RequirePermission(ReservePermissions.Manage).WithName("RemovePlanEntry").WithSummary("移出年度计划（项目仍在项目库中）");
        plan.MapPost("/entries/{id:guid}/milestones/proposal", ProposeAsync).RequirePermission(ReservePermissions.View).WithName("ProposePlanMilestones").WithSummary("倒排工期：按典型工期推算节点日期（不保存）");
        plan.MapPut("/entries/{id:guid}/milestones", SaveMilestonesAsync).RequirePermission(ReservePermissions.Submit).WithName("SavePlanMilestones").WithSummary("保存节点计划（责任单位调整后）");
    }

    private static async Task<Ok<AnnualPlanDto>> GetAsync(int year, HttpContext http, PlanQueries plan, CancellationToken ct) =>
        TypedResults.Ok(await plan.SummaryAsync(year, http.GetCurrentUser(), ct));

    private static async Task<Results<Ok<List<ProjectPlanYearDto>>, ProblemHttpResult>> PlanYearsAsync(
        Guid id, HttpContext http, ReserveDbContext db, ProjectQueries projects, PlanQueries plan, CancellationToken ct)
    {
        if (!await projects.Scoped(http.GetCurrentUser()).AnyAsync(p => p.Id == id, ct))
        {
            return ProblemResults.NotFound("项目");
        }

        var entries = await db.PlanEntries.AsNoTracking().Where(e => e.ProjectId == id).OrderByDescending(e => e.Year).ToListAsync(ct);
        var names = await plan.NamesAsync(entries.Select(e => e.YearValues).ToList(), ct);
        return TypedResults.Ok(entries.Select(e => new ProjectPlanYearDto(
            e.Year, e.Id, e.Type, e.SectorCode, names.Sector(e.SectorCode), e.TownId, names.Department(e.TownId), e.ResponsibleDepartmentId,
            names.Department(e.ResponsibleDepartmentId), e.ProjectUnit, e.TotalInvestment, e.PlannedInvestment)).ToList());
    }

    private static async Task<Results<Ok<AnnualPlanDto>, ProblemHttpResult>> SaveTargetsAsync(
        int year, SavePlanTargetsRequest request, HttpContext http, ReserveDbContext db, PlanQueries plan, CancellationToken ct)
    {
        var annual = await db.AnnualPlans.FirstOrDefaultAsync(p => p.Year == year, ct);
        if (annual is not null && request.ConcurrencyStamp != annual.ConcurrencyStamp)
        {
            return ProblemResults.Conflict("年度目标已被他人修改，请刷新后重试。");
        }

        if (annual is null)
        {
            annual = AnnualPlan.Open(year);
            db.AnnualPlans.Add(annual);
        }

        annual.SetTargets(request.Targets!.Select(t => new PlanTarget(t.Kind, t.Month, t.Value)).ToList());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await plan.SummaryAsync(year, http.GetCurrentUser(), ct));
    }

    private static async Task<Ok<PagedResult<PlanEntryDto>>> ListAsync(
        int year, string? search, ConstructionType? type, string? sectorCode, Guid? townId, Guid? departmentId, int? page, int? pageSize,
        HttpContext http, PlanQueries plan, CancellationToken ct)
    {
        var filter = new PlanEntryFilter(search, type, sectorCode, townId, departmentId);
        return TypedResults.Ok(await plan.PageAsync(PlanQueries.Filter(plan.Scoped(year, http.GetCurrentUser()), filter), PageQuery.From(page, pageSize), ct));
    }

    private static async Task<Results<Ok<PlanEntryDto>, ProblemHttpResult>> GetEntryAsync(int year, Guid id, HttpContext http, PlanQueries plan, CancellationToken ct)
    {
        var row = await plan.Scoped(year, http.GetCurrentUser()).FirstOrDefaultAsync(x => x.Entry.Id == id, ct);
        return row is null ? ProblemResults.NotFound("计划项目") : TypedResults.Ok((await plan.ToDtosAsync([row], ct))[0]);
    }

    private static async Task<Results<Created<PlanEntryDto>, ValidationProblem, ProblemHttpResult>> AddAsync(
        int year, AddPlanEntryRequest request, HttpContext http, ReserveDbContext db, ProjectQueries projects, ProjectDetailsReader reader,
        DuplicateProjects duplicates, PlanYearValuesReader yearValues, PlanQueries plan, TimeProvider time, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var now = time.GetUtcNow().UtcDateTime;
        Project? project;
        if (request.ProjectId is { } projectId)
        {
            project = await projects.Scoped(user).FirstOrDefaultAsync(p => p.Id == projectId, ct);
            if (project is null)
            {
                return ProblemResults.NotFound("项目");
            }

            project.CheckCanEnterPlan();
            if (await db.PlanEntries.AnyAsync(e => e.Year == year && e.ProjectId == projectId, ct))
            {
                return ProblemResults.Conflict($"该项目已在 {year} 年计划中。");
            }
        }
        else
        {
            var (details, invalid) = await reader.ReadAsync(request.NewProject!, user, ct);
            if (invalid is not null)
            {
                return invalid;
            }

            if (await duplicates.CheckAsync(details!, null, request.NewProject!.AllowSimilarName, ct) is { } duplicate)
            {
                return duplicate;
            }

            project = Project.EnterFromPlan(details!, request.Type!.Value, now);
        }

        var (values, invalidYear) = await yearValues.ReadAsync(request, PlanYearValues.Of(project.Details), user, ct);
        if (invalidYear is not null)
        {
            return invalidYear;
        }

        if (request.ProjectId is null)
        {
            db.Projects.Add(project);
        }

        var entry = PlanEntry.Add(year, project.Id, values!, DetailsOf(request), now);
        db.PlanEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        var dto = (await plan.ToDtosAsync([new PlannedProject { Entry = entry, Project = project }], ct))[0];
        return TypedResults.Created($"/api/reserve/plans/{year}/entries/{entry.Id}", dto);
    }

    private static async Task<Results<Ok<PlanEntryDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int year, Guid id, UpdatePlanEntryRequest request, HttpContext http, ReserveDbContext db, PlanQueries plan, PlanYearValuesReader yearValues,
        CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var (row, problem) = await plan.FindForChangeAsync(year, id, request.ConcurrencyStamp, user, ct);
        if (problem is not null)
        {
            return problem;
        }

        var (values, invalid) = await yearValues.ReadAsync(request, row!.Entry.YearValues, user, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        row.Entry.Change(DetailsOf(request), values!);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await plan.ToDtosAsync([row], ct))[0]);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        int year, Guid id, Guid? concurrencyStamp, HttpContext http, ReserveDbContext db, PlanQueries plan, CancellationToken ct)
    {
        var (row, problem) = await plan.FindForChangeAsync(year, id, concurrencyStamp, http.GetCurrentUser(), ct);
        if (problem is not null)
        {
            return problem;
        }

        db.PlanEntries.Remove(row!.Entry);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<List<PlanMilestoneDto>>, ProblemHttpResult>> ProposeAsync(
        int year, Guid id, ProposeMilestonesRequest request, HttpContext http, PlanQueries plan, CancellationToken ct)
    {
        if (!await plan.Scoped(year, http.GetCurrentUser()).AnyAsync(x => x.Entry.Id == id, ct))
        {
            return ProblemResults.NotFound("计划项目");
        }

        var proposal = MilestoneSchedule.Propose(request.Milestones!, request.Deadline!.Value)
            .Select(m => new PlanMilestoneDto(m.Kind, m.Date, m.Date, null, false))
            .ToList();
        return TypedResults.Ok(proposal);
    }

    private static async Task<Results<Ok<PlanEntryDto>, ProblemHttpResult>> SaveMilestonesAsync(
        int year, Guid id, SavePlanMilestonesRequest request, HttpContext http, ReserveDbContext db, PlanQueries plan, TimeProvider time, CancellationToken ct)
    {
        var (row, problem) = await plan.FindForChangeAsync(year, id, request.ConcurrencyStamp, http.GetCurrentUser(), ct);
        if (problem is not null)
        {
            return problem;
        }

        var milestones = request.Milestones!.Select(m => new PlanMilestone(m.Kind, m.PlannedDate, m.ProposedDate, m.ActualDate)).ToList();
        row!.Entry.ScheduleMilestones(milestones, ShanghaiClock.Today(time));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await plan.ToDtosAsync([row], ct))[0]);
    }

    private static PlanEntryDetails DetailsOf(PlanEntryFieldsRequest request) => new(
        request.Type!.Value, request.PlannedInvestment, FirstOfMonth(request.PlannedStartMonth), FirstOfMonth(request.PlannedCompletionMonth),
        Trimmed(request.Leader), Trimmed(request.ResponsiblePerson), Trimmed(request.Phone), Trimmed(request.FundingNote), request.SerialNo);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateOnly? FirstOfMonth(DateOnly? date) => date is { } d ? new DateOnly(d.Year, d.Month, 1) : null;
}
