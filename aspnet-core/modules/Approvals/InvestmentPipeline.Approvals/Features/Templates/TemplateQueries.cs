using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Approvals.Domain.Templates;
using InvestmentPipeline.Identity.Contracts;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Approvals.Features.Templates;

/// <summary>Reads templates and turns them into DTOs, with department names and the rules' verdict.</summary>
internal sealed class TemplateQueries(ApprovalsDbContext db, IDepartmentDirectory departments)
{
    public Task<ApprovalTemplate?> FindAsync(Guid templateId, bool tracked, CancellationToken ct) =>
        (tracked ? db.ApprovalTemplates.AsTracking() : db.ApprovalTemplates.AsNoTracking())
            .Include(t => t.Versions).SingleOrDefaultAsync(t => t.Id == templateId, ct);

    public async Task<List<ApprovalTemplate>> AllAsync(CancellationToken ct) =>
        await db.ApprovalTemplates.AsNoTracking().Include(t => t.Versions).OrderBy(t => t.Regime).ToListAsync(ct);

    /// <summary>Department code → name, for every department that exists.</summary>
    public async Task<IReadOnlyDictionary<string, string>> DepartmentNamesAsync(CancellationToken ct) =>
        (await departments.GetAllAsync(ct)).ToDictionary(d => d.Code, d => d.Name, StringComparer.Ordinal);

    public static IReadOnlyList<TemplateRuleError> Validate(IReadOnlyList<TemplateStep> steps, IReadOnlyDictionary<string, string> departmentNames) =>
        TemplateRules.Validate(steps, departmentNames.Keys.ToHashSet(StringComparer.Ordinal));

    /// <summary>A refused draft or publication: each message under its step's field, whole-template rules under <c>steps</c>.</summary>
    public static Dictionary<string, string[]> ByField(IReadOnlyList<TemplateRuleError> errors) =>
        errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);

    public static TemplateSummaryDto ToSummary(ApprovalTemplate t) => new(
        t.Id, t.Regime, t.Name, t.CurrentVersion is { } current ? ToSummary(t, current) : null, t.Draft is { } draft ? ToSummary(t, draft) : null,
        t.ConcurrencyStamp);

    public static TemplateVersionSummaryDto ToSummary(ApprovalTemplate t, ApprovalTemplateVersion v) =>
        new(v.Id, v.Number, v.Status.ToString(), v.Id == t.CurrentVersionId, v.Steps.Count, v.CreatedAt, v.PublishedAt);

    public static TemplateVersionDto ToDto(ApprovalTemplate t, ApprovalTemplateVersion v, IReadOnlyDictionary<string, string> departmentNames)
    {
        var errors = Validate(v.Steps, departmentNames);
        var steps = v.Steps.Select(s => new TemplateStepDto(
            s.Code, s.Name, s.DepartmentCode, departmentNames.GetValueOrDefault(s.DepartmentCode), s.TimeLimitDays, s.RequiredDocuments, s.Prerequisites,
            s.Source.ToString(), s.Basis)).ToList();
        return new TemplateVersionDto(
            v.Id, t.Id, t.Regime, t.Name, v.Number, v.Status.ToString(), v.Id == t.CurrentVersionId, v.CreatedAt, v.PublishedAt, steps,
            new TemplateValidationDto(errors.Count == 0, [.. errors.Select(e => e.Message)]), t.ConcurrencyStamp);
    }

    public static TemplateStep ToStep(TemplateStepRequest r) => new()
    {
        Code = r.Code.Trim(),
        Name = r.Name.Trim(),
        DepartmentCode = r.DepartmentCode.Trim(),
        TimeLimitDays = r.TimeLimitDays,
        RequiredDocuments = [.. r.RequiredDocuments.Select(d => d.Trim())],
        Prerequisites = [.. r.Prerequisites.Select(p => p.Trim()).Distinct()],
        Source = Enum.Parse<StepRuleSource>(r.Source),
        Basis = r.Basis.Trim(),
    };
}
