namespace InvestmentPipeline.Approvals.Workflows.Store;

internal sealed class StoredEvent
{
    public Guid Id { get; set; }

    public required string EventName { get; set; }

    public string? EventKey { get; set; }

    public string? EventData { get; set; }

    public DateTime EventTime { get; set; }

    public bool IsProcessed { get; set; }
}

internal sealed class StoredSubscription
{
    public Guid Id { get; set; }

    public required string WorkflowId { get; set; }

    public int StepId { get; set; }

    public string? ExecutionPointerId { get; set; }

    public required string EventName { get; set; }

    public string? EventKey { get; set; }

    public DateTime SubscribeAsOf { get; set; }

    public string? SubscriptionData { get; set; }

    public string? ExternalToken { get; set; }

    public string? ExternalWorkerId { get; set; }

    public DateTime? ExternalTokenExpiry { get; set; }
}

internal sealed class StoredExecutionError
{
    public Guid Id { get; set; }

    public string? WorkflowId { get; set; }

    public string? ExecutionPointerId { get; set; }

    public DateTime ErrorTime { get; set; }

    public string? Message { get; set; }
}
