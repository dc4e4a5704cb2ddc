using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Leads.Contracts;
using InvestmentPipeline.Leads.Data;
using InvestmentPipeline.Leads.Domain;
using InvestmentPipeline.SharedKernel.Domain;
using InvestmentPipeline.SharedKernel.Paging;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Leads.Features.Leads;

/// <summary>The list's filters; all optional. <c>From</c>/<c>To</c> bound the day the lead was entered.</summary>
internal sealed record LeadFilter(
    string? Search, LeadStage? Stage, LeadSource? Source, string? IndustryCode, Guid? OwnerUserId, DateOnly? From, DateOnly? To, bool StaleOnly, bool DueOnly);

/// <summary>
/// Leads within the caller's scope: 统筹 and users with every department see all; others see the leads owned by
/// people of their department. Filtered and paged in SQL.
/// </summary>
internal sealed class LeadQueries(LeadsDbContext db, TimeProvider time)
{
    public DateOnly Today => ShanghaiClock.Today(time);

    public static bool SeesAll(CurrentUser user) => user.HasPermission(LeadsPermissions.Supervise) || user.ScopedDepartmentId is null;

    /// <summary>An owner works their own leads; 统筹 works any lead in scope.</summary>
    public static bool CanEdit(CurrentUser user, Lead lead) =>
        user.HasPermission(LeadsPermissions.Supervise) || (user.HasPermission(LeadsPermissions.Manage) && lead.OwnerUserId == user.Id);

    public IQueryable<Lead> Scoped(CurrentUser user, bool tracked = false)
    {
        var leads = tracked ? db.Leads : db.Leads.AsNoTracking();
        if (SeesAll(user))
        {
            return leads;
        }

        var department = user.DepartmentId ?? Guid.Empty;
        return leads.Where(l => l.OwnerDepartmentId == department);
    }

    public async Task<int> StaleAfterDaysAsync(CancellationToken ct) =>
        await db.Settings.Select(s => (int?)s.StaleAfterDays).FirstOrDefaultAsync(ct) ?? LeadSettings.DefaultStaleAfterDays;

    public IQueryable<Lead> Filter(IQueryable<Lead> leads, LeadFilter filter, int staleAfterDays)
    {
        if (filter.Search?.Trim() is { Length: > 0 } term)
        {
            var upper = term.ToUpperInvariant();
            leads = leads.Where(l => l.CompanyName.Contains(term) || l.ProjectIntent.Contains(term) || l.CreditCode == upper || l.OwnerName.Contains(term));
        }

        if (filter.Stage is { } stage)
        {
            leads = leads.Where(l => l.Stage == stage);
        }

        if (filter.Source is { } source)
        {
            leads = leads.Where(l => l.Source == source);
        }

        if (filter.IndustryCode?.Trim() is { Length: > 0 } industry)
        {
            leads = leads.Where(l => l.IndustryCode == industry);
        }

        if (filter.OwnerUserId is { } owner)
        {
            leads = leads.Where(l => l.OwnerUserId == owner);
        }

        if (filter.From is { } from)
        {
            leads = leads.Where(l => l.CreatedOn >= from);
        }

        if (filter.To is { } to)
        {
            leads = leads.Where(l => l.CreatedOn <= to);
        }

        var today = Today;
        if (filter.StaleOnly)
        {
            var staleBefore = today.AddDays(-staleAfterDays);
            leads = OpenOnly(leads).Where(l => l.LastActivityOn <= staleBefore);
        }

        if (filter.DueOnly)
        {
            leads = OpenOnly(leads).Where(l => l.NextActionOn <= today);
        }

        return leads;
    }

    public static IQueryable<Lead> OpenOnly(IQueryable<Lead> leads) => leads.Where(l => l.Stage != LeadStage.Contracted && l.Stage != LeadStage.Abandoned);

    /// <summary>The next action due first, then the longest without follow-up.</summary>
    public async Task<PagedResult<LeadDto>> PageAsync(IQueryable<Lead> leads, PageQuery paging, CurrentUser user, int staleAfterDays, CancellationToken ct)
    {
        var total = await leads.CountAsync(ct);
        var page = await Ordered(leads).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        var industries = await IndustryNamesAsync(ct);
        return new PagedResult<LeadDto>(page.Select(l => ToDto(l, industries, user, staleAfterDays)).ToList(), total);
    }

    public static IOrderedQueryable<Lead> Ordered(IQueryable<Lead> leads) =>
        leads.OrderBy(l => l.NextActionOn == null).ThenBy(l => l.NextActionOn).ThenBy(l => l.LastActivityOn).ThenBy(l => l.CompanyName).ThenBy(l => l.Id);

    public async Task<Dictionary<string, string>> IndustryNamesAsync(CancellationToken ct) =>
        await db.Industries.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Name, ct);

    public LeadDto ToDto(Lead l, IReadOnlyDictionary<string, string> industries, CurrentUser user, int staleAfterDays)
    {
        var today = Today;
        return new LeadDto(
            l.Id, l.CompanyName, l.CreditCode, l.ProjectIntent, l.IndustryCode, industries.GetValueOrDefault(l.IndustryCode, l.IndustryCode),
            l.IntendedInvestment, l.Source, LeadWords.Source(l.Source), l.SourceDetail, l.OwnerUserId, l.OwnerName, l.Stage, LeadStageNames.Of(l.Stage),
            l.AbandonReason, l.ContractId, l.CreatedOn, l.LastActivityOn, l.NextAction, l.NextActionOn,
            l.IsOpen && l.NextActionOn <= today, l.IsOpen && l.LastActivityOn <= today.AddDays(-staleAfterDays), CanEdit(user, l), l.ConcurrencyStamp);
    }

    /// <summary>
    /// Other leads of the same company across every owner and department (a duplicate hides in someone else's scope):
    /// the same credit code, or the same <see cref="NameKey.OfCompany"/>. Only what is needed to talk to the other owner is shown.
    /// </summary>
    public async Task<List<DuplicateLeadDto>> DuplicatesAsync(string companyName, string? creditCode, Guid? exceptId, CancellationToken ct)
    {
        var key = NameKey.OfCompany(companyName);
        var code = creditCode is { Length: > 0 } c ? SharedKernel.Domain.CreditCode.Normalize(c) : null;
        var matches = await db.Leads.AsNoTracking()
            .Where(l => l.Id != exceptId && (l.NormalizedCompanyName == key || (code != null && l.CreditCode == code)))
            .OrderBy(l => l.CreatedOn).Take(20).ToListAsync(ct);
        return matches.Select(l =>
        {
            var sameCode = code != null && l.CreditCode == code;
            return new DuplicateLeadDto(
                l.Id, l.CompanyName, l.CreditCode, l.OwnerName, l.Stage, LeadStageNames.Of(l.Stage), sameCode, sameCode ? "统一社会信用代码相同" : "企业名称相近");
        }).ToList();
    }
}
