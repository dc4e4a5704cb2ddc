namespace InvestmentPipeline.Approvals.Workflows.Store;

/// <summary>A WorkflowCore instance as stored; typed values are <see cref="TypedJson"/> text.</summary>
internal sealed class StoredWorkflow
{
    public Guid Id { get; set; }

    public required string WorkflowDefinitionId { get; set; }

    public int Version { get; set; }

    public string? Description { get; set; }

    public string? Reference { get; set; }

    /// <summary>UTC ticks, as the engine keeps it.</summary>
    public long? NextExecution { get; set; }

    public int Status { get; set; }

    public string? Data { get; set; }

    public DateTime CreateTime { get; set; }

    public DateTime? CompleteTime { get; set; }

    public List<StoredExecutionPointer> ExecutionPointers { get; set; } = [];
}
