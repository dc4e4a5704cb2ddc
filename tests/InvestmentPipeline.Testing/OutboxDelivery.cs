using InvestmentPipeline.Infrastructure.Outbox;
using InvestmentPipeline.SharedKernel.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Testing;

/// <summary>Integration events sent through a module's real outbox and its dispatcher, as the background job sends them.</summary>
public static class OutboxDeliveries
{
    /// <summary>
    /// Writes each event to the outbox of <typeparamref name="TContext"/> in one SaveChanges and waits until the host's
    /// dispatcher job (enqueued by that commit, swept every minute) has processed them all, delivering each to every handler.
    /// </summary>
    public static async Task DeliverAsync<TContext>(this AppFactory app, params IntegrationEvent[] events)
        where TContext : DbContext
    {
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TContext>();
            foreach (var integrationEvent in events)
            {
                db.AddIntegrationEvent(integrationEvent);
            }

            return await db.SaveChangesAsync();
        });
        var ids = events.Select(e => e.Id).ToList();
        for (var attempt = 0; attempt < 900; attempt++)
        {
            var pending = await app.InScopeAsync(sp => sp.GetRequiredService<TContext>().Set<OutboxMessage>()
                .CountAsync(m => ids.Contains(m.Id) && m.ProcessedAtUtc == null));
            if (pending == 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The outbox did not deliver the events within 90 s.");
    }
}
