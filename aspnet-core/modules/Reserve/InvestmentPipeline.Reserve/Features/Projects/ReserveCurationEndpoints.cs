using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.Projects;

/// <summary>项目储备库: maturity checks, submission by departments, review by the commission, and the board by maturity.</summary>
internal static class ReserveCurationEndpoints
{
    private const int BoardCardsPerColumn = 50;

    public static void MapReserveCuration(this RouteGroupBuilder reserve)
    {
        var projects = reserve.MapGroup("/projects");
        projects.MapGet("/{id:guid}/maturity-check", MaturityCheckAsync).RequirePermission(ReservePermissions.View)
            .WithName("GetMaturityCheck").WithSummary("成熟度检查：各阶段要求是否满足、缺什么");
        projects.MapPost("/{id:guid}/submit", SubmitAsync).RequirePermission(ReservePermissions.Submit)
            .WithName("SubmitProject").WithSummary("申报入库（所声明的成熟度要求须已满足）");
        projects.MapPost("/{id:guid}/review", ReviewAsync).RequirePermission(ReservePermissions.Manage)
            .WithName("ReviewProject").WithSummary("审核：接受入库 / 退回修改 / 不予入库（退回、不予入库须填写意见）");
        reserve.MapGet("/board", BoardAsync).RequirePermission(ReservePermissions.View)
            .WithName("GetReserveBoard").WithSummary("储备库看板：已入库储备项目按成熟度分列");
    }

    private static async Task<Results<Ok<MaturityCheckDto>, ProblemHttpResult>> MaturityCheckAsync(
        Guid id, HttpContext http, ProjectQueries queries, CancellationToken ct)
    {
        var project = await queries.Scoped(http.GetCurrentUser()).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return ProblemResults.NotFound("项目");
        }

        var stages = Enum.GetValues<ProjectMaturity>()
            .Select(m => (Maturity: m, Missing: MaturityRequirements.MissingFor(m, project.Details)))
            .Select(s => new MaturityStageDto(s.Maturity, s.Missing.Count == 0, s.Missing))
            .ToList();
        return TypedResults.Ok(new MaturityCheckDto(stages));
    }

    private static async Task<Results<Ok<ProjectDto>, ProblemHttpResult>> SubmitAsync(
        Guid id, SubmitProjectRequest request, HttpContext http, ReserveDbContext db, ProjectQueries queries, CancellationToken ct)
    {
        var (project, problem) = await queries.FindForChangeAsync(id, request.ConcurrencyStamp, http.GetCurrentUser(), ct);
        if (problem is not null)
        {
            return problem;
        }

        project!.Submit();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await queries.ToDtoAsync(project, ct));
    }

    private static async Task<Results<Ok<ProjectDto>, ProblemHttpResult>> ReviewAsync(
        Guid id, ReviewProjectRequest request, HttpContext http, ReserveDbContext db, ProjectQueries queries, CancellationToken ct)
    {
        var (project, problem) = await queries.FindForChangeAsync(id, request.ConcurrencyStamp, http.GetCurrentUser(), ct);
        if (problem is not null)
        {
            return problem;
        }

        project!.Review(request.Decision!.Value, request.Comment);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await queries.ToDtoAsync(project, ct));
    }

    private static async Task<Ok<ReserveBoardDto>> BoardAsync(string? sectorCode, HttpContext http, ProjectQueries queries, CancellationToken ct)
    {
        var inLibrary = ProjectQueries.Filter(queries.Scoped(http.GetCurrentUser()), new ProjectFilter(null, sectorCode, ProjectState.Reserve, null, null, null))
            .Where(p => p.ReviewStatus == ReviewStatus.Accepted);
        // Totals are summed here rather than in SQL: SQLite has no decimal arithmetic, and the library holds hundreds, not millions.
        var projects = await inLibrary.OrderBy(p => p.Name).ToListAsync(ct);
        var columns = new List<ReserveBoardColumnDto>();
        foreach (var maturity in Enum.GetValues<ProjectMaturity>())
        {
            var column = projects.Where(p => p.Maturity == maturity).ToList();
            columns.Add(new ReserveBoardColumnDto(maturity, column.Count, column.Sum(p => p.TotalInvestment),
                await queries.ToListItemsAsync(column.Take(BoardCardsPerColumn).ToList(), ct)));
        }

        return TypedResults.Ok(new ReserveBoardDto(columns));
    }
}
