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

namespace InvestmentPipeline.Reserve.Features.FundingMatch;

/// <summary>资金渠道匹配: which library projects in preparation meet a channel's requirements, and which are 1–2 items short.</summary>
internal static class FundingMatchEndpoints
{
    public static void MapFundingMatch(this RouteGroupBuilder reserve)
    {
        var match = reserve.MapGroup("/funding-match");
        match.MapGet("/", MatchAsync).RequirePermission(ReservePermissions.View)
            .WithName("GetFundingMatch").WithSummary("资金渠道匹配：已具备某渠道申报条件的项目，及差 1–2 项的项目与所缺事项（分页）");
        match.MapGet("/export", ExportAsync).RequirePermission(ReservePermissions.View)
            .WithName("ExportFundingMatch").WithSummary("导出资金渠道匹配（Excel，已具备与差 1–2 项的项目）").ProducesExcel();
    }

    private static async Task<Results<Ok<FundingMatchDto>, ValidationProblem>> MatchAsync(
        FundingChannel? channel, ChannelReadiness? readiness, string? search, string? sectorCode, int? page, int? pageSize,
        HttpContext http, ProjectQueries queries, CancellationToken ct)
    {
        if (channel is not { } chosen || !Enum.IsDefined(chosen))
        {
            return ProblemResults.Invalid("channel", "请选择资金渠道");
        }

        var shown = readiness ?? ChannelReadiness.Ready;
        var matches = await FundingMatchQueries.MatchAsync(Candidates(http, queries, search, sectorCode), chosen, ct);
        var ready = matches.Where(m => m.Readiness == ChannelReadiness.Ready).ToList();
        var selected = matches.Where(m => m.Readiness == shown).ToList();
        var paging = PageQuery.From(page, pageSize);
        var rows = selected.Skip(paging.Skip).Take(paging.PageSize).ToList();
        var items = await queries.ToListItemsAsync(rows.Select(m => m.Project).ToList(), ct);
        return TypedResults.Ok(new FundingMatchDto(
            chosen, shown, ready.Count, matches.Count - ready.Count, ready.Sum(m => m.Project.TotalInvestment),
            rows.Select((m, i) => new FundingMatchItemDto(items[i], m.Readiness, m.Missing, m.ChannelAmount, m.SecuredChannelAmount)).ToList(),
            selected.Count));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        FundingChannel? channel, string? search, string? sectorCode, HttpContext http, ProjectQueries queries, AuditWriter audit, CancellationToken ct)
    {
        if (channel is not { } chosen || !Enum.IsDefined(chosen))
        {
            return ProblemResults.Invalid("channel", "请选择资金渠道");
        }

        var matches = (await FundingMatchQueries.MatchAsync(Candidates(http, queries, search, sectorCode), chosen, ct)).Take(ExcelExport.MaxRows).ToList();
        var items = await queries.ToListItemsAsync(matches.Select(m => m.Project).ToList(), ct);
        var channelName = FundingChannelNames.Of(chosen);
        var rows = matches.Select((m, i) => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["项目名称"] = items[i].Name,
            ["项目代码"] = items[i].Code,
            ["审批类型"] = InvestmentRegimeNames.Of(items[i].Regime),
            ["行业领域"] = items[i].SectorName,
            ["所在乡镇"] = items[i].TownName,
            ["责任部门"] = items[i].ResponsibleDepartmentName,
            ["成熟度"] = MaturityNames.Of(items[i].Maturity),
            ["总投资(万元)"] = items[i].TotalInvestment / 10_000m,
            ["本渠道计划资金(万元)"] = m.ChannelAmount / 10_000m,
            ["其中已落实(万元)"] = m.SecuredChannelAmount / 10_000m,
            ["匹配情况"] = m.Readiness == ChannelReadiness.Ready ? "已具备" : $"差 {m.Missing.Count} 项",
            ["尚缺事项"] = string.Join("；", m.Missing),
        }).ToList();
        var file = await ExcelExport.FileAsync(rows, channelName, $"资金渠道匹配-{channelName}.xlsx", ct);
        await audit.WriteAsync(AuditActions.Export, AuditOutcomes.Success, e =>
        {
            e.EntityType = nameof(Project);
            e.Detail = $"导出{channelName}渠道匹配 {rows.Count} 个项目";
        }, ct);
        return file;
    }

    private static IQueryable<Project> Candidates(HttpContext http, ProjectQueries queries, string? search, string? sectorCode) =>
        ProjectQueries.InLibraryInPreparation(ProjectQueries.Filter(
            queries.Scoped(http.GetCurrentUser()), new ProjectFilter(search, sectorCode, null, null, null, null)));
}
