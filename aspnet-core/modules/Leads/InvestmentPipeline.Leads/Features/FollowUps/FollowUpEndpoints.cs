using System.ComponentModel.DataAnnotations;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Leads.Contracts;
using InvestmentPipeline.Leads.Data;
using InvestmentPipeline.Leads.Domain;
using InvestmentPipeline.Leads.Features.Leads;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Leads.Features.FollowUps;

public sealed record RecordFollowUpRequest(
    [property: Required(ErrorMessage = "请选择跟进方式"), EnumDataType(typeof(FollowUpKind), ErrorMessage = "跟进方式无效")] FollowUpKind? Kind,
    [property: Required(ErrorMessage = "请填写跟进日期")] DateOnly? OccurredOn,
    [property: Required(ErrorMessage = "请填写参与人员"), StringLength(200, MinimumLength = 1, ErrorMessage = "参与人员最多 200 字")] string? People,
    [property: Required(ErrorMessage = "请填写跟进情况"), StringLength(2000, MinimumLength = 2, ErrorMessage = "跟进情况应为 2–2000 字")] string? Notes,
    [property: StringLength(200, ErrorMessage = "下一步计划最多 200 字")] string? NextAction,
    DateOnly? NextActionOn);

/// <summary>跟进记录: the owner (or 统筹) records each contact; the lead's last activity and next action follow it.</summary>
internal static class FollowUpEndpoints
{
    public static void MapFollowUps(this RouteGroupBuilder leads)
    {
        leads.MapPost("/{id:guid}/follow-ups", RecordAsync).RequireAnyPermission(LeadsPermissions.Manage, LeadsPermissions.Supervise).WithName("RecordLeadFollowUp")
            .WithSummary("记录一次跟进（拜访、电话、会谈、接待），可附下一步计划及日期");
    }

    private static async Task<Results<Created<FollowUpDto>, ValidationProblem, ProblemHttpResult>> RecordAsync(
        Guid id, RecordFollowUpRequest request, HttpContext http, LeadsDbContext db, LeadQueries queries, TimeProvider time, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var lead = await queries.Scoped(user, tracked: true).FirstOrDefaultAsync(l => l.Id == id, ct);
        if (lead is null)
        {
            return ProblemResults.NotFound("该线索");
        }

        if (!LeadQueries.CanEdit(user, lead))
        {
            return ProblemResults.Problem(StatusCodes.Status403Forbidden, $"该线索由{lead.OwnerName}负责，只有负责人或统筹人员可以记录跟进。", "Leads.NotOwner");
        }

        var record = new FollowUpRecord(request.Kind!.Value, request.OccurredOn!.Value, request.People!, request.Notes!, request.NextAction, request.NextActionOn);
        var followUp = lead.RecordFollowUp(record, LeadWriteEndpoints.Actor(http), queries.Today, time.GetUtcNow().UtcDateTime);
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/leads/{id}", LeadReadEndpoints.ToDto(followUp));
    }
}
