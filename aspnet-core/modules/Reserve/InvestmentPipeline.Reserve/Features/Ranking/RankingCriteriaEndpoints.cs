using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using InvestmentPipeline.SharedKernel.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.Ranking;

/// <summary>评分标准: everyone reads them with the ranking; the commission edits them, the active weights totalling 100.</summary>
internal static class RankingCriteriaEndpoints
{
    public static void MapRankingCriteria(this RouteGroupBuilder ranking)
    {
        ranking.MapGet("/criteria", GetAsync).RequirePermission(ReservePermissions.View)
            .WithName("GetRankingCriteria").WithSummary("评分标准（名称、权重、是否启用）");
        ranking.MapPut("/criteria", SaveAsync).RequirePermission(ReservePermissions.Manage)
            .WithName("SaveRankingCriteria").WithSummary("修改评分标准或新增人工评分标准（启用的权重合计须为 100，带各标准的 concurrencyStamp）");
    }

    private static async Task<Ok<List<RankingCriterionDto>>> GetAsync(ReserveDbContext db, CancellationToken ct) =>
        TypedResults.Ok(ToDtos(await db.RankingCriteria.AsNoTracking().ToListAsync(ct)));

    private static async Task<Results<Ok<List<RankingCriterionDto>>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        SaveRankingCriteriaRequest request, ReserveDbContext db, CancellationToken ct)
    {
        var criteria = await db.RankingCriteria.ToListAsync(ct);
        var nextOrder = criteria.Select(c => c.SortOrder).DefaultIfEmpty(0).Max();
        var inputs = request.Criteria!;
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (input.Id is not { } id)
            {
                nextOrder += 10;
                var added = RankingCriterion.Create("C" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), input.Name.Trim(), input.Weight, RankingCriterionKind.Assessed, nextOrder);
                if (!input.IsActive)
                {
                    added.Edit(added.Name, added.Weight, isActive: false);
                }

                criteria.Add(added);
                db.RankingCriteria.Add(added);
                continue;
            }

            var criterion = criteria.FirstOrDefault(c => c.Id == id);
            if (criterion is null)
            {
                return ProblemResults.Invalid($"criteria[{i}].id", "评分标准不存在");
            }

            if (criterion.ConcurrencyStamp != input.ConcurrencyStamp)
            {
                return ProblemResults.Conflict("评分标准已被他人修改，请刷新后重试。");
            }

            criterion.Edit(input.Name.Trim(), input.Weight, input.IsActive);
        }

        if (criteria.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            return ProblemResults.Invalid("criteria", $"评分标准名称「{duplicate.Key}」重复");
        }

        BusinessRuleValidationException.Check(new ActiveCriteriaWeightsMustTotal100Rule(criteria));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToDtos(criteria));
    }

    private static List<RankingCriterionDto> ToDtos(IEnumerable<RankingCriterion> criteria) => criteria
        .OrderBy(c => c.SortOrder)
        .Select(c => new RankingCriterionDto(c.Id, c.Code, c.Name, c.Weight, c.Kind, c.IsActive, c.SortOrder, c.ConcurrencyStamp))
        .ToList();
}
