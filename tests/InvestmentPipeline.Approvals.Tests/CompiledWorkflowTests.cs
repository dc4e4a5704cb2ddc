using InvestmentPipeline.Approvals.Domain.Instances;
using InvestmentPipeline.Approvals.Domain.Templates;
using InvestmentPipeline.Approvals.Workflows;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace InvestmentPipeline.Approvals.Tests;

/// <summary>
/// A template compiled into a WorkflowCore definition, driven by events alone: the DAG A→C, A→D, B→D (not
/// series-parallel) completes whatever order its events arrive in, including decisions published before their
/// step waits for them and a 补正 round.
/// </summary>
public abstract class CompiledWorkflowTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    private static TemplateStep Step(string code, params string[] prerequisites) =>
        new() { Code = code, Name = code, DepartmentCode = "DRC", TimeLimitDays = 5, Prerequisites = prerequisites };

    private static readonly TemplateStep[] Dag = [Step("A"), Step("B"), Step("C", "A"), Step("D", "A", "B")];

    private async Task<(IWorkflowHost Engine, Guid InstanceId, string WorkflowId)> StartAsync()
    {
        var versionId = Guid.NewGuid(); // no version row: the definition is registered here directly
        app.Services.GetRequiredService<IWorkflowRegistry>().RegisterWorkflow(new CompiledApprovalWorkflow(versionId, Dag));
        var engine = app.Services.GetRequiredService<IWorkflowHost>();
        var instanceId = Guid.NewGuid();
        var id = await engine.StartWorkflow(CompiledApprovalWorkflow.IdOf(versionId), CompiledApprovalWorkflow.DefinitionVersion, new ApprovalWorkflowData { InstanceId = instanceId });
        return (engine, instanceId, id);
    }

    private static async Task ApproveAsync(IWorkflowHost engine, Guid instanceId, string code, int round = 1)
    {
        await engine.PublishEvent(EngineEvent.DecisionEvent, EngineEvent.DecisionKey(instanceId, code, round), nameof(DecisionKind.Approve));
        await engine.PublishEvent(EngineEvent.StepDoneEvent, EngineEvent.StepDoneKey(instanceId, code), null);
    }

    [Fact]
    public async Task The_dag_completes_when_decisions_arrive_in_dependency_order()
    {
        var (engine, instanceId, id) = await StartAsync();
        await app.WaitUntilWaitingAsync(id, events: 4); // A and B wait for their decision, C and D for A

        await ApproveAsync(engine, instanceId, "B");
        await app.WaitUntilWaitingAsync(id, events: 3); // B is done; D still waits for A
        await ApproveAsync(engine, instanceId, "A");
        await ApproveAsync(engine, instanceId, "D");
        await ApproveAsync(engine, instanceId, "C");

        var done = await app.WaitUntilCompleteAsync(id);
        ((ApprovalWorkflowData)done.Data).Approved.ShouldBe(["A", "B", "C", "D"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_dag_completes_when_every_event_arrives_before_its_wait_in_reverse_order()
    {
        var (engine, instanceId, id) = await StartAsync();
        await app.WaitUntilWaitingAsync(id, events: 4);

        // D and C are decided before their prerequisites are done: the engine keeps the events for their later waits
        await ApproveAsync(engine, instanceId, "D");
        await ApproveAsync(engine, instanceId, "C");
        await ApproveAsync(engine, instanceId, "B");
        await ApproveAsync(engine, instanceId, "A");

        var done = await app.WaitUntilCompleteAsync(id);
        ((ApprovalWorkflowData)done.Data).Approved.ShouldBe(["A", "B", "C", "D"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_return_moves_the_step_to_the_next_round_and_an_old_rounds_duplicate_is_never_taken()
    {
        var (engine, instanceId, id) = await StartAsync();
        await app.WaitUntilWaitingAsync(id, events: 4);

        await engine.PublishEvent(EngineEvent.DecisionEvent, EngineEvent.DecisionKey(instanceId, "A", 1), nameof(DecisionKind.Return));
        await app.WaitUntilAsync(id, w => ((ApprovalWorkflowData)w.Data).Rounds.GetValueOrDefault("A") == 2, "A in round 2");
        await engine.PublishEvent(EngineEvent.DecisionEvent, EngineEvent.DecisionKey(instanceId, "A", 1), nameof(DecisionKind.Return)); // a late duplicate
        await ApproveAsync(engine, instanceId, "A", round: 2);
        await ApproveAsync(engine, instanceId, "B");
        await ApproveAsync(engine, instanceId, "C");
        await ApproveAsync(engine, instanceId, "D");

        var done = await app.WaitUntilCompleteAsync(id);
        var data = (ApprovalWorkflowData)done.Data;
        data.Rounds["A"].ShouldBe(2);
        data.Approved.ShouldBe(["A", "B", "C", "D"], ignoreOrder: true);
        done.Status.ShouldBe(WorkflowStatus.Complete);
    }
}

public sealed class CompiledWorkflowTestsOnSqlite(SqliteApp app) : CompiledWorkflowTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class CompiledWorkflowTestsOnPostgres(PostgresApp app) : CompiledWorkflowTests<PostgresApp>(app);
