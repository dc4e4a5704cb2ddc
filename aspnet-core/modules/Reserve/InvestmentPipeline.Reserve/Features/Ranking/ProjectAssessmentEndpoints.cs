using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using InvestmentPipeline.Reserve.Features.Projects;
using InvestmentPipeline.SharedKernel.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.Ranking;

/// <summary>评分: the commission's scores of one project on the criteria it assesses by judgement.</summary>
internal static class ProjectAssessmentEndpoints
{
    public static void MapProjectAssessment(this RouteGroupBuilder reserve)
    {
        var projects = reserve.MapGroup("/projects");
        projects.MapGet("/{id:guid}/assessment", GetAsync).RequirePermission(ReservePermissions.View)
            .WithName("GetProjectAssessment").WithSummary("项目评分：各人工评分标准的当前得分");
        projects.MapPut("/{id:guid}/assessment", SaveAsync).RequirePermission(ReservePermissions.Manage)
            .WithName("SaveProjectAssessment").WithSummary("为项目评分（0–100，带各评分的 concurrencyStamp；他人已改时 409）");
    }

    private static async Task<Results<Ok<ProjectAssessmentDto>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext http, ReserveDbContext db, ProjectQueries queries, CancellationToken ct)
    {
        var project = await queries.Scoped(http.GetCurrentUser()).AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        return project is null ? ProblemResults.NotFound("项目") : TypedResults.Ok(await ToDtoAsync(db, project, ct));
    }

    private static async Task<Results<Ok<ProjectAssessmentDto>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        Guid id, SaveProjectAssessmentRequest request, HttpContext http, ReserveDbContext db, ProjectQueries queries, TimeProvider time,
        CancellationToken ct)
    {
        var project = await queries.Scoped(http.GetCurrentUser()).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return ProblemResults.NotFound("项目");
        }

        BusinessRuleValidationException.Check(new OnlyLibraryProjectsInPreparationAreAssessedRule(project.ReviewStatus, project.State));
        var inputs = request.Scores!;
        var criterionIds = inputs.Select(s => s.CriterionId!.Value).ToList();
        var criteria = await db.RankingCriteria.Where(c => criterionIds.Contains(c.Id) && c.IsActive).ToDictionaryAsync(c => c.Id, ct);
        var existing = await db.ProjectAssessments.Where(a => a.ProjectId == id).ToDictionaryAsync(a => a.CriterionId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (!criteria.TryGetValue(input.CriterionId!.Value, out var criterion))
            {
                return ProblemResults.Invalid($"scores[{i}].criterionId", "评分标准不存在或未启用");
            }

            var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
            if (existing.TryGetValue(criterion.Id, out var assessment))
            {
                if (assessment.ConcurrencyStamp != input.ConcurrencyStamp)
                {
                    return ProblemResults.Conflict("该项目的评分已被他人修改，请刷新后重试。");
                }

                assessment.Rescore(input.Score!.Value, note, now);
            }
            else if (input.ConcurrencyStamp is not null)
            {
                return ProblemResults.Conflict("该项目的评分已被他人修改，请刷新后重试。");
            }
            else
            {
                db.ProjectAssessments.Add(ProjectAssessment.Create(project, criterion, input.Score!.Value, note, now));
            }
        }

        // Someone scoring the same criterion first loses to the unique (project, criterion) index: a 409 from the exception handler.
        await db.SaveChangesAsync(ct);

        return TypedResults.Ok(await ToDtoAsync(db, project, ct));
    }

    /// <summary>Every active criterion the commission scores by hand, with this project's score where it has one.</summary>
    private static async Task<ProjectAssessmentDto> ToDtoAsync(ReserveDbContext db, Project project, CancellationToken ct)
    {
        var criteria = await db.RankingCriteria.AsNoTracking()
            .Where(c => c.IsActive && c.Kind == RankingCriterionKind.Assessed).OrderBy(c => c.SortOrder).ToListAsync(ct);
        var scores = await db.ProjectAssessments.AsNoTracking().Where(a => a.ProjectId == project.Id).ToDictionaryAsync(a => a.CriterionId, ct);
        return new ProjectAssessmentDto(project.Id, project.Name, criteria.Select(c =>
        {
            var score = scores.GetValueOrDefault(c.Id);
            return new AssessmentScoreDto(c.Id, c.Name, c.Weight, score?.Score, score?.Note, score?.AssessedAtUtc, score?.ConcurrencyStamp);
        }).ToList());
    }
}
