namespace InvestmentPipeline.Scheduling.Domain;

/// <summary>
/// A generated 调度会通报: the figures as known at the meeting, kept as a JSON snapshot so that the brief re-opens
/// unchanged after the reports are revised. The document is rendered from the snapshot, never from live data.
/// </summary>
internal sealed class Brief
{
    public Guid Id { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public required string Title { get; set; }

    public DateTime GeneratedAtUtc { get; set; }

    public string? GeneratedBy { get; set; }

    public required string Snapshot { get; set; }
}
