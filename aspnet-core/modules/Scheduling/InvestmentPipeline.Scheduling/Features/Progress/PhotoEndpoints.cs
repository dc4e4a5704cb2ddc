using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Progress;

public sealed record ReportPhotoDto(Guid Id, string FileName, string ContentType, int Size, string? UploadedBy, DateTime UploadedAtUtc);

/// <summary>现场照片 of a project's month: listed and shown to whoever sees the project, added and removed by its unit.</summary>
internal static class PhotoEndpoints
{
    public static void MapReportPhotos(this RouteGroupBuilder scheduling)
    {
        var photos = scheduling.MapGroup(ProgressEndpoints.MonthRoute + "/{projectId:guid}/photos");
        photos.MapGet("/", ListAsync).RequirePermission(SchedulingPermissions.View).WithName("GetReportPhotos")
            .WithSummary("某项目某月的现场照片");
        photos.MapPost("/", AddAsync).RequirePermission(SchedulingPermissions.Report).DisableAntiforgery().WithName("AddReportPhoto")
            .WithSummary("上传现场照片（JPG/PNG/WebP，单张不超过 5 MB，每月最多 9 张；须先保存该月进展）");
        photos.MapGet("/{photoId:guid}", ContentAsync).RequirePermission(SchedulingPermissions.View).WithName("GetReportPhoto")
            .Produces<Stream>(StatusCodes.Status200OK, "image/jpeg").WithSummary("照片内容");
        photos.MapDelete("/{photoId:guid}", DeleteAsync).RequirePermission(SchedulingPermissions.Report).WithName("DeleteReportPhoto")
            .WithSummary("删除现场照片");
    }

    private static async Task<Results<Ok<List<ReportPhotoDto>>, ProblemHttpResult>> ListAsync(
        int year, int month, Guid projectId, HttpContext http, ProgressQueries queries, SchedulingDbContext db, CancellationToken ct)
    {
        if (!await queries.SeesAsync(year, projectId, http.GetCurrentUser(), ct))
        {
            return ProblemResults.NotFound($"{year} 年度计划中的该项目");
        }

        return TypedResults.Ok(await Photos(db, projectId, year, month).OrderBy(p => p.UploadedAtUtc)
            .Select(p => new ReportPhotoDto(p.Id, p.FileName, p.ContentType, p.Size, p.UploadedBy, p.UploadedAtUtc)).ToListAsync(ct));
    }

    private static async Task<Results<Created<ReportPhotoDto>, ProblemHttpResult>> AddAsync(
        int year, int month, Guid projectId, IFormFile file, HttpContext http, ProgressQueries queries, SchedulingDbContext db, TimeProvider time, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        if (!await queries.SeesAsync(year, projectId, user, ct))
        {
            return ProblemResults.NotFound($"{year} 年度计划中的该项目");
        }

        if (!await db.MonthlyReports.AnyAsync(r => r.ProjectId == projectId && r.Year == year && r.Month == month, ct))
        {
            return ProblemResults.Problem(StatusCodes.Status422UnprocessableEntity, "请先保存该月进展，再上传现场照片。", "Scheduling.PhotoWithoutReport");
        }

        if (file.Length > ReportPhoto.MaxBytes)
        {
            return ProblemResults.Problem(StatusCodes.Status422UnprocessableEntity, "照片不能超过 5 MB", "Scheduling.PhotoInvalid");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var photo = ReportPhoto.Add(projectId, year, month, file.FileName, buffer.ToArray(), await Photos(db, projectId, year, month).CountAsync(ct),
            user.DisplayName ?? user.UserName, time.GetUtcNow().UtcDateTime);
        db.ReportPhotos.Add(photo);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/scheduling/progress/{year}/{month}/{projectId}/photos/{photo.Id}",
            new ReportPhotoDto(photo.Id, photo.FileName, photo.ContentType, photo.Size, photo.UploadedBy, photo.UploadedAtUtc));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ContentAsync(
        int year, int month, Guid projectId, Guid photoId, HttpContext http, ProgressQueries queries, SchedulingDbContext db, CancellationToken ct)
    {
        var photo = await queries.SeesAsync(year, projectId, http.GetCurrentUser(), ct)
            ? await Photos(db, projectId, year, month).FirstOrDefaultAsync(p => p.Id == photoId, ct)
            : null;
        return photo is null ? ProblemResults.NotFound("该照片") : TypedResults.File(photo.Content, photo.ContentType, photo.FileName);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        int year, int month, Guid projectId, Guid photoId, HttpContext http, ProgressQueries queries, SchedulingDbContext db, CancellationToken ct)
    {
        var deleted = await queries.SeesAsync(year, projectId, http.GetCurrentUser(), ct)
            ? await Photos(db, projectId, year, month).Where(p => p.Id == photoId).ExecuteDeleteAsync(ct)
            : 0;
        return deleted == 0 ? ProblemResults.NotFound("该照片") : TypedResults.NoContent();
    }

    private static IQueryable<ReportPhoto> Photos(SchedulingDbContext db, Guid projectId, int year, int month) =>
        db.ReportPhotos.AsNoTracking().Where(p => p.ProjectId == projectId && p.Year == year && p.Month == month);
}
