using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain.Warnings;
using InvestmentPipeline.SharedKernel.Paging;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Warnings;

/// <summary>The list's filters; without a status, the open warnings.</summary>
internal sealed record WarningFilter(int Year, WarningLevel? Level, WarningRuleCode? Rule, WarningStatus? Status, ExemptionStatus? Exemption, string? Search);

/// <summary>Warnings within the caller's data scope (a unit sees its own projects' and its town's), filtered and paged in SQL.</summary>
internal sealed class WarningQueries(SchedulingDbContext db)
{
    /// <summary>Tracked when the caller is going to change what it reads.</summary>
    public IQueryable<Warning> Scoped(CurrentUser user, bool tracked = false)
    {
        var warnings = tracked ? db.Warnings : db.Warnings.AsNoTracking();
        return user.ScopedDepartmentId is { } department
            ? warnings.Where(w => w.ResponsibleDepartmentId == department || w.TownId == department)
            : warnings;
    }

    public static IQueryable<Warning> Filter(IQueryable<Warning> warnings, WarningFilter filter)
    {
        var status = filter.Status ?? WarningStatus.Open;
        warnings = warnings.Where(w => w.Year == filter.Year && w.Status == status);
        if (filter.Level is { } level)
        {
            warnings = warnings.Where(w => w.Level == level);
        }

        if (filter.Rule is { } rule)
        {
            warnings = warnings.Where(w => w.Rule == rule);
        }

        if (filter.Exemption is { } exemption)
        {
            warnings = warnings.Where(w => w.Exemption == exemption);
        }

        if (filter.Search?.Trim() is { Length: > 0 } term)
        {
            warnings = warnings.Where(w => w.ProjectName.Contains(term) || (w.ProjectCode != null && w.ProjectCode.Contains(term)) || w.ResponsibleUnit.Contains(term));
        }

        return warnings;
    }

    /// <summary>Red first, then the longest-standing.</summary>
    public static IQueryable<Warning> Ordered(IQueryable<Warning> warnings) =>
        warnings.OrderByDescending(w => w.Level == WarningLevel.Red).ThenBy(w => w.SinceUtc).ThenBy(w => w.ProjectName).ThenBy(w => w.Rule);

    public async Task<PagedResult<WarningDto>> PageAsync(IQueryable<Warning> warnings, PageQuery paging, CancellationToken ct)
    {
        var rules = await RulesAsync(ct);
        var total = await warnings.CountAsync(ct);
        var page = await Ordered(warnings).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return new PagedResult<WarningDto>(page.Select(w => ToDto(w, rules[w.Rule])).ToList(), total);
    }

    public async Task<Dictionary<WarningRuleCode, WarningRule>> RulesAsync(CancellationToken ct) =>
        await db.WarningRules.AsNoTracking().ToDictionaryAsync(r => r.Code, ct);

    public static WarningDto ToDto(Warning w, WarningRule rule) => new(
        w.Id, w.ProjectId, w.ProjectName, w.ProjectCode, w.ResponsibleUnit, w.Year, w.Rule, rule.Name, rule.Thresholds, w.Level, w.Status, w.Measure,
        rule.Unit, w.Threshold, w.Data, w.RuleVersion, w.SinceMonth, w.SinceUtc, w.EvaluatedMonth, w.Exemption, w.ExemptionReason,
        w.ExemptionRequestedBy, w.ExemptionDecidedBy, w.ExemptionComment, w.ConcurrencyStamp);

    public static WarningEvaluationDto ToDto(WarningEvaluation e) => new(
        e.Id, e.Year, e.Month, e.Trigger, e.By, e.StartedAtUtc, e.DurationMilliseconds, e.ProjectCount, e.Raised, e.Escalated, e.Reduced, e.Resolved,
        e.OpenRed, e.OpenYellow);

    public static WarningRuleDto ToDto(WarningRule r) => new(
        r.Code, r.Name, r.Measure, r.Unit, r.YellowThreshold, r.RedThreshold, r.Thresholds, r.Enabled, HasDataSource(r.Code), r.Version, r.ChangedAtUtc,
        r.ConcurrencyStamp);

    /// <summary>
    /// Every rule has its data now: 前期手续 reads Approvals' <c>IApprovalProgress</c>. Kept so that a rule added before its
    /// source exists cannot be switched on.
    /// </summary>
    public static bool HasDataSource(WarningRuleCode code) => Enum.IsDefined(code);
}
