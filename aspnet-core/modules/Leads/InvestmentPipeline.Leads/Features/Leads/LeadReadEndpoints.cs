using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Leads.Contracts;
using InvestmentPipeline.Leads.Data;
using InvestmentPipeline.Leads.Domain;
using InvestmentPipeline.SharedKernel.Paging;
using InvestmentPipeline.SignedContracts.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Leads.Features.Leads;

/// <summary>Reading leads: the list, the board by stage, the export, one lead with its history, and duplicate checks.</summary>
internal static class LeadReadEndpoints
{
    private const int BoardCardsPerStage = 30;

    public static void MapLeadReads(this RouteGroupBuilder leads)
    {
        leads.MapGet("/", ListAsync).RequirePermission(LeadsPermissions.View).WithName("GetLeads")
            .WithSummary("线索列表（可按关键字、阶段、来源、产业、负责人、录入日期、长期未跟进、下一步到期筛选）");
        leads.MapGet("/board", BoardAsync).RequirePermission(LeadsPermissions.View).WithName("GetLeadBoard")
            .WithSummary("线索看板：按阶段分列，每列最多 30 条（下一步到期的在前）及该列总数");
        leads.MapGet("/export", ExportAsync).RequirePermission(LeadsPermissions.View).WithName("ExportLeads").ProducesExcel()
            .WithSummary("导出线索（xlsx）");
        leads.MapGet("/duplicates", DuplicatesAsync).RequirePermission(LeadsPermissions.View).WithName("FindDuplicateLeads")
            .WithSummary("查重：统一社会信用代码相同或企业名称相近的线索（跨负责人）");
        leads.MapGet("/owners", OwnersAsync).RequirePermission(LeadsPermissions.Manage).WithName("GetLeadOwners")
            .WithSummary("可选负责人（本部门用户）");
        leads.MapGet("/{id:guid}", GetAsync).RequirePermission(LeadsPermissions.View).WithName("GetLead")
            .WithSummary("一条线索：联系人、阶段历史、跟进记录、签约合同与疑似重复");
    }

    internal static LeadFilter FilterOf(
        string? search, LeadStage? stage, LeadSource? source, string? industryCode, Guid? ownerUserId, DateOnly? from, DateOnly? to, bool? stale, bool? due) =>
        new(search, stage, source, industryCode, ownerUserId, from, to, stale == true, due == true);

    private static async Task<Ok<PagedResult<LeadDto>>> ListAsync(
        string? search, LeadStage? stage, LeadSource? source, string? industryCode, Guid? ownerUserId, DateOnly? from, DateOnly? to, bool? stale, bool? due,
        int? page, int? pageSize, HttpContext http, LeadQueries queries, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var staleDays = await queries.StaleAfterDaysAsync(ct);
        var filtered = queries.Filter(queries.Scoped(user), FilterOf(search, stage, source, industryCode, ownerUserId, from, to, stale, due), staleDays);
        return TypedResults.Ok(await queries.PageAsync(filtered, PageQuery.From(page, pageSize), user, staleDays, ct));
    }

    private static async Task<Ok<List<BoardColumnDto>>> BoardAsync(
        string? search, LeadSource? source, string? industryCode, Guid? ownerUserId, DateOnly? from, DateOnly? to, bool? stale, bool? due,
        HttpContext http, LeadQueries queries, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var staleDays = await queries.StaleAfterDaysAsync(ct);
        var filtered = queries.Filter(queries.Scoped(user), FilterOf(search, null, source, industryCode, ownerUserId, from, to, stale, due), staleDays);
        var counts = await filtered.GroupBy(l => l.Stage).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var industries = await queries.IndustryNamesAsync(ct);
        var columns = new List<BoardColumnDto>();
        foreach (var stage in Enum.GetValues<LeadStage>())
        {
            var cards = counts.GetValueOrDefault(stage) == 0
                ? []
                : await LeadQueries.Ordered(filtered.Where(l => l.Stage == stage)).Take(BoardCardsPerStage).ToListAsync(ct);
            columns.Add(new BoardColumnDto(stage, LeadStageNames.Of(stage), counts.GetValueOrDefault(stage),
                cards.Select(l => queries.ToDto(l, industries, user, staleDays)).ToList()));
        }

        return TypedResults.Ok(columns);
    }

    private static async Task<FileContentHttpResult> ExportAsync(
        string? search, LeadStage? stage, LeadSource? source, string? industryCode, Guid? ownerUserId, DateOnly? from, DateOnly? to, bool? stale, bool? due,
        HttpContext http, LeadQueries queries, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var staleDays = await queries.StaleAfterDaysAsync(ct);
        var filtered = queries.Filter(queries.Scoped(user), FilterOf(search, stage, source, industryCode, ownerUserId, from, to, stale, due), staleDays);
        var leads = (await queries.PageAsync(filtered, new PageQuery(1, ExcelExport.MaxRows), user, staleDays, ct)).Items;
        var rows = leads.Select((l, i) => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["序号"] = i + 1,
            ["企业名称"] = l.CompanyName,
            ["统一社会信用代码"] = l.CreditCode,
            ["项目意向"] = l.ProjectIntent,
            ["产业类别"] = l.IndustryName,
            ["意向投资额(万元)"] = l.IntendedInvestment is { } amount ? Math.Round(amount / 10000m, 2) : null,
            ["线索来源"] = l.SourceName,
            ["来源说明"] = l.SourceDetail,
            ["负责人"] = l.OwnerName,
            ["阶段"] = l.StageName,
            ["放弃原因"] = l.AbandonReason,
            ["录入日期"] = l.CreatedOn.ToString("yyyy-MM-dd"),
            ["最近跟进"] = l.LastActivityOn.ToString("yyyy-MM-dd"),
            ["下一步计划"] = l.NextAction,
            ["计划日期"] = l.NextActionOn?.ToString("yyyy-MM-dd"),
            ["长期未跟进"] = l.Stale ? "是" : "否",
        });
        return await ExcelExport.FileAsync(rows, "招商线索", "招商线索.xlsx", ct);
    }

    private static async Task<Results<Ok<List<DuplicateLeadDto>>, ValidationProblem>> DuplicatesAsync(
        string? companyName, string? creditCode, Guid? exceptId, LeadQueries queries, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(companyName)
            ? ProblemResults.Invalid("companyName", "请填写企业名称")
            : TypedResults.Ok(await queries.DuplicatesAsync(companyName, creditCode, exceptId, ct));

    private static async Task<Ok<List<OwnerOptionDto>>> OwnersAsync(HttpContext http, IUserDirectory users, CancellationToken ct)
    {
        var department = http.GetCurrentUser().DepartmentId;
        var contacts = department is { } id ? await users.GetContactsAsync([id], ct) : [];
        return TypedResults.Ok(contacts.Select(c => new OwnerOptionDto(c.UserId, c.DisplayName)).ToList());
    }

    private static async Task<Results<Ok<LeadDetailDto>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext http, LeadQueries queries, LeadsDbContext db, ISignedContractDirectory contracts, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var lead = await queries.Scoped(user).Include(l => l.StageChanges).AsSplitQuery().FirstOrDefaultAsync(l => l.Id == id, ct);
        if (lead is null)
        {
            return ProblemResults.NotFound("该线索");
        }

        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.LeadId == id)
            .OrderByDescending(f => f.OccurredOn).ThenByDescending(f => f.RecordedAtUtc).ToListAsync(ct);
        var contract = lead.ContractId is { } contractId && (await contracts.GetAsync([contractId], ct)).TryGetValue(contractId, out var c)
            ? new LeadContractDto(c.ContractId, c.Number, c.ProjectName, c.FulfilmentState, c.ContractedAmount, c.FundsArrived)
            : null;
        return TypedResults.Ok(new LeadDetailDto(
            queries.ToDto(lead, await queries.IndustryNamesAsync(ct), user, await queries.StaleAfterDaysAsync(ct)),
            lead.Contacts.Select(x => new LeadContactDto(x.Name, x.Title, x.Phone, x.Email)).ToList(),
            lead.StageChanges.OrderBy(s => s.Sequence).Select(s => new LeadStageChangeDto(s.From, s.To, LeadStageNames.Of(s.To), s.Reason, s.By, s.AtUtc)).ToList(),
            followUps.Select(ToDto).ToList(),
            contract,
            await queries.DuplicatesAsync(lead.CompanyName, lead.CreditCode, lead.Id, ct)));
    }

    internal static FollowUpDto ToDto(FollowUp f) =>
        new(f.Id, f.Kind, LeadWords.FollowUp(f.Kind), f.OccurredOn, f.People, f.Notes, f.NextAction, f.NextActionOn, f.RecordedBy, f.RecordedAtUtc);
}
