using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace InvestmentPipeline.Approvals.Tests;

/// <summary>
/// The store's contract points called directly (the engine runs beside it, so every test uses its own names,
/// keys and far-future times it will never touch).
/// </summary>
public abstract class WorkflowStoreTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    private IPersistenceProvider Store => app.Store();

    private static string Unique(string name) => $"{name}-{Guid.NewGuid():N}";

    private static WorkflowInstance NewInstance(params ExecutionPointer[] pointers) => new()
    {
        WorkflowDefinitionId = Unique("store-test"),
        Version = 1,
        Status = WorkflowStatus.Suspended,
        Data = new ProbeData { Key = "k", DelayedAt = new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc) },
        CreateTime = DateTime.UtcNow,
        ExecutionPointers = new ExecutionPointerCollection(pointers),
    };

    private static ExecutionPointer Pointer(int stepId) => new() { Id = Guid.NewGuid().ToString(), StepId = stepId, Active = true, Status = PointerStatus.Pending };

    [Fact]
    public async Task Created_ids_are_written_back_onto_the_objects_passed_in()
    {
        var instance = NewInstance(Pointer(0));
        var id = await Store.CreateNewWorkflow(instance);
        var e = new Event { EventName = Unique("ev"), EventKey = "k", EventTime = DateTime.UtcNow.AddYears(5) };
        var eventId = await Store.CreateEvent(e);
        var subscription = new EventSubscription { WorkflowId = id, EventName = Unique("sub"), EventKey = "k", SubscribeAsOf = DateTime.UtcNow };
        var subscriptionId = await Store.CreateEventSubscription(subscription);
        var inSave = new EventSubscription { WorkflowId = id, EventName = Unique("sub"), EventKey = "k", SubscribeAsOf = DateTime.UtcNow };
        await Store.PersistWorkflow(instance, [inSave]);
        await Store.PersistWorkflow(instance, null!);

        instance.Id.ShouldBe(id);
        e.Id.ShouldBe(eventId);
        subscription.Id.ShouldBe(subscriptionId);
        inSave.Id.ShouldNotBeNullOrEmpty();
        (await Store.GetSubscription(inSave.Id)).WorkflowId.ShouldBe(id);
        (await Store.GetEvent(eventId)).EventName.ShouldBe(e.EventName);
    }

    [Fact]
    public async Task Saving_merges_pointers_by_id_upserts_attributes_and_keeps_typed_values_and_scope_order()
    {
        var first = Pointer(0);
        first.Scope = ["inner", "middle", "outer"];
        first.ExtensionAttributes["round"] = 1;
        var instance = NewInstance(first);
        var id = await Store.CreateNewWorkflow(instance);

        var loaded = await Store.GetWorkflowInstance(id);
        var again = loaded.ExecutionPointers.Single();
        again.Status = PointerStatus.Complete;
        again.Outcome = 2;
        again.PersistenceData = new ProbeDecision("returned", 2);
        again.ExtensionAttributes["round"] = 2;
        again.ExtensionAttributes["by"] = "NRB";
        var second = Pointer(1);
        second.EventData = new ProbeDecision("approved", 1);
        second.ContextItem = 42L;
        loaded.ExecutionPointers.Add(second);
        await Store.PersistWorkflow(loaded);

        var stored = await Store.GetWorkflowInstance(id);
        stored.ExecutionPointers.Select(p => p.Id).ShouldBe([first.Id, second.Id]);
        var merged = stored.ExecutionPointers.FindById(first.Id);
        merged.Status.ShouldBe(PointerStatus.Complete);
        merged.Outcome.ShouldBeOfType<int>().ShouldBe(2);
        merged.PersistenceData.ShouldBe(new ProbeDecision("returned", 2));
        merged.Scope.ShouldBe(["inner", "middle", "outer"]);
        merged.ExtensionAttributes.ShouldBe(new Dictionary<string, object> { ["round"] = 2, ["by"] = "NRB" }, ignoreOrder: true);
        var added = stored.ExecutionPointers.FindById(second.Id);
        added.EventData.ShouldBe(new ProbeDecision("approved", 1));
        added.ContextItem.ShouldBeOfType<long>().ShouldBe(42L);
        var data = stored.Data.ShouldBeOfType<ProbeData>();
        data.DelayedAt.ShouldBe(new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc));
        data.DelayedAt!.Value.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Fact]
    public async Task An_unknown_instance_is_null()
    {
        (await Store.GetWorkflowInstance(Guid.NewGuid().ToString())).ShouldBeNull();
        (await Store.GetWorkflowInstance("not-an-id")).ShouldBeNull();
        (await Store.GetEvent(Guid.NewGuid().ToString())).ShouldBeNull();
        (await Store.GetSubscription(Guid.NewGuid().ToString())).ShouldBeNull();
        await Store.MarkEventProcessed(Guid.NewGuid().ToString()); // a missing event is a no-op
    }

    [Fact]
    public async Task Runnable_instances_are_those_runnable_and_due()
    {
        var due = DateTime.UtcNow.AddYears(10);
        var runnable = NewInstance(Pointer(0));
        runnable.Status = WorkflowStatus.Runnable;
        runnable.NextExecution = due.Ticks;
        var suspended = NewInstance(Pointer(0));
        suspended.NextExecution = due.Ticks;
        await Store.CreateNewWorkflow(runnable);
        await Store.CreateNewWorkflow(suspended);

        (await Store.GetRunnableInstances(due.AddSeconds(1))).ShouldContain(runnable.Id);
        (await Store.GetRunnableInstances(due.AddSeconds(1))).ShouldNotContain(suspended.Id);
        (await Store.GetRunnableInstances(due.AddSeconds(-1))).ShouldNotContain(runnable.Id);
    }

    [Fact]
    public async Task Events_are_found_at_or_after_asOf_and_runnable_ones_at_or_before()
    {
        var name = Unique("ev");
        var t0 = DateTime.UtcNow.AddYears(20);
        var before = new Event { EventName = name, EventKey = "k", EventTime = t0.AddHours(-1) };
        var after = new Event { EventName = name, EventKey = "k", EventTime = t0.AddHours(1).ToLocalTime() };
        var otherKey = new Event { EventName = name, EventKey = "other", EventTime = t0.AddHours(1) };
        await Store.CreateEvent(before);
        await Store.CreateEvent(after);
        await Store.CreateEvent(otherKey);

        (await Store.GetEvents(name, "k", t0)).ShouldBe([after.Id]);
        (await Store.GetEvents(name, "k", DateTime.SpecifyKind(t0, DateTimeKind.Unspecified))).ShouldBe([after.Id]);
        var runnable = (await Store.GetRunnableEvents(t0)).ToList();
        runnable.ShouldContain(before.Id);
        runnable.ShouldNotContain(after.Id);
        await Store.MarkEventProcessed(before.Id);
        (await Store.GetRunnableEvents(t0)).ShouldNotContain(before.Id);
        (await Store.GetEvent(after.Id)).EventTime.ShouldBe(t0.AddHours(1), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Subscriptions_match_exactly_at_or_before_asOf_and_terminated_ones_never_come_back()
    {
        var name = Unique("sub");
        var now = DateTime.UtcNow;
        var early = new EventSubscription { WorkflowId = "w", EventName = name, EventKey = "k", SubscribeAsOf = now.AddMinutes(-5), SubscriptionData = new ProbeDecision("d", 1) };
        var late = new EventSubscription { WorkflowId = "w", EventName = name, EventKey = "k", SubscribeAsOf = now.AddMinutes(5) };
        await Store.CreateEventSubscription(early);
        await Store.CreateEventSubscription(late);

        var found = (await Store.GetSubscriptions(name, "k", now)).ToList();
        found.Select(s => s.Id).ShouldBe([early.Id]);
        found[0].SubscriptionData.ShouldBe(new ProbeDecision("d", 1));
        (await Store.GetSubscriptions(name, "K", now)).ShouldBeEmpty();
        (await Store.GetSubscriptions(name, "k", DateTime.MaxValue)).Count().ShouldBe(2); // Unspecified MaxValue is accepted

        await Store.TerminateSubscription(early.Id);
        (await Store.GetSubscriptions(name, "k", DateTime.MaxValue)).Select(s => s.Id).ShouldBe([late.Id]);
        (await Store.GetSubscription(early.Id)).ShouldBeNull();
    }

    [Fact]
    public async Task A_subscription_token_is_taken_and_cleared_only_by_its_holder()
    {
        var name = Unique("sub");
        var subscription = new EventSubscription { WorkflowId = "w", EventName = name, EventKey = "k", SubscribeAsOf = DateTime.UtcNow.AddMinutes(-1) };
        await Store.CreateEventSubscription(subscription);

        (await Store.SetSubscriptionToken(subscription.Id, "token-1", "worker-1", DateTime.UtcNow.AddMinutes(5))).ShouldBeTrue();
        (await Store.GetFirstOpenSubscription(name, "k", DateTime.UtcNow)).ShouldBeNull();
        (await Store.GetSubscription(subscription.Id)).ExternalWorkerId.ShouldBe("worker-1");
        await Should.ThrowAsync<InvalidOperationException>(() => Store.ClearSubscriptionToken(subscription.Id, "token-2"));
        await Store.ClearSubscriptionToken(subscription.Id, "token-1");

        (await Store.GetFirstOpenSubscription(name, "k", DateTime.UtcNow)).Id.ShouldBe(subscription.Id);
    }
}

public sealed class WorkflowStoreTestsOnSqlite(SqliteApp app) : WorkflowStoreTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class WorkflowStoreTestsOnPostgres(PostgresApp app) : WorkflowStoreTests<PostgresApp>(app);
