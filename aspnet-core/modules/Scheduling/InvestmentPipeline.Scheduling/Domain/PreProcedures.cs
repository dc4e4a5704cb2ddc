namespace InvestmentPipeline.Scheduling.Domain;

/// <summary>A pending approval step that has used at least 80 % of its working-day limit, as the Approvals module reports it.</summary>
internal sealed record LaggingApprovalStep(string StepName, string DepartmentName, int ElapsedWorkingDays, int TimeLimitDays, DateOnly DueOn, bool Overdue)
{
    /// <summary>The share of the limit used, in %, cut (not rounded) to one decimal so that 79.96 % never reads as 80.</summary>
    public decimal UsedPercent => Math.Floor(ElapsedWorkingDays * 1000m / TimeLimitDays) / 10m;
}

/// <summary>
/// A plan project's 前期手续 on a day: the approval steps lagging then, and when every required step was approved
/// (可入库: its investment may enter the statistics database), if it has been.
/// </summary>
internal sealed record PreProcedureStatus(DateOnly AsOf, IReadOnlyList<LaggingApprovalStep> Lagging, DateOnly? CompletedOn)
{
    public static PreProcedureStatus None(DateOnly asOf) => new(asOf, [], null);
}

/// <summary>
/// 前期手续已完成: Approvals announced that every required step of the project's approvals was approved (or not
/// applicable). One row per project, so a second delivery of the announcement changes nothing.
/// </summary>
internal sealed class PreProceduresCompletion
{
    public Guid ProjectId { get; set; }

    public Guid ApprovalInstanceId { get; set; }

    public DateTime CompletedAtUtc { get; set; }

    public DateTime RecordedAtUtc { get; set; }
}
