using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Outbox;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Leads.Contracts;
using InvestmentPipeline.Leads.Data;
using InvestmentPipeline.Leads.Domain;
using InvestmentPipeline.SharedKernel.Domain;
using InvestmentPipeline.SignedContracts.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Leads.Features.Leads;

/// <summary>
/// Working a lead: enter and edit it (with the duplicate check), move it through the stages, hand it to another owner,
/// and sign it, which hands the contract to SignedContracts through the outbox.
/// </summary>
internal static class LeadWriteEndpoints
{
    public static void MapLeadWrites(this RouteGroupBuilder leads)
    {
        leads.MapPost("/", CreateAsync).RequirePermission(LeadsPermissions.Manage).WithName("CreateLead")
            .WithSummary("录入线索（负责人默认本人；统筹可指定）。统一社会信用代码与在跟进线索相同则拒绝；企业名称相近须确认后再提交（409）");
        leads.MapPut("/{id:guid}", UpdateAsync).RequireAnyPermission(LeadsPermissions.Manage, LeadsPermissions.Supervise).WithName("UpdateLead")
            .WithSummary("修改线索（负责人本人或统筹）");
        leads.MapPost("/{id:guid}/stage", MoveAsync).RequireAnyPermission(LeadsPermissions.Manage, LeadsPermissions.Supervise).WithName("MoveLeadStage")
            .WithSummary("推进、回退或放弃线索（放弃须填写原因；签约请用签约操作）");
        leads.MapPost("/{id:guid}/assign", AssignAsync).RequirePermission(LeadsPermissions.Supervise).WithName("AssignLead")
            .WithSummary("统筹改派负责人");
        leads.MapPost("/{id:guid}/sign", SignAsync).RequireAnyPermission(LeadsPermissions.Manage, LeadsPermissions.Supervise).WithName("SignLead")
            .WithSummary("签约：线索转为签约项目（仅洽谈阶段），合同由签约项目模块创建");
    }

    private static async Task<Results<Created<LeadDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        SaveLeadRequest request, HttpContext http, LeadsDbContext db, LeadQueries queries, IUserDirectory users, TimeProvider time, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        if (request.OwnerUserId is { } chosen && chosen != user.Id && !user.HasPermission(LeadsPermissions.Supervise))
        {
            return ProblemResults.Problem(StatusCodes.Status403Forbidden, "只有统筹人员可以为他人录入线索。", "Leads.NotOwner");
        }

        switch (await ValidateAsync(request, null, db, queries, ct))
        {
            case ValidationProblem invalid:
                return invalid;
            case ProblemHttpResult problem:
                return problem;
        }

        if (await OwnerAsync(request.OwnerUserId, user, users, ct) is not { } owner)
        {
            return ProblemResults.Invalid("ownerUserId", "负责人不存在或不属于任何部门");
        }

        var lead = Lead.Create(Details(request), owner, queries.Today, time.GetUtcNow().UtcDateTime);
        db.Leads.Add(lead);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/leads/{lead.Id}", queries.ToDto(lead, await queries.IndustryNamesAsync(ct), user, await queries.StaleAfterDaysAsync(ct)));
    }

    private static async Task<Results<Ok<LeadDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, SaveLeadRequest request, HttpContext http, LeadsDbContext db, LeadQueries queries, CancellationToken ct) =>
        await ChangeAsync(id, request.ConcurrencyStamp, http, queries, db, async lead =>
            await ValidateAsync(request, lead, db, queries, ct) is { } invalid ? invalid : Apply(() => lead.Change(Details(request))), ct);

    private static async Task<Results<Ok<LeadDto>, ValidationProblem, ProblemHttpResult>> MoveAsync(
        Guid id, MoveLeadRequest request, HttpContext http, LeadsDbContext db, LeadQueries queries, TimeProvider time, CancellationToken ct) =>
        await ChangeAsync(id, request.ConcurrencyStamp, http, queries, db, lead =>
            Task.FromResult(Apply(() => lead.MoveTo(request.Stage!.Value, request.Reason, Actor(http), time.GetUtcNow().UtcDateTime))), ct);

    private static async Task<Results<Ok<LeadDto>, ValidationProblem, ProblemHttpResult>> AssignAsync(
        Guid id, AssignLeadRequest request, HttpContext http, LeadsDbContext db, LeadQueries queries, IUserDirectory users, CancellationToken ct) =>
        await ChangeAsync(id, request.ConcurrencyStamp, http, queries, db, async lead =>
        {
            var owner = await OwnerAsync(request.OwnerUserId, http.GetCurrentUser(), users, ct);
            return owner is null ? ProblemResults.Invalid("ownerUserId", "负责人不存在或不属于任何部门") : Apply(() => lead.AssignTo(owner));
        }, ct);

    private static async Task<Results<Ok<LeadDto>, ValidationProblem, ProblemHttpResult>> SignAsync(
        Guid id, SignLeadRequest request, HttpContext http, LeadsDbContext db, LeadQueries queries, ISignedContractDirectory contracts,
        IDepartmentDirectory departments, TimeProvider time, CancellationToken ct) =>
        await ChangeAsync(id, request.ConcurrencyStamp, http, queries, db, async lead =>
        {
            var number = request.ContractNumber!.Trim();
            if (await contracts.IsNumberTakenAsync(number, ct))
            {
                return ProblemResults.Invalid("contractNumber", "合同编号已存在");
            }

            if (request.SignedOn > queries.Today)
            {
                return ProblemResults.Invalid("signedOn", "签约日期不能晚于今天");
            }

            var department = request.ResponsibleDepartmentId!.Value;
            if (!(await departments.GetAsync([department], ct)).ContainsKey(department))
            {
                return ProblemResults.Invalid("responsibleDepartmentId", "责任单位不存在");
            }

            var contractId = Guid.NewGuid();
            var now = time.GetUtcNow().UtcDateTime;
            lead.Sign(contractId, number, Actor(http), now);
            db.AddIntegrationEvent(new LeadSignedIntegrationEvent(
                lead.Id, contractId, number, request.SignedOn!.Value, string.IsNullOrWhiteSpace(request.SigningEvent) ? lead.SourceDetail : request.SigningEvent.Trim(),
                request.ContractedAmount!.Value, request.ProjectName!.Trim(), lead.CompanyName, lead.CreditCode, lead.IndustryCode, department,
                http.GetCurrentUser().Id!.Value) { OccurredAtUtc = now });
            return null;
        }, ct);

    /// <summary>Loads the lead in scope with its history, checks who may change it and the stamp, applies, saves.</summary>
    private static async Task<Results<Ok<LeadDto>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid id, Guid? stamp, HttpContext http, LeadQueries queries, LeadsDbContext db, Func<Lead, Task<IResult?>> change, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var lead = await queries.Scoped(user, tracked: true).Include(l => l.StageChanges).FirstOrDefaultAsync(l => l.Id == id, ct);
        if (lead is null)
        {
            return ProblemResults.NotFound("该线索");
        }

        if (!LeadQueries.CanEdit(user, lead))
        {
            return ProblemResults.Problem(StatusCodes.Status403Forbidden, $"该线索由{lead.OwnerName}负责，只有负责人或统筹人员可以修改。", "Leads.NotOwner");
        }

        if (stamp != lead.ConcurrencyStamp)
        {
            return ProblemResults.Conflict("该线索已被他人修改，请刷新后重试。");
        }

        switch (await change(lead))
        {
            case ValidationProblem invalid:
                return invalid;
            case ProblemHttpResult problem:
                return problem;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(queries.ToDto(lead, await queries.IndustryNamesAsync(ct), user, await queries.StaleAfterDaysAsync(ct)));
    }

    private static IResult? Apply(Action change)
    {
        change();
        return null;
    }

    /// <summary>
    /// The industry must be active; a credit code already on an open lead (someone is working the company) is refused;
    /// a near-identical name needs the user's acknowledgement, so two owners do not court the same company unknowingly.
    /// </summary>
    private static async Task<IResult?> ValidateAsync(SaveLeadRequest request, Lead? current, LeadsDbContext db, LeadQueries queries, CancellationToken ct)
    {
        var industry = request.IndustryCode!.Trim();
        if (!await db.Industries.AnyAsync(i => i.Code == industry && (i.IsActive || (current != null && current.IndustryCode == industry)), ct))
        {
            return ProblemResults.Invalid("industryCode", "产业类别不在重点招商目录中或已停用");
        }

        if (request.CreditCode is { } code && !SharedKernel.Domain.CreditCode.IsValid(code))
        {
            return ProblemResults.Invalid("creditCode", "统一社会信用代码无效（校验位不正确）");
        }

        var nameOrCodeChanged = current is null || NameKey.OfCompany(request.CompanyName!) != current.NormalizedCompanyName
            || (request.CreditCode is { } c && SharedKernel.Domain.CreditCode.Normalize(c) != current.CreditCode);
        if (!nameOrCodeChanged)
        {
            return null;
        }

        var duplicates = await queries.DuplicatesAsync(request.CompanyName!, request.CreditCode, current?.Id, ct);
        var sameCodeOpen = duplicates.FirstOrDefault(d => d.SameCreditCode && d.Stage is not (LeadStage.Contracted or LeadStage.Abandoned));
        if (sameCodeOpen is not null)
        {
            return ProblemResults.Invalid("creditCode", $"该企业已有在跟进的线索（负责人：{sameCodeOpen.OwnerName}，阶段：{sameCodeOpen.StageName}）");
        }

        return duplicates.Count > 0 && !request.AcknowledgeDuplicates
            ? ProblemResults.Problem(StatusCodes.Status409Conflict,
                $"发现疑似重复线索：{string.Join("；", duplicates.Select(d => $"{d.CompanyName}（{d.OwnerName}，{d.StageName}）"))}。确认不是同一企业后可继续提交。",
                "Leads.PossibleDuplicate")
            : null;
    }

    /// <summary>The chosen owner (the caller when none is chosen); whether the caller may choose is checked before.</summary>
    private static async Task<LeadOwner?> OwnerAsync(Guid? chosen, CurrentUser user, IUserDirectory users, CancellationToken ct)
    {
        if (chosen is null || chosen == user.Id)
        {
            return user is { Id: { } me, DepartmentId: { } department } ? new LeadOwner(me, Actor(user), department) : null;
        }

        return (await users.GetByIdsAsync([chosen.Value], ct)).TryGetValue(chosen.Value, out var contact)
            ? new LeadOwner(contact.UserId, contact.DisplayName, contact.DepartmentId)
            : null;
    }

    private static LeadDetails Details(SaveLeadRequest r) => new(
        r.CompanyName!, string.IsNullOrWhiteSpace(r.CreditCode) ? null : r.CreditCode, r.ProjectIntent!, r.IndustryCode!.Trim(), r.IntendedInvestment,
        r.Source!.Value, r.SourceDetail, (r.Contacts ?? []).Select(c => new LeadContact(c.Name.Trim(), c.Title?.Trim(), c.Phone?.Trim(), c.Email?.Trim())).ToList());

    internal static string Actor(HttpContext http) => Actor(http.GetCurrentUser());

    private static string Actor(CurrentUser user) => user.DisplayName ?? user.UserName ?? "未知用户";
}
