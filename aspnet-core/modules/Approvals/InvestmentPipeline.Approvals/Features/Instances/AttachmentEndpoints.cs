using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Approvals.Domain.Instances;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Approvals.Features.Instances;

/// <summary>
/// Decision attachments: uploaded one by one before deciding (the decision then names them by id and takes them in
/// its own transaction, so its Idempotency-Key still makes it exactly once), and downloaded by whoever sees the instance.
/// </summary>
internal static class AttachmentEndpoints
{
    public static void MapAttachments(this RouteGroupBuilder approvals)
    {
        approvals.MapPost("/steps/{stepId:guid}/attachments", UploadAsync).RequirePermission(ApprovalsPermissions.Decide).DisableAntiforgery()
            .WithName("UploadApprovalAttachment").WithSummary("上传办理附件（multipart：file，PDF/JPG/PNG ≤ 10 MB）；办理时在 attachmentIds 中引用");
        approvals.MapGet("/attachments/{id:guid}", DownloadAsync).RequirePermission(ApprovalsPermissions.View).WithName("GetApprovalAttachment")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf").WithSummary("下载办理附件");
    }

    private static async Task<Results<Created<AttachmentDto>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        Guid stepId, IFormFile? file, HttpContext http, ApprovalsDbContext db, InstanceQueries queries, AttachmentStore store, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var step = await db.ApprovalSteps.AsNoTracking().SingleOrDefaultAsync(s => s.Id == stepId, ct);
        if (step is null)
        {
            return ProblemResults.NotFound("该审批步骤");
        }

        if (user.DepartmentId != step.DepartmentId)
        {
            return ProblemResults.Problem(StatusCodes.Status403Forbidden, "只有该步骤的办理部门可以上传办理附件。", "Forbidden");
        }

        if (step.State != ApprovalStepState.Pending)
        {
            return ProblemResults.Problem(StatusCodes.Status422UnprocessableEntity, $"步骤“{step.Name}”不在待办理状态，不能上传办理附件。", "StepNotPending");
        }

        if (file is null || file.Length == 0)
        {
            return ProblemResults.Invalid("file", "请选择要上传的附件（PDF、JPG 或 PNG）");
        }

        if (file.Length > ApprovalAttachment.MaxBytes)
        {
            return ProblemResults.Invalid("file", "附件不能超过 10 MB");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        if (ApprovalAttachment.TypeOf(content) is not { } type)
        {
            return ProblemResults.Invalid("file", "附件须为 PDF、JPG 或 PNG 文件（按文件内容识别）");
        }

        var attachment = new ApprovalAttachment
        {
            Id = Guid.NewGuid(), InstanceId = step.InstanceId, StepId = step.Id, ContentType = type, Size = content.Length,
            FileName = Path.GetFileName(file.FileName) is { Length: > 0 and <= 200 } n ? n : "附件",
            StoredPath = string.Empty, UploadedById = user.Id ?? Guid.Empty, UploadedAt = queries.Now,
        };
        attachment.StoredPath = await store.SaveAsync(step.InstanceId, attachment.Id, content, ct);
        db.ApprovalAttachments.Add(attachment);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            store.Delete(attachment.StoredPath); // no file without its row
            throw;
        }
        return TypedResults.Created($"/api/approvals/attachments/{attachment.Id}", ToDto(attachment));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        Guid id, HttpContext http, ApprovalsDbContext db, InstanceQueries queries, AttachmentStore store, CancellationToken ct)
    {
        var attachment = await db.ApprovalAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        var visible = attachment is not null && await queries.Scoped(http.GetCurrentUser()).AnyAsync(i => i.Id == attachment.InstanceId, ct);
        var content = visible ? await store.ReadAsync(attachment!.StoredPath, ct) : null;
        return content is null ? ProblemResults.NotFound("该附件") : TypedResults.File(content, attachment!.ContentType, attachment.FileName);
    }

    public static AttachmentDto ToDto(ApprovalAttachment a) => new(a.Id, a.FileName, a.ContentType, a.Size);
}
