using InvestmentPipeline.Approvals.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Approvals.Tests;

/// <summary>The real WorkflowCore engine on our store: events before and after a wait, parallel waits, delays, a restart.</summary>
public abstract class WorkflowEngineTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    private static string NewKey() => Guid.NewGuid().ToString("N");

    [Fact]
    public async Task An_event_published_after_the_workflow_started_waiting_completes_it_with_its_typed_data()
    {
        var engine = app.Engine();
        var key = NewKey();
        var id = await engine.StartWorkflow("probe-wait-one", 1, new ProbeData { Key = key });
        await app.WaitUntilWaitingAsync(id);

        await engine.PublishEvent(WaitForOneEvent.Event, key, new ProbeDecision("approved", 1));

        var done = await app.WaitUntilCompleteAsync(id);
        ((ProbeData)done.Data).First.ShouldBe("approved");
        done.ExecutionPointers.Single(p => p.EventName == WaitForOneEvent.Event).EventData.ShouldBe(new ProbeDecision("approved", 1));
    }

    [Fact]
    public async Task An_event_published_before_the_wait_began_is_not_lost()
    {
        var engine = app.Engine();
        var key = NewKey();
        await engine.PublishEvent(WaitForOneEvent.Event, key, new ProbeDecision("early", 1));
        var deadline = DateTime.UtcNow + EngineDriver.Timeout;
        while (!await app.InScopeAsync(sp => sp.GetRequiredService<ApprovalsDbContext>().WorkflowEvents.AnyAsync(e => e.EventKey == key && e.IsProcessed))
               && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100); // nobody waits yet: the engine marks it processed
        }

        var id = await engine.StartWorkflow("probe-wait-one", 1, new ProbeData { Key = key });

        var done = await app.WaitUntilCompleteAsync(id);
        ((ProbeData)done.Data).First.ShouldBe("early");
    }

    [Fact]
    public async Task Two_parallel_branches_each_waiting_for_their_own_event_both_complete()
    {
        var engine = app.Engine();
        var key = NewKey();
        var id = await engine.StartWorkflow("probe-two-branches", 1, new ProbeData { Key = key });
        await app.WaitUntilWaitingAsync(id, events: 2);

        await engine.PublishEvent(WaitInTwoBranches.EventB, key, "环评已批复");
        await engine.PublishEvent(WaitInTwoBranches.EventA, key, "用地预审已通过");

        var done = await app.WaitUntilCompleteAsync(id);
        var data = (ProbeData)done.Data;
        data.First.ShouldBe("用地预审已通过");
        data.Second.ShouldBe("环评已批复");
    }

    [Fact]
    public async Task A_delay_step_resumes_on_the_engines_clock()
    {
        var engine = app.Engine();
        var started = DateTime.UtcNow;
        var id = await engine.StartWorkflow("probe-delay", 1, new ProbeData { Key = NewKey() });

        var done = await app.WaitUntilCompleteAsync(id);

        var resumed = ((ProbeData)done.Data).DelayedAt!.Value;
        (resumed - started).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9));
        done.CompleteTime!.Value.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Fact]
    public async Task A_workflow_waiting_when_the_host_stops_completes_on_the_next_host()
    {
        var first = new AppFactory(app.Kind);
        await ((IAsyncLifetime)first).InitializeAsync();
        AppFactory? second = null;
        try
        {
            var key = NewKey();
            var id = await first.Engine().StartWorkflow("probe-wait-one", 1, new ProbeData { Key = key });
            await first.WaitUntilWaitingAsync(id);
            await first.DisposeAsync(); // stops the engine; the database stays

            second = AppFactory.RestartOn(first);
            await second.Engine().PublishEvent(WaitForOneEvent.Event, key, new ProbeDecision("after restart", 2));

            var done = await second.WaitUntilCompleteAsync(id);
            ((ProbeData)done.Data).First.ShouldBe("after restart");
        }
        finally
        {
            if (second is not null)
            {
                await second.DisposeAsync();
            }

            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }
}

public sealed class WorkflowEngineTestsOnSqlite(SqliteApp app) : WorkflowEngineTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class WorkflowEngineTestsOnPostgres(PostgresApp app) : WorkflowEngineTests<PostgresApp>(app);
