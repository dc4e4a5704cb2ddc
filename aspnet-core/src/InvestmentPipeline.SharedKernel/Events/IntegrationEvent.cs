namespace InvestmentPipeline.SharedKernel.Events;

/// <summary>A fact one module publishes for others; written to the outbox with the change that caused it.</summary>
public abstract record IntegrationEvent
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public DateTime OccurredAtUtc { get; init; }
}

public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IntegrationEvent
{
    /// <summary>Must be idempotent: the outbox delivers at least once.</summary>
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
