using System.Text.Json;
using Hangfire;
using InvestmentPipeline.SharedKernel.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InvestmentPipeline.Infrastructure.Outbox;

/// <summary>Delivers one module's pending outbox messages to every handler, at least once, in order of occurrence.</summary>
public sealed class OutboxDispatcher<TContext>(TContext db, IServiceProvider services, TimeProvider time, ILogger<OutboxDispatcher<TContext>> logger)
    where TContext : DbContext
{
    public const int MaxAttempts = 10;
    private const int BatchSize = 100;

    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        var pending = await db.Set<OutboxMessage>()
            .Where(m => m.ProcessedAtUtc == null && m.Attempts < MaxAttempts)
            .OrderBy(m => m.OccurredAtUtc)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var dispatched = 0;
        foreach (var message in pending)
        {
            if (await DeliverAsync(message, cancellationToken))
            {
                message.ProcessedAtUtc = time.GetUtcNow().UtcDateTime;
                dispatched++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return dispatched;
    }

    private async Task<bool> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var eventType = Type.GetType(message.Type, throwOnError: true)!;
            var integrationEvent = (IntegrationEvent)JsonSerializer.Deserialize(message.Content, eventType)!;
            var handlerType = typeof(IIntegrationEventHandler<>).MakeGenericType(eventType);
            var delivered = await db.Set<OutboxDelivery>()
                .Where(d => d.MessageId == message.Id)
                .Select(d => d.Handler)
                .ToListAsync(cancellationToken);

            foreach (var handler in services.GetServices(handlerType).OfType<object>())
            {
                var name = handler.GetType().FullName!;
                if (delivered.Contains(name))
                {
                    continue;
                }

                var handle = handlerType.GetMethod(nameof(IIntegrationEventHandler<IntegrationEvent>.HandleAsync))!;
                await (Task)handle.Invoke(handler, [integrationEvent, cancellationToken])!;
                db.Set<OutboxDelivery>().Add(new OutboxDelivery { MessageId = message.Id, Handler = name, DeliveredAtUtc = time.GetUtcNow().UtcDateTime });
                await db.SaveChangesAsync(cancellationToken);
            }

            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A delivery row that failed to save (e.g. another dispatcher recorded it first) must not poison the
            // next SaveChanges; it is read back on the next attempt.
            foreach (var failed in db.ChangeTracker.Entries<OutboxDelivery>().Where(e => e.State == EntityState.Added).ToList())
            {
                failed.State = EntityState.Detached;
            }

            var cause = ex is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : ex;
            logger.LogError(cause, "Outbox message {MessageId} ({Type}) failed", message.Id, message.Type);
            message.Attempts++;
            message.LastError = cause.Message.Length > 2000 ? cause.Message[..2000] : cause.Message;
            return false;
        }
    }
}
