using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using InvestmentPipeline.Approvals.Data;

namespace InvestmentPipeline.Approvals.Features.Templates;

/// <summary>
/// 审批模板: read by anyone with Approvals.View, edited by the commission (Approvals.Manage). Edits go to the draft
/// (created from the request when there is none); publishing makes the draft the current version.
/// </summary>
internal static class TemplateEndpoints
{
    private const string StaleMessage = "该审批模板已被他人修改（或已发布新版本），请刷新后重试。";

    public static void MapTemplates(this RouteGroupBuilder approvals)
    {
        var templates = approvals.MapGroup("/templates");
        templates.MapGet("/", ListAsync).RequirePermission(ApprovalsPermissions.View)
            .WithName("GetApprovalTemplates").WithSummary("审批模板列表（每种审批类型一个，含当前版本与草稿）");
        templates.MapGet("/{templateId:guid}/versions", VersionsAsync).RequirePermission(ApprovalsPermissions.View)
            .WithName("GetApprovalTemplateVersions").WithSummary("审批模板的全部版本");
        templates.MapGet("/{templateId:guid}/versions/{versionId:guid}", VersionAsync).RequirePermission(ApprovalsPermissions.View)
            .WithName("GetApprovalTemplateVersion").WithSummary("审批模板的一个版本：步骤、前置关系与校验结果");
        templates.MapPut("/{templateId:guid}/draft", SaveDraftAsync).RequirePermission(ApprovalsPermissions.Manage)
            .WithName("SaveApprovalTemplateDraft").WithSummary("保存草稿（整张步骤表）；没有草稿时由当前版本另起新草稿");
        templates.MapPost("/{templateId:guid}/versions/{versionId:guid}/publish", PublishAsync).RequirePermission(ApprovalsPermissions.Manage)
            .WithName("PublishApprovalTemplateVersion").WithSummary("发布草稿，成为当前版本（已发起的审批仍用原版本）");
    }

    private static async Task<Ok<List<TemplateSummaryDto>>> ListAsync(TemplateQueries queries, CancellationToken ct) =>
        TypedResults.Ok((await queries.AllAsync(ct)).ConvertAll(TemplateQueries.ToSummary));

    private static async Task<Results<Ok<List<TemplateVersionSummaryDto>>, ProblemHttpResult>> VersionsAsync(Guid templateId, TemplateQueries queries, CancellationToken ct)
    {
        var template = await queries.FindAsync(templateId, tracked: false, ct);
        return template is null
            ? ProblemResults.NotFound("该审批模板")
            : TypedResults.Ok(template.Versions.OrderByDescending(v => v.Number).Select(v => TemplateQueries.ToSummary(template, v)).ToList());
    }

    private static async Task<Results<Ok<TemplateVersionDto>, ProblemHttpResult>> VersionAsync(
        Guid templateId, Guid versionId, TemplateQueries queries, CancellationToken ct)
    {
        var template = await queries.FindAsync(templateId, tracked: false, ct);
        var version = template?.Versions.SingleOrDefault(v => v.Id == versionId);
        return version is null
            ? ProblemResults.NotFound("该审批模板版本")
            : TypedResults.Ok(TemplateQueries.ToDto(template!, version, await queries.DepartmentNamesAsync(ct)));
    }

    private static async Task<Results<Ok<TemplateVersionDto>, ValidationProblem, ProblemHttpResult>> SaveDraftAsync(
        Guid templateId, SaveDraftRequest request, TemplateQueries queries, ApprovalsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var template = await queries.FindAsync(templateId, tracked: true, ct);
        if (template is null)
        {
            return ProblemResults.NotFound("该审批模板");
        }

        if (template.ConcurrencyStamp != request.ConcurrencyStamp)
        {
            return ProblemResults.Conflict(StaleMessage);
        }

        var steps = request.Steps.Select(TemplateQueries.ToStep).ToList();
        var departmentNames = await queries.DepartmentNamesAsync(ct);
        var errors = TemplateQueries.Validate(steps, departmentNames);
        if (errors.Count > 0)
        {
            return ProblemResults.Invalid(TemplateQueries.ByField(errors));
        }

        var draft = template.SaveDraft(steps, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(TemplateQueries.ToDto(template, draft, departmentNames));
    }

    private static async Task<Results<Ok<TemplateVersionDto>, ValidationProblem, ProblemHttpResult>> PublishAsync(
        Guid templateId, Guid versionId, PublishVersionRequest request, TemplateQueries queries, ApprovalsDbContext db, TimeProvider time,
        CancellationToken ct)
    {
        var template = await queries.FindAsync(templateId, tracked: true, ct);
        var version = template?.Versions.SingleOrDefault(v => v.Id == versionId);
        if (version is null)
        {
            return ProblemResults.NotFound("该审批模板版本");
        }

        if (template!.ConcurrencyStamp != request.ConcurrencyStamp)
        {
            return ProblemResults.Conflict(StaleMessage);
        }

        if (version.IsPublished)
        {
            return ProblemResults.Problem(StatusCodes.Status422UnprocessableEntity, $"第 {version.Number} 版已发布，已发布的版本不能修改或再次发布。", "TemplateVersionPublished");
        }

        var departmentNames = await queries.DepartmentNamesAsync(ct);
        var errors = TemplateQueries.Validate(version.Steps, departmentNames);
        if (errors.Count > 0)
        {
            return ProblemResults.Invalid(TemplateQueries.ByField(errors));
        }

        template.Publish(version.Id, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(TemplateQueries.ToDto(template, version, departmentNames));
    }
}
