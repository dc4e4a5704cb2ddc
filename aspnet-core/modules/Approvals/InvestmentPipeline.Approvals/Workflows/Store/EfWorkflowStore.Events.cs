using Microsoft.EntityFrameworkCore;
using WorkflowCore.Models;

namespace InvestmentPipeline.Approvals.Workflows.Store;

/// <summary>Events and subscriptions. Note the directions: subscriptions at or before asOf, events at or after it.</summary>
internal sealed partial class EfWorkflowStore
{
    public async Task<string> CreateEvent(Event newEvent, CancellationToken cancellationToken = default)
    {
        await using var scope = Open(out var db);
        var row = newEvent.ToStored(Guid.NewGuid());
        db.WorkflowEvents.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        newEvent.Id = row.Id.ToString();
        return newEvent.Id;
    }

    public async Task<Event> GetEvent(string id, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(id, out var guid))
        {
            return null!;
        }

        await using var scope = Open(out var db);
        var row = await db.WorkflowEvents.AsNoTracking().SingleOrDefaultAsync(e => e.Id == guid, cancellationToken);
        return row?.ToEvent()!;
    }

    /// <summary>Unprocessed events at or before asAt.</summary>
    public async Task<IEnumerable<string>> GetRunnableEvents(DateTime asAt, CancellationToken cancellationToken = default)
    {
        var at = StoreTime.Utc(asAt);
        await using var scope = Open(out var db);
        var ids = await db.WorkflowEvents.Where(e => !e.IsProcessed && e.EventTime <= at)
            .OrderBy(e => e.EventTime).Select(e => e.Id).ToListAsync(cancellationToken);
        return ids.ConvertAll(i => i.ToString());
    }

    /// <summary>Events of the name and key at or AFTER asOf: the engine replays those published before a subscription existed.</summary>
    public async Task<IEnumerable<string>> GetEvents(string eventName, string eventKey, DateTime asOf, CancellationToken cancellationToken = default)
    {
        var from = StoreTime.Utc(asOf);
        await using var scope = Open(out var db);
        var ids = await db.WorkflowEvents.Where(e => e.EventName == eventName && e.EventKey == eventKey && e.EventTime >= from)
            .OrderBy(e => e.EventTime).Select(e => e.Id).ToListAsync(cancellationToken);
        return ids.ConvertAll(i => i.ToString());
    }

    public Task MarkEventProcessed(string id, CancellationToken cancellationToken = default) => MarkEvent(id, processed: true, cancellationToken);

    public Task MarkEventUnprocessed(string id, CancellationToken cancellationToken = default) => MarkEvent(id, processed: false, cancellationToken);

    /// <summary>A missing event is a no-op.</summary>
    private async Task MarkEvent(string id, bool processed, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var guid))
        {
            return;
        }

        await using var scope = Open(out var db);
        await db.WorkflowEvents.Where(e => e.Id == guid).ExecuteUpdateAsync(u => u.SetProperty(e => e.IsProcessed, processed), cancellationToken);
    }

    public async Task<string> CreateEventSubscription(EventSubscription subscription, CancellationToken cancellationToken = default)
    {
        await using var scope = Open(out var db);
        var row = subscription.ToStored(Guid.NewGuid());
        db.WorkflowSubscriptions.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        subscription.Id = row.Id.ToString();
        return subscription.Id;
    }

    /// <summary>Exact name and key, subscribed at or before asOf.</summary>
    public async Task<IEnumerable<EventSubscription>> GetSubscriptions(string eventName, string eventKey, DateTime asOf, CancellationToken cancellationToken = default)
    {
        var at = StoreTime.Utc(asOf);
        await using var scope = Open(out var db);
        var rows = await db.WorkflowSubscriptions.AsNoTracking()
            .Where(s => s.EventName == eventName && s.EventKey == eventKey && s.SubscribeAsOf <= at)
            .OrderBy(s => s.SubscribeAsOf).ToListAsync(cancellationToken);
        return rows.ConvertAll(s => s.ToSubscription());
    }

    /// <summary>Terminated subscriptions are deleted, so they never come back; a missing one is a no-op.</summary>
    public async Task TerminateSubscription(string eventSubscriptionId, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(eventSubscriptionId, out var id))
        {
            return;
        }

        await using var scope = Open(out var db);
        await db.WorkflowSubscriptions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<EventSubscription> GetSubscription(string eventSubscriptionId, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(eventSubscriptionId, out var id))
        {
            return null!;
        }

        await using var scope = Open(out var db);
        var row = await db.WorkflowSubscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return row?.ToSubscription()!;
    }

    /// <summary>The oldest matching subscription that no external worker holds.</summary>
    public async Task<EventSubscription> GetFirstOpenSubscription(string eventName, string eventKey, DateTime asOf, CancellationToken cancellationToken = default)
    {
        var at = StoreTime.Utc(asOf);
        await using var scope = Open(out var db);
        var row = await db.WorkflowSubscriptions.AsNoTracking()
            .Where(s => s.EventName == eventName && s.EventKey == eventKey && s.SubscribeAsOf <= at && s.ExternalToken == null)
            .OrderBy(s => s.SubscribeAsOf).FirstOrDefaultAsync(cancellationToken);
        return row?.ToSubscription()!;
    }

    public async Task<bool> SetSubscriptionToken(string eventSubscriptionId, string token, string workerId, DateTime expiry, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(eventSubscriptionId, out var id))
        {
            return false;
        }

        var until = StoreTime.Utc(expiry);
        await using var scope = Open(out var db);
        var updated = await db.WorkflowSubscriptions.Where(s => s.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.ExternalToken, token)
            .SetProperty(s => s.ExternalWorkerId, workerId)
            .SetProperty(s => s.ExternalTokenExpiry, until), cancellationToken);
        return updated == 1;
    }

    /// <summary>Only the holder of the token may clear it: another token (or a missing subscription) is an error.</summary>
    public async Task ClearSubscriptionToken(string eventSubscriptionId, string token, CancellationToken cancellationToken = default)
    {
        var id = Guid.TryParse(eventSubscriptionId, out var guid) ? guid : Guid.Empty;
        await using var scope = Open(out var db);
        var cleared = await db.WorkflowSubscriptions.Where(s => s.Id == id && s.ExternalToken == token).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.ExternalToken, (string?)null)
            .SetProperty(s => s.ExternalWorkerId, (string?)null)
            .SetProperty(s => s.ExternalTokenExpiry, (DateTime?)null), cancellationToken);
        if (cleared == 0)
        {
            throw new InvalidOperationException($"Subscription {eventSubscriptionId} does not hold token {token}.");
        }
    }
}
