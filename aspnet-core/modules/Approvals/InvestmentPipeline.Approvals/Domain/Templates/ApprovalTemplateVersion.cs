namespace InvestmentPipeline.Approvals.Domain.Templates;

internal enum TemplateVersionStatus
{
    Draft = 1,
    Published = 2,
}

/// <summary>
/// One version of a template's steps. A draft can be edited; a published version never changes, so running
/// approval instances keep the version (by id) they were started on.
/// </summary>
internal sealed class ApprovalTemplateVersion
{
    public Guid Id { get; set; }

    public Guid TemplateId { get; set; }

    /// <summary>1, 2, 3 … within the template.</summary>
    public int Number { get; set; }

    public TemplateVersionStatus Status { get; set; }

    public List<TemplateStep> Steps { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    public bool IsPublished => Status == TemplateVersionStatus.Published;
}
