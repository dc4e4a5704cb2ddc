using WorkflowCore.Models;

namespace InvestmentPipeline.Approvals.Workflows.Store;

/// <summary>Between the engine's models and the stored rows. Saving merges: pointers by id, attributes by key.</summary>
internal static class StoredWorkflowMapping
{
    public static void CopyFrom(this StoredWorkflow stored, WorkflowInstance instance)
    {
        stored.WorkflowDefinitionId = instance.WorkflowDefinitionId;
        stored.Version = instance.Version;
        stored.Description = instance.Description;
        stored.Reference = instance.Reference;
        stored.NextExecution = instance.NextExecution;
        stored.Status = (int)instance.Status;
        stored.Data = TypedJson.Write(instance.Data);
        stored.CreateTime = StoreTime.Utc(instance.CreateTime);
        stored.CompleteTime = StoreTime.Utc(instance.CompleteTime);

        var ordinal = stored.ExecutionPointers.Count == 0 ? 0 : stored.ExecutionPointers.Max(p => p.Ordinal) + 1;
        foreach (var pointer in instance.ExecutionPointers)
        {
            pointer.Id ??= Guid.NewGuid().ToString();
            var row = stored.ExecutionPointers.FirstOrDefault(p => p.Id == pointer.Id);
            if (row is null)
            {
                row = new StoredExecutionPointer { Id = pointer.Id, WorkflowId = stored.Id, Ordinal = ordinal++ };
                stored.ExecutionPointers.Add(row);
            }

            row.CopyFrom(pointer);
        }
    }

    private static void CopyFrom(this StoredExecutionPointer row, ExecutionPointer pointer)
    {
        row.StepId = pointer.StepId;
        row.Active = pointer.Active;
        row.SleepUntil = StoreTime.Utc(pointer.SleepUntil);
        row.PersistenceData = TypedJson.Write(pointer.PersistenceData);
        row.StartTime = StoreTime.Utc(pointer.StartTime);
        row.EndTime = StoreTime.Utc(pointer.EndTime);
        row.EventName = pointer.EventName;
        row.EventKey = pointer.EventKey;
        row.EventPublished = pointer.EventPublished;
        row.EventData = TypedJson.Write(pointer.EventData);
        row.StepName = pointer.StepName;
        row.RetryCount = pointer.RetryCount;
        row.Children = [.. pointer.Children ?? []];
        row.ContextItem = TypedJson.Write(pointer.ContextItem);
        row.PredecessorId = pointer.PredecessorId;
        row.Outcome = TypedJson.Write(pointer.Outcome);
        row.Status = (int)pointer.Status;
        row.Scope = [.. pointer.Scope ?? []];
        foreach (var (key, value) in pointer.ExtensionAttributes ?? [])
        {
            var attribute = row.ExtensionAttributes.FirstOrDefault(a => a.Key == key);
            if (attribute is null)
            {
                attribute = new StoredExtensionAttribute { ExecutionPointerId = row.Id, Key = key };
                row.ExtensionAttributes.Add(attribute);
            }

            attribute.Value = TypedJson.Write(value);
        }
    }

    public static WorkflowInstance ToInstance(this StoredWorkflow stored) => new()
    {
        Id = stored.Id.ToString(),
        WorkflowDefinitionId = stored.WorkflowDefinitionId,
        Version = stored.Version,
        Description = stored.Description,
        Reference = stored.Reference,
        NextExecution = stored.NextExecution,
        Status = (WorkflowStatus)stored.Status,
        Data = TypedJson.Read(stored.Data),
        CreateTime = stored.CreateTime,
        CompleteTime = stored.CompleteTime,
        ExecutionPointers = new ExecutionPointerCollection(stored.ExecutionPointers.OrderBy(p => p.Ordinal).Select(ToPointer).ToList()),
    };

    private static ExecutionPointer ToPointer(StoredExecutionPointer row) => new()
    {
        Id = row.Id,
        StepId = row.StepId,
        Active = row.Active,
        SleepUntil = row.SleepUntil,
        PersistenceData = TypedJson.Read(row.PersistenceData),
        StartTime = row.StartTime,
        EndTime = row.EndTime,
        EventName = row.EventName,
        EventKey = row.EventKey,
        EventPublished = row.EventPublished,
        EventData = TypedJson.Read(row.EventData),
        StepName = row.StepName,
        RetryCount = row.RetryCount,
        Children = [.. row.Children],
        ContextItem = TypedJson.Read(row.ContextItem),
        PredecessorId = row.PredecessorId,
        Outcome = TypedJson.Read(row.Outcome),
        Status = (PointerStatus)row.Status,
        Scope = [.. row.Scope],
        ExtensionAttributes = row.ExtensionAttributes.ToDictionary(a => a.Key, a => TypedJson.Read(a.Value)!),
    };

    public static StoredEvent ToStored(this Event e, Guid id) => new()
    {
        Id = id,
        EventName = e.EventName,
        EventKey = e.EventKey,
        EventData = TypedJson.Write(e.EventData),
        EventTime = StoreTime.Utc(e.EventTime),
        IsProcessed = e.IsProcessed,
    };

    public static Event ToEvent(this StoredEvent row) => new()
    {
        Id = row.Id.ToString(),
        EventName = row.EventName,
        EventKey = row.EventKey,
        EventData = TypedJson.Read(row.EventData),
        EventTime = row.EventTime,
        IsProcessed = row.IsProcessed,
    };

    public static StoredSubscription ToStored(this EventSubscription s, Guid id) => new()
    {
        Id = id,
        WorkflowId = s.WorkflowId,
        StepId = s.StepId,
        ExecutionPointerId = s.ExecutionPointerId,
        EventName = s.EventName,
        EventKey = s.EventKey,
        SubscribeAsOf = StoreTime.Utc(s.SubscribeAsOf),
        SubscriptionData = TypedJson.Write(s.SubscriptionData),
        ExternalToken = s.ExternalToken,
        ExternalWorkerId = s.ExternalWorkerId,
        ExternalTokenExpiry = StoreTime.Utc(s.ExternalTokenExpiry),
    };

    public static EventSubscription ToSubscription(this StoredSubscription row) => new()
    {
        Id = row.Id.ToString(),
        WorkflowId = row.WorkflowId,
        StepId = row.StepId,
        ExecutionPointerId = row.ExecutionPointerId,
        EventName = row.EventName,
        EventKey = row.EventKey,
        SubscribeAsOf = row.SubscribeAsOf,
        SubscriptionData = TypedJson.Read(row.SubscriptionData),
        ExternalToken = row.ExternalToken,
        ExternalWorkerId = row.ExternalWorkerId,
        ExternalTokenExpiry = row.ExternalTokenExpiry,
    };
}

/// <summary>
/// Every stored instant is UTC. Local values are converted (not relabelled); Unspecified ones are taken as UTC,
/// which keeps <see cref="DateTime.MaxValue"/>/<see cref="DateTime.MinValue"/> as they are.
/// </summary>
internal static class StoreTime
{
    public static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    public static DateTime? Utc(DateTime? value) => value is { } v ? Utc(v) : null;
}
