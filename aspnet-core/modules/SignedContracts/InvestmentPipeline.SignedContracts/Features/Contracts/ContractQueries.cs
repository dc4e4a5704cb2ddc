using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.SharedKernel.Paging;
using InvestmentPipeline.SharedKernel.Time;
using InvestmentPipeline.SignedContracts.Contracts;
using InvestmentPipeline.SignedContracts.Data;
using InvestmentPipeline.SignedContracts.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.SignedContracts.Features.Contracts;

/// <summary>The list's filters (the export and the figures' lists share them); all are optional.</summary>
internal sealed record ContractFilter(
    string? Search = null, string? IndustryCode = null, FulfilmentState? State = null, Guid? DepartmentId = null, string? SigningEvent = null,
    int? Year = null, bool OverdueMilestone = false);

/// <summary>
/// Contracts within the caller's data scope (a department sees those it is responsible for and those with a problem
/// assigned to it), filtered and paged in SQL with their funds total, overdue milestones and open problems.
/// </summary>
internal sealed class ContractQueries(SignedContractsDbContext db, References references, TimeProvider time)
{
    public DateOnly Today => ShanghaiClock.Today(time);

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public IQueryable<SignedContract> Scoped(CurrentUser user, bool tracked = false)
    {
        var contracts = tracked ? db.Contracts : db.Contracts.AsNoTracking();
        if (References.SeesAll(user))
        {
            return contracts;
        }

        var department = user.DepartmentId ?? Guid.Empty;
        return contracts.Where(c => c.ResponsibleDepartmentId == department || c.Problems.Any(p => p.AssignedDepartmentId == department));
    }

    /// <summary>The whole aggregate, tracked, for a change; null when unknown or out of scope.</summary>
    public Task<SignedContract?> FindForChangeAsync(Guid id, CurrentUser user, CancellationToken ct) =>
        Scoped(user, tracked: true).Include(c => c.Milestones).Include(c => c.Funds).Include(c => c.Problems).Include(c => c.History)
            .AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);

    public IQueryable<SignedContract> Filter(IQueryable<SignedContract> contracts, ContractFilter filter)
    {
        if (filter.Search?.Trim() is { Length: > 0 } term)
        {
            var code = term.ToUpperInvariant();
            contracts = contracts.Where(c => c.Number.Contains(term) || c.ProjectName.Contains(term) || c.CompanyName.Contains(term)
                || (c.CreditCode != null && c.CreditCode.Contains(code)));
        }

        if (filter.IndustryCode?.Trim() is { Length: > 0 } industry)
        {
            contracts = contracts.Where(c => c.IndustryCode == industry);
        }

        if (filter.State is { } state)
        {
            contracts = contracts.Where(c => c.State == state);
        }

        if (filter.DepartmentId is { } department)
        {
            contracts = contracts.Where(c => c.ResponsibleDepartmentId == department);
        }

        if (filter.SigningEvent?.Trim() is { Length: > 0 } signingEvent)
        {
            contracts = contracts.Where(c => c.SigningEvent == signingEvent);
        }

        if (filter.Year is { } year)
        {
            contracts = contracts.Where(c => c.SignedYear == year);
        }

        if (filter.OverdueMilestone)
        {
            var today = Today;
            contracts = contracts.Where(c => c.Milestones.Any(m => m.ActualOn == null && m.PlannedOn < today));
        }

        return contracts;
    }

    /// <summary>Sort keys: signedOn (default, newest first), number, projectName, state, createdAt; a leading '-' reverses.</summary>
    public static IQueryable<SignedContract> Sorted(IQueryable<SignedContract> contracts, string? sort)
    {
        var key = sort?.Trim() ?? "-signedOn";
        var descending = key.StartsWith('-');
        IOrderedQueryable<SignedContract> ordered = key.TrimStart('-') switch
        {
            "number" => descending ? contracts.OrderByDescending(c => c.Number) : contracts.OrderBy(c => c.Number),
            "projectName" => descending ? contracts.OrderByDescending(c => c.ProjectName) : contracts.OrderBy(c => c.ProjectName),
            "state" => descending ? contracts.OrderByDescending(c => c.State) : contracts.OrderBy(c => c.State),
            "createdAt" => descending ? contracts.OrderByDescending(c => c.CreatedAtUtc) : contracts.OrderBy(c => c.CreatedAtUtc),
            _ => descending || sort is null ? contracts.OrderByDescending(c => c.SignedOn) : contracts.OrderBy(c => c.SignedOn),
        };
        return ordered.ThenBy(c => c.Number);
    }

    public async Task<PagedResult<ContractListItemDto>> PageAsync(IQueryable<SignedContract> contracts, string? sort, PageQuery paging, CancellationToken ct)
    {
        var total = await contracts.CountAsync(ct);
        var items = await ListAsync(Sorted(contracts, sort).Skip(paging.Skip).Take(paging.PageSize), ct);
        return new PagedResult<ContractListItemDto>(items, total);
    }

    /// <summary>One query for the rows with their aggregates, one for the departments' names, one for the industries'.</summary>
    public async Task<List<ContractListItemDto>> ListAsync(IQueryable<SignedContract> contracts, CancellationToken ct)
    {
        var today = Today;
        var rows = await contracts.Select(c => new
        {
            Contract = c,
            Funds = c.Funds.Sum(f => (decimal?)f.Amount) ?? 0m,
            OverdueMilestones = c.Milestones.Count(m => m.ActualOn == null && m.PlannedOn < today),
            OpenProblems = c.Problems.Count(p => p.Status == ContractProblemStatus.Open),
        }).ToListAsync(ct);
        var departments = await references.DepartmentNamesAsync(rows.Select(r => r.Contract.ResponsibleDepartmentId), ct);
        var industries = await references.IndustryNamesAsync(ct);
        return rows.Select(r => ToListItem(r.Contract, r.Funds, r.OverdueMilestones, r.OpenProblems, departments, industries)).ToList();
    }

    public async Task<ContractListItemDto> ToListItemAsync(SignedContract c, CancellationToken ct)
    {
        var departments = await references.DepartmentNamesAsync([c.ResponsibleDepartmentId], ct);
        var industries = await references.IndustryNamesAsync(ct);
        return ToListItem(c, c.FundsArrived, c.Milestones.Count(m => m.IsOverdue(Today)), c.Problems.Count(p => p.Status == ContractProblemStatus.Open),
            departments, industries);
    }

    public async Task<ContractDetailDto> ToDetailAsync(SignedContract c, string? projectName, CancellationToken ct)
    {
        var today = Today;
        return new ContractDetailDto(
            await ToListItemAsync(c, ct), c.ConcurrencyStamp, projectName,
            c.Milestones.OrderBy(m => m.Kind).Select(m => ToDto(m, today)).ToList(),
            c.Funds.OrderBy(f => f.ArrivedOn).ThenBy(f => f.UploadedAtUtc).Select(ToDto).ToList(),
            c.History.OrderBy(e => e.Sequence).Select(ToDto).ToList(),
            c.Problems.OrderBy(p => p.Status).ThenBy(p => p.Deadline).Select(p => ToDto(p, today)).ToList());
    }

    public static MilestoneDto ToDto(ContractMilestone m, DateOnly today) =>
        new(m.Kind, ContractWords.Milestone(m.Kind), m.PlannedOn, m.ActualOn, m.Note, m.IsOverdue(today));

    public static FundEntryDto ToDto(FundEntry f) => new(
        f.Id, f.ArrivedOn, f.Amount, f.Kind, ContractWords.Funds(f.Kind), f.Note, f.FileName, f.ContentType, f.FileSize, f.StoredPath is not null,
        f.UploadedBy, f.UploadedAtUtc);

    public static ContractProblemDto ToDto(ContractProblem p, DateOnly today) => new(
        p.Id, p.Description, p.AssignedDepartmentId, p.AssignedDepartmentName, p.Deadline, p.Status, p.IsOverdue(today), p.Resolution, p.ResolvedBy,
        p.ResolvedAtUtc, p.CreatedBy, p.CreatedAtUtc);

    public static ContractEventDto ToDto(ContractEvent e) => new(
        e.Sequence, e.Kind, e.FromState, e.FromState is { } from ? ContractWords.State(from) : null, e.ToState,
        e.ToState is { } to ? ContractWords.State(to) : null, e.Text, e.ByUserId, e.ByName, e.AtUtc);

    private static ContractListItemDto ToListItem(
        SignedContract c, decimal funds, int overdueMilestones, int openProblems, IReadOnlyDictionary<Guid, string> departments,
        IReadOnlyDictionary<string, string> industries) => new(
        c.Id, c.Number, c.ProjectName, c.CompanyName, c.CreditCode, c.SignedOn, c.SigningEvent, c.IndustryCode,
        industries.GetValueOrDefault(c.IndustryCode, c.IndustryCode), c.ContractedAmount, funds, funds > c.ContractedAmount, c.ResponsibleDepartmentId,
        departments.GetValueOrDefault(c.ResponsibleDepartmentId, "（未知部门）"), c.State, ContractWords.State(c.State), c.LeadId, c.ProjectId, c.LandedOn,
        overdueMilestones, openProblems, c.CreatedAtUtc);
}
