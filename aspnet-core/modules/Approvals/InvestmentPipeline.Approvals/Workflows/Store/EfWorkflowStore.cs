using InvestmentPipeline.Approvals.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace InvestmentPipeline.Approvals.Workflows.Store;

/// <summary>
/// WorkflowCore's persistence on the Approvals database (tables <c>Approvals_Wf*</c>), SQLite or PostgreSQL.
/// Stateless: every call opens its own short-lived context in a scope of its own. The contract it honours (ids written
/// back, pointers merged, typed values, UTC times, events found at or after a time) is WorkflowCore's
/// <c>IPersistenceProvider</c>; instances and their pointers are in this file, events, subscriptions and
/// (no) scheduled commands in the other parts.
/// </summary>
internal sealed partial class EfWorkflowStore(IServiceScopeFactory scopes, ApprovalDefinitions definitions) : IPersistenceProvider
{
    public async Task<string> CreateNewWorkflow(WorkflowInstance workflow, CancellationToken cancellationToken = default)
    {
        var id = Guid.NewGuid();
        await using var scope = Open(out var db);
        var stored = new StoredWorkflow { Id = id, WorkflowDefinitionId = workflow.WorkflowDefinitionId };
        stored.CopyFrom(workflow);
        db.WorkflowInstances.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        workflow.Id = id.ToString();
        return workflow.Id;
    }

    public Task PersistWorkflow(WorkflowInstance workflow, CancellationToken cancellationToken = default) =>
        PersistWorkflow(workflow, null!, cancellationToken);

    /// <summary>The instance and its new subscriptions in one SaveChanges, hence one transaction.</summary>
    public async Task PersistWorkflow(WorkflowInstance workflow, List<EventSubscription> subscriptions, CancellationToken cancellationToken = default)
    {
        await using var scope = Open(out var db);
        var id = Guid.Parse(workflow.Id);
        var stored = await db.WorkflowInstances.AsTracking()
            .Include(w => w.ExecutionPointers).ThenInclude(p => p.ExtensionAttributes).AsSplitQuery()
            .SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (stored is null)
        {
            stored = new StoredWorkflow { Id = id, WorkflowDefinitionId = workflow.WorkflowDefinitionId };
            db.WorkflowInstances.Add(stored);
        }

        stored.CopyFrom(workflow);
        var added = new List<(EventSubscription Subscription, Guid Id)>();
        foreach (var subscription in subscriptions ?? [])
        {
            var row = subscription.ToStored(Guid.NewGuid());
            db.WorkflowSubscriptions.Add(row);
            added.Add((subscription, row.Id));
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (subscription, subscriptionId) in added)
        {
            subscription.Id = subscriptionId.ToString();
        }
    }

    public async Task<IEnumerable<string>> GetRunnableInstances(DateTime asAt, CancellationToken cancellationToken = default)
    {
        var now = StoreTime.Utc(asAt).Ticks;
        var runnable = (int)WorkflowStatus.Runnable;
        await using var scope = Open(out var db);
        var ids = await db.WorkflowInstances
            .Where(w => w.NextExecution != null && w.NextExecution <= now && w.Status == runnable)
            .Select(w => w.Id).ToListAsync(cancellationToken);
        return ids.ConvertAll(i => i.ToString());
    }

    [Obsolete("WorkflowCore keeps this for older callers; the engine does not use it.")]
    public async Task<IEnumerable<WorkflowInstance>> GetWorkflowInstances(WorkflowStatus? status, string type, DateTime? createdFrom, DateTime? createdTo, int skip, int take)
    {
        await using var scope = Open(out var db);
        var query = WithPointers(db);
        if (status is { } s)
        {
            query = query.Where(w => w.Status == (int)s);
        }

        if (!string.IsNullOrEmpty(type))
        {
            query = query.Where(w => w.WorkflowDefinitionId == type);
        }

        if (createdFrom is { } from)
        {
            var utc = StoreTime.Utc(from);
            query = query.Where(w => w.CreateTime >= utc);
        }

        if (createdTo is { } to)
        {
            var utc = StoreTime.Utc(to);
            query = query.Where(w => w.CreateTime <= utc);
        }

        var rows = await query.OrderBy(w => w.CreateTime).Skip(skip).Take(take).ToListAsync();
        return rows.ConvertAll(w => w.ToInstance());
    }

    /// <summary>Null for an id that is unknown or not an id at all.</summary>
    public async Task<WorkflowInstance> GetWorkflowInstance(string Id, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(Id, out var id))
        {
            return null!;
        }

        await using var scope = Open(out var db);
        var stored = await WithPointers(db).SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (stored is not null)
        {
            await definitions.EnsureAsync(stored.WorkflowDefinitionId, db, cancellationToken);
        }

        return stored?.ToInstance()!;
    }

    public async Task<IEnumerable<WorkflowInstance>> GetWorkflowInstances(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var guids = (ids ?? []).Select(i => Guid.TryParse(i, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();
        if (guids.Count == 0)
        {
            return [];
        }

        await using var scope = Open(out var db);
        var rows = await WithPointers(db).Where(w => guids.Contains(w.Id)).ToListAsync(cancellationToken);
        foreach (var definitionId in rows.Select(w => w.WorkflowDefinitionId).Distinct())
        {
            await definitions.EnsureAsync(definitionId, db, cancellationToken);
        }

        return rows.ConvertAll(w => w.ToInstance());
    }

    public async Task PersistErrors(IEnumerable<ExecutionError> errors, CancellationToken cancellationToken = default)
    {
        var list = errors?.ToList() ?? [];
        if (list.Count == 0)
        {
            return;
        }

        await using var scope = Open(out var db);
        db.WorkflowErrors.AddRange(list.Select(e => new StoredExecutionError
        {
            Id = Guid.NewGuid(),
            WorkflowId = e.WorkflowId,
            ExecutionPointerId = e.ExecutionPointerId,
            ErrorTime = StoreTime.Utc(e.ErrorTime),
            Message = e.Message,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The tables come with the Approvals migrations, applied at start-up before the engine starts.</summary>
    public void EnsureStoreExists()
    {
    }

    /// <summary>
    /// One query per collection: in a single query SQLite cannot push the instance's id into the pointers-and-attributes
    /// join and reads every pointer of every instance on each load (approvals benchmark, 1,000 instances: 129 ready
    /// after 150 s instead of all after 53 s).
    /// </summary>
    private static IQueryable<StoredWorkflow> WithPointers(ApprovalsDbContext db) =>
        db.WorkflowInstances.AsNoTracking().Include(w => w.ExecutionPointers).ThenInclude(p => p.ExtensionAttributes).AsSplitQuery();

    private AsyncServiceScope Open(out ApprovalsDbContext db)
    {
        var scope = scopes.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        return scope;
    }
}
