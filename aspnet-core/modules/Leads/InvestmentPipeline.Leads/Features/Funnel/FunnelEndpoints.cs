using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Leads.Contracts;
using InvestmentPipeline.Leads.Domain;
using InvestmentPipeline.Leads.Features.Leads;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Leads.Features.Funnel;

/// <summary>招商漏斗: counts and conversion by stage, source, industry and owner for the leads entered in a period.</summary>
internal static class FunnelEndpoints
{
    private const string Definition = "统计口径：录入日期在所选期间内、且在本人可见范围内的线索。到达数为曾到达该阶段及以后阶段的线索数（放弃的线索计到其放弃前到达的阶段）；" +
        "阶段转化率 = 本阶段到达数 ÷ 上一阶段到达数；签约转化率 = 已签约线索数 ÷ 线索总数。";

    private static readonly LeadStage[] FunnelStages = [LeadStage.Clue, LeadStage.Contact, LeadStage.Visit, LeadStage.Negotiation, LeadStage.Contracted];

    public static void MapFunnel(this RouteGroupBuilder leads)
    {
        leads.MapGet("/funnel", GetAsync).RequirePermission(LeadsPermissions.View).WithName("GetLeadFunnel")
            .WithSummary("招商漏斗：各阶段到达数与转化率，按来源、产业、负责人的签约转化（按录入日期区间）");
    }

    private static async Task<Ok<FunnelDto>> GetAsync(
        DateOnly? from, DateOnly? to, LeadSource? source, string? industryCode, Guid? ownerUserId, HttpContext http, LeadQueries queries, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var leads = queries.Filter(queries.Scoped(user), new LeadFilter(null, null, source, industryCode, ownerUserId, from, to, false, false), 0);
        var groups = await leads
            .GroupBy(l => new { l.Stage, l.HighestStage, l.Source, l.IndustryCode, l.OwnerUserId, l.OwnerName })
            .Select(g => new Row(g.Key.Stage, g.Key.HighestStage, g.Key.Source, g.Key.IndustryCode, g.Key.OwnerUserId, g.Key.OwnerName, g.Count()))
            .ToListAsync(ct);
        var industries = await queries.IndustryNamesAsync(ct);

        var stages = new List<FunnelStageDto>();
        int? previous = null;
        foreach (var stage in FunnelStages)
        {
            var reached = groups.Where(g => g.HighestStage >= stage).Sum(g => g.Count);
            stages.Add(new FunnelStageDto(stage, LeadStageNames.Of(stage), reached, groups.Where(g => g.Stage == stage).Sum(g => g.Count),
                previous is > 0 ? Rate(reached, previous.Value) : null));
            previous = reached;
        }

        var total = groups.Sum(g => g.Count);
        return TypedResults.Ok(new FunnelDto(
            from, to, total, groups.Where(g => g.Stage == LeadStage.Abandoned).Sum(g => g.Count), Rate(Contracted(groups), total), stages,
            Breakdown(groups, g => g.Source.ToString(), g => LeadWords.Source(g.Source)),
            Breakdown(groups, g => g.IndustryCode, g => industries.GetValueOrDefault(g.IndustryCode, g.IndustryCode)),
            Breakdown(groups, g => g.OwnerUserId.ToString(), g => g.OwnerName),
            Definition));
    }

    private static List<FunnelGroupDto> Breakdown(List<Row> rows, Func<Row, string> key, Func<Row, string> name) =>
        rows.GroupBy(key)
            .Select(g =>
            {
                var total = g.Sum(r => r.Count);
                var contracted = Contracted(g);
                var abandoned = g.Where(r => r.Stage == LeadStage.Abandoned).Sum(r => r.Count);
                return new FunnelGroupDto(g.Key, name(g.First()), total, total - contracted - abandoned, contracted, abandoned, Rate(contracted, total));
            })
            .OrderByDescending(g => g.Total).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();

    private static int Contracted(IEnumerable<Row> rows) => rows.Where(r => r.Stage == LeadStage.Contracted).Sum(r => r.Count);

    private static decimal Rate(int part, int whole) => whole == 0 ? 0m : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);

    private sealed record Row(LeadStage Stage, LeadStage HighestStage, LeadSource Source, string IndustryCode, Guid OwnerUserId, string OwnerName, int Count);
}
