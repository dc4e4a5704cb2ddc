using System.Data.Common;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InvestmentPipeline.Infrastructure.Outbox;

/// <summary>
/// After a commit that wrote outbox rows, asks Hangfire to dispatch them now rather than at the next sweep.
/// Inside an explicit transaction it waits for the commit, so the job never looks before the rows are visible.
/// The recurring sweep stays the safety net if this enqueue is lost.
/// </summary>
public sealed class OutboxEnqueueInterceptor<TContext>(IBackgroundJobClient jobs) : SaveChangesInterceptor, IDbTransactionInterceptor
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
        EnqueueUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EnqueueUnlessInTransaction(eventData.Context);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Enqueue();
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Enqueue();

    private void EnqueueUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Enqueue();
        }
    }

    private void Remember(DbContext? context) =>
        hasNewMessages |= context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added) == true;

    private void Enqueue()
    {
        if (hasNewMessages)
        {
            hasNewMessages = false;
            jobs.Enqueue<OutboxDispatcher<TContext>>(d => d.DispatchAsync(CancellationToken.None));
        }
    }
}
