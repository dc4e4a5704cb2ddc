using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.SharedKernel.Paging;
using InvestmentPipeline.SignedContracts.Contracts;
using InvestmentPipeline.SignedContracts.Data;
using InvestmentPipeline.SignedContracts.Domain;
using InvestmentPipeline.SignedContracts.Features.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.SignedContracts.Features.Statistics;

/// <summary>履约率、资金到位率、开工率、投产率 of a signing cohort, the contracts behind each figure, the funnel and the definitions.</summary>
internal static class StatisticsEndpoints
{
    private static readonly string[] Measures = ["signed", "fulfilling", "started", "producing", "landed", "noFunds"];

    public static void MapContractStatistics(this RouteGroupBuilder contracts)
    {
        var statistics = contracts.MapGroup("/statistics");
        statistics.MapGet("/", FiguresAsync).RequirePermission(SignedContractsPermissions.View).WithName("GetSignedContractStatistics")
            .WithSummary("某年签约项目的履约率、资金到位率、开工率、投产率及按签约活动、产业、责任单位的分组（可按活动、产业、单位筛选）");
        statistics.MapGet("/contracts", ContractsAsync).RequirePermission(SignedContractsPermissions.View).WithName("GetSignedContractStatisticsContracts")
            .WithSummary("某项数字背后的签约项目清单（measure=signed|fulfilling|started|producing|landed|noFunds）");
        statistics.MapGet("/cohort", CohortAsync).RequirePermission(SignedContractsPermissions.View).WithName("GetSignedContractCohort")
            .WithSummary("签约批次漏斗：签约 → 资金到位 → 履约 → 开工 → 投产 → 落地（按签约活动或年度）");
        statistics.MapGet("/definitions", DefinitionsAsync).RequirePermission(SignedContractsPermissions.View).WithName("GetSignedContractRateDefinitions")
            .WithSummary("各比率的统计口径");
        statistics.MapPut("/definitions/{code}", SaveDefinitionAsync).RequirePermission(SignedContractsPermissions.Manage).WithName("SaveSignedContractRateDefinition")
            .WithSummary("修改统计口径（版本号加 1）");
        contracts.MapGet("/signing-events", SigningEventsAsync).RequirePermission(SignedContractsPermissions.View).WithName("GetSigningEvents")
            .WithSummary("签约活动及其签约项目数（筛选用）");
    }

    private static async Task<Results<Ok<ContractStatisticsDto>, ValidationProblem>> FiguresAsync(
        int? year, string? signingEvent, string? industryCode, Guid? departmentId, HttpContext http, ContractQueries queries, References references,
        SignedContractsDbContext db, CancellationToken ct)
    {
        if (year is not (>= 2000 and <= 2100))
        {
            return ProblemResults.Invalid("year", "请填写 2000–2100 之间的年度");
        }

        var cohort = await CohortOfAsync(queries.Filter(queries.Scoped(http.GetCurrentUser()), new ContractFilter(null, industryCode, null, departmentId, signingEvent, year)), ct);
        var industries = await references.IndustryNamesAsync(ct);
        var departments = await references.DepartmentNamesAsync(cohort.Select(c => c.DepartmentId), ct);
        var all = ContractStatistics.Row("", "", cohort);
        var producing = cohort.Count(c => c.Producing);
        return TypedResults.Ok(new ContractStatisticsDto(
            year.Value, all.SignedCount, all.ContractedAmount, all.FulfillingCount, all.FulfilmentRate, all.FundsArrived, all.FundsArrivalRate,
            all.StartedCount, ContractStatistics.Rate(all.StartedCount, all.SignedCount), producing, ContractStatistics.Rate(producing, all.SignedCount),
            cohort.Count(c => c.Landed), await DefinitionDtosAsync(db, ct),
            cohort.GroupBy(c => c.SigningEvent ?? "").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => ContractStatistics.Row(g.Key, g.Key.Length > 0 ? g.Key : ContractStatistics.NoEvent, g.ToList())).ToList(),
            cohort.GroupBy(c => c.IndustryCode).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => ContractStatistics.Row(g.Key, industries.GetValueOrDefault(g.Key, g.Key), g.ToList())).ToList(),
            cohort.GroupBy(c => c.DepartmentId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                .Select(g => ContractStatistics.Row(g.Key.ToString(), departments.GetValueOrDefault(g.Key, "（未知部门）"), g.ToList())).ToList()));
    }

    private static async Task<Results<Ok<PagedResult<ContractListItemDto>>, ValidationProblem>> ContractsAsync(
        int? year, string? measure, string? signingEvent, string? industryCode, Guid? departmentId, int? page, int? pageSize,
        HttpContext http, ContractQueries queries, CancellationToken ct)
    {
        if (year is not (>= 2000 and <= 2100))
        {
            return ProblemResults.Invalid("year", "请填写 2000–2100 之间的年度");
        }

        var chosen = measure?.Trim() ?? "signed";
        if (!Measures.Contains(chosen))
        {
            return ProblemResults.Invalid("measure", $"measure 应为以下之一：{string.Join("、", Measures)}");
        }

        var contracts = queries.Filter(queries.Scoped(http.GetCurrentUser()), new ContractFilter(null, industryCode, null, departmentId, signingEvent, year));
        contracts = chosen switch
        {
            "fulfilling" => contracts.Where(c => c.State == FulfilmentState.Preparing || c.State == FulfilmentState.UnderConstruction || c.State == FulfilmentState.Producing),
            "started" => contracts.Where(c => c.State == FulfilmentState.UnderConstruction || c.State == FulfilmentState.Producing
                || c.Milestones.Any(m => m.Kind == ContractMilestoneKind.ConstructionStart && m.ActualOn != null)),
            "producing" => contracts.Where(c => c.State == FulfilmentState.Producing || c.Milestones.Any(m => m.Kind == ContractMilestoneKind.Production && m.ActualOn != null)),
            "landed" => contracts.Where(c => c.ProjectId != null),
            "noFunds" => contracts.Where(c => !c.Funds.Any()),
            _ => contracts,
        };
        return TypedResults.Ok(await queries.PageAsync(contracts, "number", PageQuery.From(page, pageSize), ct));
    }

    private static async Task<Results<Ok<List<FunnelStepDto>>, ValidationProblem>> CohortAsync(
        int? year, string? signingEvent, HttpContext http, ContractQueries queries, CancellationToken ct)
    {
        if (year is null && string.IsNullOrWhiteSpace(signingEvent))
        {
            return ProblemResults.Invalid("signingEvent", "请选择签约活动或年度");
        }

        var cohort = await CohortOfAsync(queries.Filter(queries.Scoped(http.GetCurrentUser()), new ContractFilter(SigningEvent: signingEvent, Year: year)), ct);
        return TypedResults.Ok(ContractStatistics.Funnel(cohort).ToList());
    }

    private static async Task<Ok<IReadOnlyList<ContractRateDefinitionDto>>> DefinitionsAsync(SignedContractsDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await DefinitionDtosAsync(db, ct));

    private static async Task<Results<Ok<ContractRateDefinitionDto>, ProblemHttpResult>> SaveDefinitionAsync(
        ContractRateCode code, SaveRateDefinitionRequest request, SignedContractsDbContext db, CancellationToken ct)
    {
        var definition = await db.RateDefinitions.FirstOrDefaultAsync(d => d.Code == code, ct);
        if (definition is null)
        {
            return ProblemResults.NotFound("该统计口径");
        }

        var (name, numerator, denominator, scope) = (request.Name!.Trim(), request.Numerator!.Trim(), request.Denominator!.Trim(), request.Scope!.Trim());
        if ((definition.Name, definition.Numerator, definition.Denominator, definition.Scope) != (name, numerator, denominator, scope))
        {
            (definition.Name, definition.Numerator, definition.Denominator, definition.Scope) = (name, numerator, denominator, scope);
            definition.Version++;
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.Ok(ToDto(definition));
    }

    private static async Task<Ok<List<SigningEventDto>>> SigningEventsAsync(HttpContext http, ContractQueries queries, CancellationToken ct)
    {
        var events = await queries.Scoped(http.GetCurrentUser()).Where(c => c.SigningEvent != null)
            .GroupBy(c => c.SigningEvent!)
            .Select(g => new SigningEventDto(g.Key, g.Count(), g.Min(c => c.SignedOn), g.Max(c => c.SignedOn)))
            .ToListAsync(ct);
        return TypedResults.Ok(events.OrderByDescending(e => e.LastSignedOn).ThenBy(e => e.Name, StringComparer.Ordinal).ToList());
    }

    /// <summary>One SQL query: each contract's keys and state with its funds total and milestone facts aggregated by the database.</summary>
    private static Task<List<CohortContract>> CohortOfAsync(IQueryable<SignedContract> contracts, CancellationToken ct) =>
        contracts.Select(c => new CohortContract(
            c.Id, c.SigningEvent, c.IndustryCode, c.ResponsibleDepartmentId, c.ContractedAmount, c.State,
            c.Milestones.Any(m => m.Kind == ContractMilestoneKind.ConstructionStart && m.ActualOn != null),
            c.Milestones.Any(m => m.Kind == ContractMilestoneKind.Production && m.ActualOn != null),
            c.ProjectId != null,
            c.Funds.Sum(f => (decimal?)f.Amount) ?? 0m)).ToListAsync(ct);

    private static async Task<IReadOnlyList<ContractRateDefinitionDto>> DefinitionDtosAsync(SignedContractsDbContext db, CancellationToken ct) =>
        (await db.RateDefinitions.AsNoTracking().ToListAsync(ct)).OrderBy(d => d.Code).Select(ToDto).ToList();

    private static ContractRateDefinitionDto ToDto(ContractRateDefinition d) => new(d.Code, d.Name, d.Numerator, d.Denominator, d.Scope, d.Version);
}
