using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Approvals.Domain.Instances;

/// <summary>
/// A file carried by a decision (批复文件, 补正通知…). Uploaded first, by the user who will decide, for one step; the
/// decision that names it takes it (in the decision's own transaction), so a repeated decision attaches nothing twice.
/// </summary>
internal sealed class ApprovalAttachment
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public Guid StepId { get; set; }

    /// <summary>Null until a decision takes it.</summary>
    public Guid? DecisionId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public int Size { get; set; }

    public required string StoredPath { get; set; }

    public Guid UploadedById { get; set; }

    public DateTime UploadedAt { get; set; }

    /// <summary>PDF, JPEG or PNG by the file's content (its name and declared type are not trusted); null otherwise.</summary>
    public static string? TypeOf(ReadOnlySpan<byte> content) =>
        FileSignature.TypeOf(content) is (FileSignature.Pdf or FileSignature.Jpeg or FileSignature.Png) and var type ? type : null;
}
