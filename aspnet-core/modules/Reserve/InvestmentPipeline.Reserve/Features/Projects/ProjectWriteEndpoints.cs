using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.Projects;

internal static class ProjectWriteEndpoints
{
    public static void MapProjectWrites(this RouteGroupBuilder projects)
    {
        projects.MapPost("/", CreateAsync).RequirePermission(ReservePermissions.Submit).WithName("CreateProject").WithSummary("新建（申报）项目；重复代码或相近名称时 409");
        projects.MapPut("/{id:guid}", UpdateAsync).RequirePermission(ReservePermissions.Submit).WithName("UpdateProject").WithSummary("修改项目（带 concurrencyStamp）");
        projects.MapPost("/{id:guid}/state", ChangeStateAsync).RequirePermission(ReservePermissions.Manage).WithName("ChangeProjectState").WithSummary("变更项目状态（储备→前期→在建→竣工，或终止）");
    }

    private static async Task<Results<Created<ProjectDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateProjectRequest request, HttpContext http, ReserveDbContext db, ProjectDetailsReader reader, DuplicateProjects duplicates,
        ProjectQueries queries, TimeProvider time, CancellationToken ct)
    {
        var (details, invalid) = await reader.ReadAsync(request, http.GetCurrentUser(), ct);
        if (invalid is not null)
        {
            return invalid;
        }

        if (await duplicates.CheckAsync(details!, null, request.AllowSimilarName, ct) is { } duplicate)
        {
            return duplicate;
        }

        var project = Project.Create(details!, time.GetUtcNow().UtcDateTime);
        db.Projects.Add(project);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/reserve/projects/{project.Id}", await queries.ToDtoAsync(project, ct));
    }

    private static async Task<Results<Ok<ProjectDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateProjectRequest request, HttpContext http, ReserveDbContext db, ProjectDetailsReader reader, DuplicateProjects duplicates,
        ProjectQueries queries, TimeProvider time, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var (project, problem) = await queries.FindForChangeAsync(id, request.ConcurrencyStamp, user, ct);
        if (problem is not null)
        {
            return problem;
        }

        var (details, invalid) = await reader.ReadAsync(request, user, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        if (await duplicates.CheckAsync(details!, id, request.AllowSimilarName, ct) is { } duplicate)
        {
            return duplicate;
        }

        var before = project!.Details;
        project.Change(details!);
        // This year's plan and later ones follow the master; the plans of past years stay as they were made.
        var thisYear = ShanghaiClock.Today(time).Year;
        foreach (var entry in await db.PlanEntries.Where(e => e.ProjectId == id && e.Year >= thisYear).ToListAsync(ct))
        {
            entry.FollowMaster(before, project.Details);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await queries.ToDtoAsync(project, ct));
    }

    private static async Task<Results<Ok<ProjectDto>, ProblemHttpResult>> ChangeStateAsync(
        Guid id, ChangeProjectStateRequest request, HttpContext http, ReserveDbContext db, ProjectQueries queries, CancellationToken ct)
    {
        var (project, problem) = await queries.FindForChangeAsync(id, request.ConcurrencyStamp, http.GetCurrentUser(), ct);
        if (problem is not null)
        {
            return problem;
        }

        project!.MoveTo(request.State!.Value, request.Reason);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await queries.ToDtoAsync(project, ct));
    }
}
