using InvestmentPipeline.Reserve.Contracts;

namespace InvestmentPipeline.Approvals.Domain.Templates;

/// <summary>
/// 审批模板: the approval steps of one regime (审批制/核准制/备案制), as versions. At most one draft at a time;
/// publishing it makes it the current version. The template with its versions is one aggregate, guarded by
/// one concurrency stamp.
/// </summary>
internal sealed class ApprovalTemplate
{
    public Guid Id { get; set; }

    public InvestmentRegime Regime { get; set; }

    public required string Name { get; set; }

    public Guid? CurrentVersionId { get; set; }

    public List<ApprovalTemplateVersion> Versions { get; set; } = [];

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public ApprovalTemplateVersion? CurrentVersion => Versions.SingleOrDefault(v => v.Id == CurrentVersionId);

    public ApprovalTemplateVersion? Draft => Versions.SingleOrDefault(v => v.Status == TemplateVersionStatus.Draft);

    /// <summary>
    /// Replaces the steps of the draft, or starts a new draft when there is none (a published version is never
    /// edited). The caller validates the steps first.
    /// </summary>
    public ApprovalTemplateVersion SaveDraft(IEnumerable<TemplateStep> steps, DateTime now)
    {
        var draft = Draft;
        if (draft is null)
        {
            draft = new ApprovalTemplateVersion
            {
                Id = Guid.NewGuid(),
                TemplateId = Id,
                Number = Versions.Count == 0 ? 1 : Versions.Max(v => v.Number) + 1,
                Status = TemplateVersionStatus.Draft,
                CreatedAt = now,
            };
            Versions.Add(draft);
        }

        draft.Steps = [.. steps];
        ConcurrencyStamp = Guid.NewGuid();
        return draft;
    }

    /// <summary>Freezes the draft and makes it the current version; the previous current version stays as it was.</summary>
    public ApprovalTemplateVersion Publish(Guid versionId, DateTime now)
    {
        var version = Versions.SingleOrDefault(v => v.Id == versionId)
            ?? throw new InvalidOperationException($"模板版本 {versionId} 不属于该模板。");
        if (version.IsPublished)
        {
            throw new InvalidOperationException($"第 {version.Number} 版已发布，已发布的版本不能再次发布或修改。");
        }

        version.Status = TemplateVersionStatus.Published;
        version.PublishedAt = now;
        CurrentVersionId = version.Id;
        ConcurrencyStamp = Guid.NewGuid();
        return version;
    }
}
