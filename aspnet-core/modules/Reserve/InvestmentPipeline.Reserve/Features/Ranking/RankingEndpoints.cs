using InvestmentPipeline.Infrastructure.Auditing;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Domain;
using InvestmentPipeline.Reserve.Features.Projects;
using InvestmentPipeline.SharedKernel.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace InvestmentPipeline.Reserve.Features.Ranking;

/// <summary>项目排序: the library's projects in preparation ranked by the commission's weighted criteria, with the reason.</summary>
internal static class RankingEndpoints
{
    public static void MapRanking(this RouteGroupBuilder reserve)
    {
        var ranking = reserve.MapGroup("/ranking");
        ranking.MapGet("/", RankingAsync).RequirePermission(ReservePermissions.View)
            .WithName("GetRanking").WithSummary("项目排序：已入库的储备/前期项目按加权得分排名，附各项得分与原因（筛选、分页）");
        ranking.MapGet("/export", ExportAsync).RequirePermission(ReservePermissions.View)
            .WithName("ExportRanking").WithSummary("导出项目排序（Excel，筛选同列表）").ProducesExcel();
        ranking.MapRankingCriteria();
    }

    private static async Task<Ok<PagedResult<RankedProjectDto>>> RankingAsync(
        string? search, string? sectorCode, Guid? townId, ProjectMaturity? maturity, int? page, int? pageSize,
        HttpContext http, ProjectQueries queries, ProjectRanking ranking, CancellationToken ct)
    {
        var criteria = await ranking.ActiveCriteriaAsync(ct);
        var ranked = await ranking.RankAsync(Candidates(http, queries, search, sectorCode, townId, maturity), criteria, ct);
        return TypedResults.Ok(new PagedResult<RankedProjectDto>(await ranking.ToDtosAsync(ranked, PageQuery.From(page, pageSize), ct), ranked.Count));
    }

    private static async Task<FileContentHttpResult> ExportAsync(
        string? search, string? sectorCode, Guid? townId, ProjectMaturity? maturity,
        HttpContext http, ProjectQueries queries, ProjectRanking ranking, AuditWriter audit, CancellationToken ct)
    {
        var criteria = await ranking.ActiveCriteriaAsync(ct);
        var ranked = await ranking.RankAsync(Candidates(http, queries, search, sectorCode, townId, maturity), criteria, ct);
        var dtos = await ranking.ToDtosAsync(ranked, new PageQuery(1, ExcelExport.MaxRows), ct);
        var rows = dtos.Select(r =>
        {
            var row = new Dictionary<string, object?>
            {
                ["名次"] = r.Rank,
                ["项目名称"] = r.Project.Name,
                ["行业领域"] = r.Project.SectorName,
                ["所在乡镇"] = r.Project.TownName,
                ["责任部门"] = r.Project.ResponsibleDepartmentName,
                ["成熟度"] = MaturityNames.Of(r.Project.Maturity),
                ["总投资(万元)"] = r.Project.TotalInvestment / 10_000m,
                ["得分"] = r.Score,
            };
            foreach (var c in r.Criteria)
            {
                row[$"{c.Name}(权重{c.Weight})"] = c.Assessed ? c.Score : "未评分";
            }

            row["原因"] = r.Reason;
            return (IDictionary<string, object?>)row;
        }).ToList();
        var file = await ExcelExport.FileAsync(rows, "项目排序", "项目排序.xlsx", ct);
        await audit.WriteAsync(AuditActions.Export, AuditOutcomes.Success, e =>
        {
            e.EntityType = nameof(Project);
            e.Detail = $"导出项目排序 {rows.Count} 个项目";
        }, ct);
        return file;
    }

    private static IQueryable<Project> Candidates(HttpContext http, ProjectQueries queries, string? search, string? sectorCode, Guid? townId, ProjectMaturity? maturity) =>
        ProjectQueries.InLibraryInPreparation(ProjectQueries.Filter(
            queries.Scoped(http.GetCurrentUser()), new ProjectFilter(search, sectorCode, null, null, null, townId, maturity)));
}
