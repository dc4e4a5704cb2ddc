namespace InvestmentPipeline.Approvals.Workflows.Store;

/// <summary>An execution pointer of a stored instance, matched by the engine's id when the instance is saved again.</summary>
internal sealed class StoredExecutionPointer
{
    public required string Id { get; set; }

    public Guid WorkflowId { get; set; }

    /// <summary>The order pointers were first stored in, so an instance loads them back in the same order.</summary>
    public int Ordinal { get; set; }

    public int StepId { get; set; }

    public bool Active { get; set; }

    public DateTime? SleepUntil { get; set; }

    public string? PersistenceData { get; set; }

    public DateTime? StartTime { get; set; }

    public DateTime? EndTime { get; set; }

    public string? EventName { get; set; }

    public string? EventKey { get; set; }

    public bool EventPublished { get; set; }

    public string? EventData { get; set; }

    public string? StepName { get; set; }

    public int RetryCount { get; set; }

    public List<string> Children { get; set; } = [];

    public string? ContextItem { get; set; }

    public string? PredecessorId { get; set; }

    public string? Outcome { get; set; }

    public int Status { get; set; }

    /// <summary>Innermost frame first, as the engine builds it; kept in order.</summary>
    public List<string> Scope { get; set; } = [];

    public List<StoredExtensionAttribute> ExtensionAttributes { get; set; } = [];
}

internal sealed class StoredExtensionAttribute
{
    public required string ExecutionPointerId { get; set; }

    public required string Key { get; set; }

    public string? Value { get; set; }
}
