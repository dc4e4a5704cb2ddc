using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InvestmentPipeline.Infrastructure.Outbox;

/// <summary>
/// After a commit that wrote outbox rows, asks Hangfire to dispatch them now rather than at the next sweep.
/// The recurring sweep stays the safety net if this enqueue is lost.
/// </summary>
public sealed class OutboxEnqueueInterceptor<TContext>(IBackgroundJobClient jobs) : SaveChangesInterceptor
    where TContext : DbContext
{
    private bool hasNewMessages;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Enqueue();
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Enqueue();
        return result;
    }

    private void Remember(DbContext? context) =>
        hasNewMessages = context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added) == true;

    private void Enqueue()
    {
        if (hasNewMessages)
        {
            hasNewMessages = false;
            jobs.Enqueue<OutboxDispatcher<TContext>>(d => d.DispatchAsync(CancellationToken.None));
        }
    }
}
