using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using InvestmentPipeline.Reserve.Features.Projects;
using InvestmentPipeline.SharedKernel.Paging;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.Ranking;

/// <summary>
/// Ranks candidate projects by <see cref="ProjectScore"/>, highest first and ties by name. Scores are computed in memory
/// over the whole candidate set (the library holds a few thousand projects at most): three queries — active criteria,
/// projects, their assessments — then sector and department names for the page shown.
/// </summary>
internal sealed class ProjectRanking(ReserveDbContext db, ProjectQueries queries)
{
    private static readonly IReadOnlyDictionary<Guid, int> NoScores = new Dictionary<Guid, int>();

    public Task<List<RankingCriterion>> ActiveCriteriaAsync(CancellationToken ct) =>
        db.RankingCriteria.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder).ToListAsync(ct);

    public async Task<IReadOnlyList<(Project Project, ProjectScore Score)>> RankAsync(
        IQueryable<Project> candidates, IReadOnlyList<RankingCriterion> criteria, CancellationToken ct)
    {
        var projects = await candidates.AsNoTracking().ToListAsync(ct);
        var scores = (await db.ProjectAssessments.AsNoTracking()
                .Where(a => candidates.Select(p => p.Id).Contains(a.ProjectId))
                .Select(a => new { a.ProjectId, a.CriterionId, a.Score })
                .ToListAsync(ct))
            .GroupBy(a => a.ProjectId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<Guid, int>)g.ToDictionary(a => a.CriterionId, a => a.Score));
        return projects
            .Select(p => (Project: p, Score: ProjectScore.Of(criteria, p.Details, scores.GetValueOrDefault(p.Id) ?? NoScores)))
            .OrderByDescending(r => r.Score.Total)
            .ThenBy(r => r.Project.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One page of the ranking; the rank is the place in the whole (filtered) ranking.</summary>
    public async Task<IReadOnlyList<RankedProjectDto>> ToDtosAsync(
        IReadOnlyList<(Project Project, ProjectScore Score)> ranked, PageQuery page, CancellationToken ct)
    {
        var rows = ranked.Skip(page.Skip).Take(page.PageSize).ToList();
        var items = await queries.ToListItemsAsync(rows.Select(r => r.Project).ToList(), ct);
        return rows.Select((r, i) => new RankedProjectDto(
                page.Skip + i + 1, items[i], r.Score.Total, r.Score.Reason,
                r.Score.Criteria.Select(c => new CriterionScoreDto(c.CriterionId, c.Name, c.Kind, c.Weight, c.Score, c.Contribution, c.Assessed)).ToList()))
            .ToList();
    }
}
