using System.Text.Json;
using InvestmentPipeline.SharedKernel.Events;

namespace InvestmentPipeline.Infrastructure.Outbox;

/// <summary>An integration event saved with the change that raised it, waiting to be dispatched.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public DateTime OccurredAtUtc { get; set; }

    public required string Type { get; set; }

    public required string Content { get; set; }

    public DateTime? ProcessedAtUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public static OutboxMessage From(IntegrationEvent integrationEvent) => new()
    {
        Id = integrationEvent.Id,
        OccurredAtUtc = integrationEvent.OccurredAtUtc,
        Type = integrationEvent.GetType().AssemblyQualifiedName!,
        Content = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType()),
    };
}

/// <summary>A handler that already received a message; a retry after a partial failure skips it.</summary>
public sealed class OutboxDelivery
{
    public Guid MessageId { get; set; }

    public required string Handler { get; set; }

    public DateTime DeliveredAtUtc { get; set; }
}
