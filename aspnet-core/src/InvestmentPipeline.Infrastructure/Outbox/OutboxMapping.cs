using InvestmentPipeline.SharedKernel.Events;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Infrastructure.Outbox;

public static class OutboxMapping
{
    public static void MapOutbox(this ModelBuilder modelBuilder, string tablePrefix)
    {
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable($"{tablePrefix}_OutboxMessages");
            b.HasKey(m => m.Id);
            b.Property(m => m.Type).HasMaxLength(512);
            b.Property(m => m.LastError).HasMaxLength(2000);
            b.HasIndex(m => new { m.ProcessedAtUtc, m.OccurredAtUtc });
        });
        modelBuilder.Entity<OutboxDelivery>(b =>
        {
            b.ToTable($"{tablePrefix}_OutboxDeliveries");
            b.HasKey(d => new { d.MessageId, d.Handler });
            b.Property(d => d.Handler).HasMaxLength(256);
        });
    }

    /// <summary>Queues the event in this context's outbox; it is saved by the same SaveChanges as the change.</summary>
    public static void AddIntegrationEvent(this DbContext context, IntegrationEvent integrationEvent) =>
        context.Set<OutboxMessage>().Add(OutboxMessage.From(integrationEvent));
}
